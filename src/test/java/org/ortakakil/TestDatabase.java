package org.ortakakil;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Where every test context keeps its data: one in-memory H2 database in PostgreSQL mode by default,
 * or the PostgreSQL server when {@code ORTAKAKIL_TEST_DB=postgresql} (database from
 * {@code ORTAKAKIL_TEST_DB_URL}, default {@code jdbc:postgresql://127.0.0.1:5432/ortakakil_test}).
 * Registered in {@code META-INF/spring.factories}, so no test can forget it.
 */
public class TestDatabase implements ContextCustomizerFactory {

	private static final String H2_URL = "jdbc:h2:mem:ortakakil-" + UUID.randomUUID()
			+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

	private static final String STORAGE_DIR = "target/proposal-files-" + UUID.randomUUID();

	public static boolean isPostgreSql() {
		return "postgresql".equalsIgnoreCase(System.getenv("ORTAKAKIL_TEST_DB"));
	}

	static Map<String, Object> properties() {
		Map<String, Object> properties = new java.util.HashMap<>(database());
		// tests move the phase clock themselves; a scheduled tick in between would take their events
		properties.put("ortakakil.spaces.phase-clock.initial-delay", "PT24H");
		// the census is hashed with a server secret, without which the application refuses to start
		properties.put("ortakakil.identity.census-secret", "test-census-secret-0123456789");
		// attachments of this run apart from the developer's and from earlier runs (whose ids repeat)
		properties.put("ortakakil.proposals.storage-dir", STORAGE_DIR);
		return properties;
	}

	private static Map<String, Object> database() {
		if (isPostgreSql()) {
			Map<String, String> env = System.getenv();
			return Map.of("spring.datasource.url",
					env.getOrDefault("ORTAKAKIL_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/ortakakil_test"),
					"spring.datasource.username", env.getOrDefault("ORTAKAKIL_TEST_DB_USER", "postgres"),
					"spring.datasource.password", env.getOrDefault("ORTAKAKIL_TEST_DB_PASSWORD", ""));
		}
		return Map.of("spring.datasource.url", H2_URL, "spring.datasource.username", "sa",
				"spring.datasource.password", "");
	}

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
		return new Customizer();
	}

	/** All equal, so the test database never splits Spring's context cache. */
	private static final class Customizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
			context.getEnvironment().getPropertySources()
				.addFirst(new MapPropertySource("ortakakil-test-database", properties()));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Customizer;
		}

		@Override
		public int hashCode() {
			return Customizer.class.hashCode();
		}
	}
}
