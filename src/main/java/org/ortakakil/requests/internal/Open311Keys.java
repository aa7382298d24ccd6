package org.ortakakil.requests.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.ortakakil.requests.Open311KeyChanged;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The keys of the applications that may post Open311 requests. A key is shown once, when it is issued;
 * only its SHA-256 is stored. Issuing and revoking are published for the audit log.
 */
@Service
@Transactional
public class Open311Keys {

	/** A key as the administration page lists it: never the key itself. */
	public record KeyView(long id, String appName, boolean active, OffsetDateTime createdAt) {
	}

	/** A key just issued: {@code key} is the only time it can be read. */
	public record Issued(long id, String appName, String key) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Open311Keys(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	public Issued issue(String appName, Actor actor) {
		String name = appName == null ? "" : appName.strip();
		if (name.isEmpty() || name.length() > 200) {
			throw DomainException.invalid("requests.app-name-invalid");
		}
		byte[] secret = new byte[24];
		RANDOM.nextBytes(secret);
		String key = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("INSERT INTO open311_api_key (key_hash, app_name, active, created_at) VALUES (?, ?, TRUE, ?)")
			.params(hash(key), name, now).update();
		long id = jdbc.sql("SELECT id FROM open311_api_key WHERE key_hash = ?").param(hash(key)).query(Long.class)
			.single();
		events.publishEvent(new Open311KeyChanged(id, name, Open311KeyChanged.Change.ISSUED, actor, now.toInstant()));
		return new Issued(id, name, key);
	}

	/** Revokes the key; a key already revoked stays so, and is not audited twice. */
	public void revoke(long id, Actor actor) {
		String name = jdbc.sql("SELECT app_name FROM open311_api_key WHERE id = ?").param(id).query(String.class)
			.optional().orElseThrow(() -> DomainException.notFound("requests.key-not-found", id));
		if (jdbc.sql("UPDATE open311_api_key SET active = FALSE WHERE id = ? AND active = TRUE").param(id)
			.update() == 0) {
			return;
		}
		events.publishEvent(new Open311KeyChanged(id, name, Open311KeyChanged.Change.REVOKED, actor,
				clock.instant()));
	}

	@Transactional(readOnly = true)
	public List<KeyView> all() {
		return jdbc.sql("SELECT id, app_name, active, created_at FROM open311_api_key ORDER BY created_at DESC, id DESC")
			.query((rs, n) -> new KeyView(rs.getLong(1), rs.getString(2), rs.getBoolean(3),
					rs.getObject(4, OffsetDateTime.class)))
			.list();
	}

	/**
	 * The name of the application whose active key this is; FORBIDDEN ({@code requests.api-key-missing},
	 * {@code requests.api-key-invalid}) otherwise, as GeoReport's 403.
	 */
	@Transactional(readOnly = true)
	public String require(String key) {
		if (key == null || key.isBlank()) {
			throw DomainException.forbidden("requests.api-key-missing");
		}
		return jdbc.sql("SELECT app_name FROM open311_api_key WHERE key_hash = ? AND active = TRUE")
			.param(hash(key.strip())).query(String.class).optional()
			.orElseThrow(() -> DomainException.forbidden("requests.api-key-invalid"));
	}

	static String hash(String key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is missing", e);
		}
	}
}
