package org.ortakakil.meetings.calendar;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret links of people's own calendar feeds ({@code meeting_calendar_link}): one per person, 256
 * random bits, so nobody can guess another's. Making a new one replaces the old, which stops working
 * at once: what a person does when a link has leaked.
 */
@Service
@Transactional
public class CalendarLinks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final Clock clock;

	CalendarLinks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<String> tokenOf(String principal) {
		return jdbc.sql("SELECT token FROM meeting_calendar_link WHERE principal = ?").param(principal)
			.query(String.class).optional();
	}

	@Transactional(readOnly = true)
	public Optional<String> principalOf(String token) {
		if (token == null || token.length() > 64) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT principal FROM meeting_calendar_link WHERE token = ?").param(token)
			.query(String.class).optional();
	}

	/** A new secret link for the person, replacing the old one; its token. */
	public String renew(String principal) {
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
		int updated = jdbc.sql("UPDATE meeting_calendar_link SET token = ?, created_at = ? WHERE principal = ?")
			.params(token, now, principal).update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO meeting_calendar_link (principal, token, created_at) VALUES (?, ?, ?)")
				.params(principal, token, now).update();
		}
		return token;
	}
}
