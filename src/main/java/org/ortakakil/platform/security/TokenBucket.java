package org.ortakakil.platform.security;

import java.util.concurrent.TimeUnit;

/** Holds up to {@code capacity} tokens, refilled at {@code perMinute} a minute; one per request. */
final class TokenBucket {

	private final int capacity;
	private final double tokensPerNano;
	private double tokens;
	private long updatedAt;
	private boolean started;

	TokenBucket(int capacity, int perMinute) {
		if (capacity < 1 || perMinute < 1) {
			throw new IllegalArgumentException("A rate limit needs a capacity and a rate of at least 1");
		}
		this.capacity = capacity;
		this.tokensPerNano = perMinute / (double) TimeUnit.MINUTES.toNanos(1);
		this.tokens = capacity;
	}

	/** Takes a token and returns 0, or returns how many nanoseconds until one is available. */
	synchronized long tryTake(long now) {
		refill(now);
		if (tokens >= 1) {
			tokens -= 1;
			return 0;
		}
		return (long) Math.ceil((1 - tokens) / tokensPerNano);
	}

	synchronized boolean isFull(long now) {
		refill(now);
		return tokens >= capacity;
	}

	private void refill(long now) {
		if (started) {
			tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerNano);
		}
		started = true;
		updatedAt = now;
	}
}
