package org.ortakakil.budgeting.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.ortakakil.budgeting.model.Election;
import org.ortakakil.budgeting.pabulib.PabulibReader;

/**
 * The real Pabulib files of the tests (src/test/resources/pabulib), read with the project's reader.
 */
final class PabulibTestFiles {

	static final Path DIR = Path.of("src", "test", "resources", "pabulib");

	private PabulibTestFiles() {
	}

	static Election load(String name) {
		try {
			return PabulibReader.read(DIR.resolve(name));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
