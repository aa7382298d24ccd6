package org.ortakakil.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account and per address in the database (so every instance sees them)
 * and locks a subject for a while after too many within the window.
 */
@Component
public class LoginThrottle {

	private final JdbcClient jdbc;
	private final Clock clock;
	private final AccountSettings.Lockout settings;

	LoginThrottle(JdbcClient jdbc, Clock clock, AccountSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings.lockout();
	}

	static String account(long id) {
		return "account:" + id;
	}

	static String address(String address) {
		return "address:" + address;
	}

	/** Until when the subject is locked, if it is now. */
	@Transactional(readOnly = true)
	public Optional<Instant> lockedUntil(String subject) {
		Instant now = clock.instant();
		return jdbc.sql("SELECT locked_until FROM login_throttle WHERE subject = ?").param(subject)
			.query((rs, i) -> rs.getTimestamp(1)).optional()
			.map(t -> t == null ? null : t.toInstant())
			.filter(until -> until.isAfter(now));
	}

	/** Records a failure; returns until when the subject is now locked, if this failure locked it. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Optional<Instant> failed(String subject, int limit) {
		Instant now = clock.instant();
		Instant windowStart = now.minus(settings.window());
		int updated = jdbc.sql("""
				UPDATE login_throttle SET
				  failures = CASE WHEN window_start < ? THEN 1 ELSE failures + 1 END,
				  window_start = CASE WHEN window_start < ? THEN ? ELSE window_start END
				WHERE subject = ?""")
			.params(Timestamp.from(windowStart), Timestamp.from(windowStart), Timestamp.from(now), subject).update();
		if (updated == 0) {
			try {
				jdbc.sql("INSERT INTO login_throttle (subject, failures, window_start) VALUES (?, 1, ?)")
					.params(subject, Timestamp.from(now)).update();
			}
			catch (org.springframework.dao.DuplicateKeyException raced) {
				return Optional.empty(); // a concurrent failure created the row and was counted
			}
		}
		int failures = jdbc.sql("SELECT failures FROM login_throttle WHERE subject = ?").param(subject)
			.query(Integer.class).single();
		if (failures >= limit) {
			Instant until = now.plus(settings.duration());
			jdbc.sql("UPDATE login_throttle SET locked_until = ?, failures = 0, window_start = ? WHERE subject = ?")
				.params(Timestamp.from(until), Timestamp.from(now), subject).update();
			return Optional.of(until);
		}
		return Optional.empty();
	}

	@Transactional
	public void succeeded(String subject) {
		jdbc.sql("DELETE FROM login_throttle WHERE subject = ?").param(subject).update();
	}

	/** Forgets failures that can no longer lock anyone, so the table holds only recent addresses. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
	@Transactional
	public int forgetOld() {
		Instant now = clock.instant();
		return jdbc.sql("DELETE FROM login_throttle WHERE window_start < ? AND (locked_until IS NULL OR locked_until < ?)")
			.params(Timestamp.from(now.minus(settings.window())), Timestamp.from(now)).update();
	}

	int accountLimit() {
		return settings.accountFailures();
	}

	int addressLimit() {
		return settings.addressFailures();
	}
}
