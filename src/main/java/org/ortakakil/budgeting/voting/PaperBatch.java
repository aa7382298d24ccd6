package org.ortakakil.budgeting.voting;

import java.time.Instant;

/**
 * A batch of paper ballots of one budget, as entered so far.
 *
 * @param office the participation office whose staff enter it (null: the process's administrators only)
 * @param state OPEN while sheets are entered, RECONCILED once its ballots are counted
 * @param validCount the sheets that became ballots (null until reconciled)
 * @param invalidCount the sheets counted as invalid (null until reconciled)
 */
public record PaperBatch(long id, long budgetId, String label, int sheets, String office, String state,
		Integer validCount, Integer invalidCount, String createdBy, Instant createdAt, String reconciledBy,
		Instant reconciledAt) {

	public boolean open() {
		return "OPEN".equals(state);
	}
}
