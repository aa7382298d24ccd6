package org.ortakakil.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each person wants mail about their notifications: immediately, as a daily digest, or never. A change
 * applies to the notifications waiting to be mailed too.
 */
@Component
public class Preferences {

	/** The mail modes, IMMEDIATE being the default. */
	public enum Mode { IMMEDIATE, DAILY, NONE }

	private final JdbcClient jdbc;
	private final Clock clock;

	Preferences(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Mode of(String principal) {
		return jdbc.sql("SELECT mode FROM notification_preference WHERE principal = ?").param(principal)
			.query(String.class).optional().map(Mode::valueOf).orElse(Mode.IMMEDIATE);
	}

	@Transactional
	public void set(String principal, Mode mode) {
		Timestamp now = Timestamp.from(clock.instant());
		if (jdbc.sql("UPDATE notification_preference SET mode = ?, updated_at = ? WHERE principal = ?")
			.params(mode.name(), now, principal).update() == 0) {
			jdbc.sql("INSERT INTO notification_preference (principal, mode, updated_at) VALUES (?, ?, ?)")
				.params(principal, mode.name(), now).update();
		}
		// what was never to be mailed stays so: choosing IMMEDIATE does not mail one's whole history
		jdbc.sql("UPDATE notification SET mail = ? WHERE recipient = ? AND mailed_at IS NULL"
				+ " AND mail IN ('IMMEDIATE', 'DAILY')").params(mode.name(), principal).update();
	}
}
