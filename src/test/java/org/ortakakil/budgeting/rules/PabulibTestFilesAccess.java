package org.ortakakil.budgeting.rules;

import org.ortakakil.budgeting.model.Election;

/** Opens the test-only loader to the benchmarks in another package. */
public final class PabulibTestFilesAccess {

	private PabulibTestFilesAccess() {
	}

	public static Election load(String name) {
		return PabulibTestFiles.load(name);
	}
}
