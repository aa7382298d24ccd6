package org.ortakakil.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

	static final long SECOND = TimeUnit.SECONDS.toNanos(1);

	@Test
	void allowsABurstThenMakesTheCallerWait() {
		TokenBucket bucket = new TokenBucket(3, 60);
		long now = 1_000 * SECOND;
		assertThat(bucket.tryTake(now)).isZero();
		assertThat(bucket.tryTake(now)).isZero();
		assertThat(bucket.tryTake(now)).isZero();
		long wait = bucket.tryTake(now);
		assertThat(wait).isPositive().isLessThanOrEqualTo(SECOND);
	}

	@Test
	void refillsAtTheGivenRateUpToItsCapacity() {
		TokenBucket bucket = new TokenBucket(2, 60);
		long now = 5 * SECOND;
		bucket.tryTake(now);
		bucket.tryTake(now);
		assertThat(bucket.tryTake(now)).isPositive();
		assertThat(bucket.tryTake(now + SECOND)).isZero();
		assertThat(bucket.isFull(now + 10 * SECOND)).isTrue();
		assertThat(bucket.tryTake(now + 10 * SECOND)).isZero();
		assertThat(bucket.tryTake(now + 10 * SECOND)).isZero();
		assertThat(bucket.tryTake(now + 10 * SECOND)).isPositive();
	}

	@Test
	void refusesANonsensicalLimit() {
		assertThatThrownBy(() -> new TokenBucket(0, 10)).isInstanceOf(IllegalArgumentException.class);
	}
}
