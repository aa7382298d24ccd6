package org.ortakakil.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Text written by staff in several languages: one value per language code, Turkish required,
 * every other language falling back to Turkish.
 */
public record LocalizedText(Map<String, String> values) {

	public static final String DEFAULT_LANGUAGE = "tr";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public LocalizedText {
		Map<String, String> copy = new LinkedHashMap<>();
		if (values != null) {
			values.forEach((language, text) -> {
				if (language != null && text != null && !text.isBlank()) {
					copy.put(language.toLowerCase(Locale.ROOT), text.strip());
				}
			});
		}
		if (!copy.containsKey(DEFAULT_LANGUAGE)) {
			throw DomainException.invalid("localized-text.turkish-required");
		}
		values = Collections.unmodifiableMap(copy);
	}

	public static LocalizedText of(String turkish) {
		return new LocalizedText(Map.of(DEFAULT_LANGUAGE, turkish == null ? "" : turkish));
	}

	public static LocalizedText of(String turkish, String english) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put(DEFAULT_LANGUAGE, turkish);
		values.put("en", english);
		return new LocalizedText(values);
	}

	/** The text in the locale's language, else in Turkish. */
	public String in(Locale locale) {
		return in(locale == null ? DEFAULT_LANGUAGE : locale.getLanguage());
	}

	public String in(String language) {
		return values.getOrDefault(language, values.get(DEFAULT_LANGUAGE));
	}

	/** The language {@link #in(Locale)} answers in: the locale's own, or Turkish when it has none. */
	public String languageOf(Locale locale) {
		String language = locale == null ? DEFAULT_LANGUAGE : locale.getLanguage();
		return values.containsKey(language) ? language : DEFAULT_LANGUAGE;
	}

	public String turkish() {
		return values.get(DEFAULT_LANGUAGE);
	}

	/** For storage in one text column: a JSON object of language code to text. */
	public String toJson() {
		return JSON.writeValueAsString(values);
	}

	public static LocalizedText fromJson(String json) {
		if (json == null || json.isBlank()) {
			return null;
		}
		return new LocalizedText(JSON.readValue(json, new TypeReference<Map<String, String>>() {
		}));
	}

	@Override
	public String toString() {
		return turkish();
	}
}
