package org.ortakakil.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.ortakakil.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts attempts to match the census, per account, in a transaction of their own: a failed attempt
 * counts even though the work it was part of is rolled back.
 */
@Component
class VerificationAttempts {

	private static final Duration WINDOW = Duration.ofHours(1);

	private final JdbcClient jdbc;
	private final Clock clock;

	VerificationAttempts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records an attempt, or refuses it, saying in how many minutes the next one is possible. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(long accountId, int perHour) {
		Instant now = clock.instant();
		Instant since = now.minus(WINDOW);
		Timestamp oldest = jdbc.sql("SELECT MIN(attempted_at) FROM verification_attempt WHERE account_id = ? AND attempted_at > ?")
			.params(accountId, Timestamp.from(since)).query(Timestamp.class).optional().orElse(null);
		long recent = jdbc.sql("SELECT COUNT(*) FROM verification_attempt WHERE account_id = ? AND attempted_at > ?")
			.params(accountId, Timestamp.from(since)).query(Long.class).single();
		if (recent >= perHour && oldest != null) {
			long minutes = Math.max(1, Duration.between(now, oldest.toInstant().plus(WINDOW)).toMinutes() + 1);
			throw DomainException.conflict("verify.too-many-attempts", perHour, minutes);
		}
		jdbc.sql("DELETE FROM verification_attempt WHERE account_id = ? AND attempted_at <= ?")
			.params(accountId, Timestamp.from(since)).update();
		jdbc.sql("INSERT INTO verification_attempt (account_id, attempted_at) VALUES (?, ?)")
			.params(accountId, Timestamp.from(now)).update();
	}
}
