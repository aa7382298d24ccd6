package org.ortakakil.budgeting.results;

import org.ortakakil.budgeting.rules.Progress;

/**
 * A computation's progress over its steps (loading a budget's ballots, running one rule), written to the
 * database at most twice a second, so the admin page's progress bar moves without slowing the rules.
 */
final class ProgressReport implements Progress {

	private final ResultStore results;
	private final long computationId;
	private final int steps;
	private int done;
	private double written = -1;
	private long writtenAt;

	ProgressReport(ResultStore results, long computationId, int steps) {
		this.results = results;
		this.computationId = computationId;
		this.steps = Math.max(1, steps);
	}

	/** Within the current step, {@code fraction} of it is done. */
	@Override
	public synchronized void report(double fraction) {
		double overall = (done + Math.max(0, Math.min(1, fraction))) / steps;
		long now = System.nanoTime();
		if (overall > written && (now - writtenAt > 500_000_000L || overall - written >= 0.05)) {
			written = overall;
			writtenAt = now;
			results.progress(computationId, Math.min(0.999, overall));
		}
	}

	synchronized void stepDone() {
		done++;
		report(0);
	}
}
