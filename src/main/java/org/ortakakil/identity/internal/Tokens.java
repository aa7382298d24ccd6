package org.ortakakil.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import org.ortakakil.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use, expiring tokens for links sent by e-mail. Only a SHA-256 of a token is stored, so the
 * database alone cannot be used to confirm an address or reset a password.
 */
@Component
public class Tokens {

	/** What a token may be used for. */
	public enum Purpose { CONFIRM_EMAIL, RESET_PASSWORD }

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final Clock clock;

	Tokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A new token; earlier unused tokens of the same purpose for the account stop working. */
	public String issue(long accountId, Purpose purpose, Duration validity) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		jdbc.sql("UPDATE account_token SET used_at = ? WHERE account_id = ? AND purpose = ? AND used_at IS NULL")
			.params(Timestamp.from(now), accountId, purpose.name()).update();
		jdbc.sql("INSERT INTO account_token (token_hash, account_id, purpose, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")
			.params(hash(token), accountId, purpose.name(), Timestamp.from(now), Timestamp.from(now.plus(validity)))
			.update();
		return token;
	}

	/**
	 * Uses the token up and returns its account. The update that marks it used is the check, so two
	 * requests racing with one token cannot both succeed.
	 */
	public long consume(String token, Purpose purpose) {
		Instant now = clock.instant();
		String hash = hash(token == null ? "" : token.strip());
		int used = jdbc.sql("UPDATE account_token SET used_at = ? WHERE token_hash = ? AND purpose = ? AND used_at IS NULL"
				+ " AND expires_at > ?").params(Timestamp.from(now), hash, purpose.name(), Timestamp.from(now)).update();
		record Row(long accountId, Instant expiresAt, Instant usedAt) {
		}
		Row row = jdbc.sql("SELECT account_id, expires_at, used_at FROM account_token WHERE token_hash = ? AND purpose = ?")
			.params(hash, purpose.name())
			.query((rs, i) -> new Row(rs.getLong(1), rs.getTimestamp(2).toInstant(),
					rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
			.optional().orElseThrow(() -> DomainException.invalid("token.unknown"));
		if (used == 1) {
			return row.accountId();
		}
		if (row.usedAt() != null) {
			throw DomainException.invalid("token.used");
		}
		throw DomainException.invalid("token.expired");
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
