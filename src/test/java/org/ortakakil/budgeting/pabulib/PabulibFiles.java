package org.ortakakil.budgeting.pabulib;

import java.nio.file.Path;

/** Where the real Pabulib files of the tests are: src/test/resources/pabulib (see SOURCE.md there). */
final class PabulibFiles {

	private PabulibFiles() {
	}

	static Path dir() {
		String configured = System.getProperty("pabulib.dir");
		if (configured != null) {
			return Path.of(configured);
		}
		return Path.of("src", "test", "resources", "pabulib");
	}

	static Path file(String name) {
		return dir().resolve(name);
	}
}
