package org.ortakakil.platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The ten languages of the platform; Turkish is the default and the fallback for everything. */
@Component("languages")
public class Languages {

	public static final Language TURKISH = new Language("tr", "Türkçe", false);

	private static final List<Language> ALL = List.of(TURKISH,
			new Language("en", "English", false),
			new Language("ku", "Kurdî (Kurmancî)", false),
			new Language("ar", "العربية", true),
			new Language("fa", "فارسی", true),
			new Language("ru", "Русский", false),
			new Language("de", "Deutsch", false),
			new Language("fr", "Français", false),
			new Language("es", "Español", false),
			new Language("uk", "Українська", false));

	public List<Language> all() {
		return ALL;
	}

	public Optional<Language> find(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String wanted = code.strip().toLowerCase(Locale.ROOT);
		return ALL.stream().filter(l -> l.code().equals(wanted)).findFirst();
	}

	public Language of(Locale locale) {
		return locale == null ? TURKISH : find(locale.getLanguage()).orElse(TURKISH);
	}

	/** For templates: {@code th:dir="${@languages.direction(#locale)}"}. */
	public String direction(Locale locale) {
		return of(locale).direction();
	}
}
