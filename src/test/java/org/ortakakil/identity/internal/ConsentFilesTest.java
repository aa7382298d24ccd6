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
		// Persian writes the law's number in its own digits
		String text = String.join(" ", translated).chars()
			.map(c -> Character.isDigit(c) ? '0' + Character.digit(c, 10) : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
		assertThat(text).contains("KVKK", "6698", "Ortak Akıl");
	}
}
