package org.ortakakil.identity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ortakakil.identity.IdentityEvent;
import org.ortakakil.platform.Language;
import org.ortakakil.platform.Languages;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.LocalizedText;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The KVKK clarification text and terms, versioned. Registering stores the version accepted; a new
 * version asks everyone to accept it at their next login. Version 1 ships with the platform
 * ({@code identity/consent/v1.<language>.txt}) and is written on first start.
 */
@Service
public class ConsentTexts implements ApplicationRunner {

	/** A published version of the text. */
	public record Consent(int version, LocalizedText body, Instant publishedAt) {

		/** The text in the reader's language (else Turkish), split into paragraphs at blank lines. */
		public java.util.List<String> paragraphs(java.util.Locale locale) {
			return java.util.Arrays.stream(body.in(locale).split("\\R\\s*\\R")).map(String::strip)
				.filter(p -> !p.isEmpty()).toList();
		}
	}

	private final JdbcClient jdbc;
	private final Languages languages;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	ConsentTexts(JdbcClient jdbc, Languages languages, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.languages = languages;
		this.clock = clock;
		this.events = events;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("SELECT COUNT(*) FROM consent_text").query(Long.class).single() > 0) {
			return;
		}
		Map<String, String> texts = new LinkedHashMap<>();
		for (Language language : languages.all()) {
			ClassPathResource file = new ClassPathResource("identity/consent/v1." + language.code() + ".txt");
			if (file.exists()) {
				try {
					texts.put(language.code(), file.getContentAsString(StandardCharsets.UTF_8).strip());
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		}
		try {
			jdbc.sql("INSERT INTO consent_text (version, body, published_at, published_by) VALUES (1, ?, ?, 'system')")
				.params(new LocalizedText(texts).toJson(), Timestamp.from(clock.instant())).update();
		}
		catch (DuplicateKeyException anotherInstanceWasFirst) {
			// fine: the text is there
		}
	}

	@Transactional(readOnly = true)
	public Consent current() {
		return jdbc.sql("SELECT version, body, published_at FROM consent_text ORDER BY version DESC FETCH FIRST 1 ROWS ONLY")
			.query((rs, i) -> new Consent(rs.getInt(1), LocalizedText.fromJson(rs.getString(2)), rs.getTimestamp(3).toInstant()))
			.optional().orElseThrow(() -> new IllegalStateException("No consent text: the start-up runner writes version 1"));
	}

	/** The version in force, without reading its text: asked on every request of a logged-in person. */
	@Transactional(readOnly = true)
	public int currentVersion() {
		return jdbc.sql("SELECT MAX(version) FROM consent_text").query(Integer.class).single();
	}

	/** Whether someone who accepted {@code accepted} (null: never) must accept the version in force first. */
	public boolean outdated(Integer accepted) {
		return accepted == null || accepted < currentVersion();
	}

	/** Publishes the next version; everyone is asked to accept it at their next login. */
	@Transactional
	public Consent publish(LocalizedText body, Actor actor) {
		if (body == null || body.turkish().isBlank()) {
			throw DomainException.invalid("consent.text-required");
		}
		int version = currentVersion() + 1;
		Instant now = clock.instant();
		jdbc.sql("INSERT INTO consent_text (version, body, published_at, published_by) VALUES (?, ?, ?, ?)")
			.params(version, body.toJson(), Timestamp.from(now), actor.name()).update();
		events.publishEvent(new IdentityEvent("consent.published", 0, actor, now, "version " + version));
		return new Consent(version, body, now);
	}
}
