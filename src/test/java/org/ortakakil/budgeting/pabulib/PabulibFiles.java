package org.ortakakil.budgeting.pabulib;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the real Pabulib files of the project are (../shared/data/pabulib from the working copy). */
final class PabulibFiles {

	private PabulibFiles() {
	}

	static Path dir() {
		String configured = System.getProperty("pabulib.dir");
		if (configured != null) {
			return Path.of(configured);
		}
		Path relative = Path.of("../shared/data/pabulib");
		return Files.isDirectory(relative) ? relative : Path.of("/work/shared/data/pabulib");
	}

	static Path file(String name) {
		return dir().resolve(name);
	}
}
