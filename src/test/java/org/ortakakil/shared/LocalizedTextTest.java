package org.ortakakil.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LocalizedTextTest {

	@Test
	void fallsBackToTurkish() {
		LocalizedText text = LocalizedText.of("Vizyon 2050", "Vision 2050");
		assertThat(text.in(Locale.ENGLISH)).isEqualTo("Vision 2050");
		assertThat(text.in(Locale.forLanguageTag("ar"))).isEqualTo("Vizyon 2050");
		assertThat(text.in((Locale) null)).isEqualTo("Vizyon 2050");
	}

	@Test
	void needsTurkishAndDropsBlankLanguages() {
		assertThatThrownBy(() -> new LocalizedText(Map.of("en", "Only English")))
			.isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).code()).isEqualTo("localized-text.turkish-required");
		assertThatThrownBy(() -> LocalizedText.of("   ")).isInstanceOf(DomainException.class);
		assertThat(new LocalizedText(Map.of("tr", " Merhaba ", "de", " ")).values()).containsExactly(Map.entry("tr", "Merhaba"));
	}

	@Test
	void survivesStorageAsJson() {
		LocalizedText text = new LocalizedText(Map.of("tr", "İstanbul'un \"aklı\"", "ar", "إسطنبول"));
		assertThat(LocalizedText.fromJson(text.toJson())).isEqualTo(text);
		assertThat(LocalizedText.fromJson(null)).isNull();
	}
}
