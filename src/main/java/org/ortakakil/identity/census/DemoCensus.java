package org.ortakakil.identity.census;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo's census, imported once into an empty census: 2,000 synthetic residents with valid check
 * digits (made by {@code bench/CensusCsv.java}), the first of them the demo residents listed in the
 * README, with whom a newcomer can verify an account.
 */
@Component
@Profile("demo")
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 100)
class DemoCensus implements ApplicationRunner {

	static final String FILE = "demo/census.csv";

	private static final Logger log = LoggerFactory.getLogger(DemoCensus.class);

	private final Census census;
	private final CensusImport imports;

	DemoCensus(Census census, CensusImport imports) {
		this.census = census;
		this.imports = imports;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (census.size() > 0) {
			return;
		}
		Path copy = copy();
		try {
			CensusImportStatus result = imports.importNow(copy, "census.csv", Actor.SYSTEM);
			log.info("Demo census: {} residents ({})", result.rowsAccepted(), result.status());
		}
		catch (DomainException e) {
			// another instance is importing: it will fill the census
			log.info("Demo census not imported here: {}", e.code());
		}
	}

	private static Path copy() {
		try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
			Path copy = Files.createTempFile("ortakakil-demo-census", ".csv");
			Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			return copy;
		}
		catch (IOException e) {
			throw new UncheckedIOException("The demo census is part of the application: " + FILE, e);
		}
	}
}
