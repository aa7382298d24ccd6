package org.ortakakil.budgeting.voting;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How often one account may cast or replace a ballot: a token bucket per account, kept per
 * instance. The platform's rate limiter counts per client address, which would stop a participation office
 * where many residents vote from one address; this one counts per person.
 */
@Component
public class CastingLimit {

	private final int capacity;
	private final double perNano;
	private final ConcurrentHashMap<String, double[]> buckets = new ConcurrentHashMap<>();

	CastingLimit(@Value("${ortakakil.budgeting.casts-per-minute:30}") int perMinute) {
		this.capacity = Math.max(1, perMinute);
		this.perNano = capacity / (double) TimeUnit.MINUTES.toNanos(1);
	}

	/** Takes one of the account's tokens; false when it has none left this minute. */
	public boolean tryTake(String principal) {
		long now = System.nanoTime();
		double[] bucket = buckets.computeIfAbsent(principal, p -> new double[] { capacity, now });
		synchronized (bucket) {
			bucket[0] = Math.min(capacity, bucket[0] + (now - (long) bucket[1]) * perNano);
			bucket[1] = now;
			if (bucket[0] >= 1) {
				bucket[0] -= 1;
				return true;
			}
			return false;
		}
	}

	@Scheduled(fixedDelay = 5, timeUnit = TimeUnit.MINUTES)
	void forgetFull() {
		long now = System.nanoTime();
		buckets.values().removeIf(b -> {
			synchronized (b) {
				return b[0] + (now - (long) b[1]) * perNano >= capacity;
			}
		});
	}
}
