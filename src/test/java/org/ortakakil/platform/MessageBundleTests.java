package org.ortakakil.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every language has every text of the Turkish bundle, with the same placeholders, and no text breaks MessageFormat. */
class MessageBundleTests {

	static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)");

	static Set<String> languages() {
		Set<String> codes = new TreeSet<>();
		new Languages().all().forEach(language -> codes.add(language.code()));
		return codes;
	}

	@ParameterizedTest
	@MethodSource("languages")
	void everyLanguageHasEveryTurkishKeyWithTheSamePlaceholders(String language) throws IOException {
		Properties turkish = load("messages.properties");
		Properties bundle = load(language.equals("tr") ? "messages.properties" : "messages_" + language + ".properties");

		assertThat(bundle.stringPropertyNames()).as("keys of messages_%s", language)
			.containsAll(turkish.stringPropertyNames());
		for (String key : turkish.stringPropertyNames()) {
			assertThat(placeholders(bundle.getProperty(key))).as("placeholders of %s in %s", key, language)
				.isEqualTo(placeholders(turkish.getProperty(key)));
			assertThat(bundle.getProperty(key)).as("%s in %s", key, language).isNotBlank().doesNotContain("'");
		}
	}

	/** A key written twice silently loses its first text: with the union merge of bundles, easy to do. */
	@ParameterizedTest
	@MethodSource("languages")
	void noKeyIsWrittenTwice(String language) throws IOException {
		String name = language.equals("tr") ? "messages.properties" : "messages_" + language + ".properties";
		java.util.Map<String, Long> counts = new java.util.TreeMap<>();
		try (InputStream in = MessageBundleTests.class.getResourceAsStream("/" + name)) {
			new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
				.forEach(line -> counts.merge(line.substring(0, line.indexOf('=')).strip(), 1L, Long::sum));
		}
		assertThat(counts.entrySet().stream().filter(e -> e.getValue() > 1).map(java.util.Map.Entry::getKey))
			.as("keys written twice in %s", name).isEmpty();
	}

	static Set<String> placeholders(String message) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(message);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundleTests.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
