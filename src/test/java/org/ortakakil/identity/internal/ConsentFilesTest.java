package org.ortakakil.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/** The clarification text ships in every platform language, paragraph for paragraph. */
class ConsentFilesTest {

	static String[] paragraphs(String language) throws IOException {
		ClassPathResource file = new ClassPathResource("identity/consent/v1." + language + ".txt");
		assertThat(file.exists()).as("identity/consent/v1.%s.txt", language).isTrue();
		return file.getContentAsString(StandardCharsets.UTF_8).strip().split("\\R\\s*\\R");
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "ku", "ar", "fa", "ru", "de", "fr", "es", "uk" })
	void everyLanguageHasTheTurkishParagraphs(String language) throws IOException {
		String[] turkish = paragraphs("tr");
		String[] translated = paragraphs(language);
		assertThat(translated).hasSameSizeAs(turkish);
		assertThat(String.join(" ", translated)).contains("KVKK", "6698", "Ortak Akıl");
	}
}
