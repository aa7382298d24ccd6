package org.ortakakil.budgeting.results;

import java.time.Instant;

/**
 * A computation of results in the background: of every budget of a participatory budget ({@code pbId}) or of
 * an uploaded file ({@code simulationId}). Attempt 1 is the one when voting closed; later ones recompute.
 *
 * @param state RUNNING, DONE or FAILED
 * @param progress from 0 to 1
 */
public record Computation(long id, Long pbId, Long simulationId, int attempt, String state, double progress,
		String message, String requestedBy, Instant startedAt, Instant updatedAt, Instant finishedAt) {

	public boolean running() {
		return "RUNNING".equals(state);
	}

	public boolean done() {
		return "DONE".equals(state);
	}

	public int percent() {
		return (int) Math.floor(Math.max(0, Math.min(1, progress)) * 100);
	}
}
