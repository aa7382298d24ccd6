package org.ortakakil.budgeting.internal;

import org.ortakakil.budgeting.VotingScope;

/** The rules of a participatory budget an administrator sets; see {@code ParticipatoryBudgetView}. */
public record PbSettings(VotingScope votingScope, int minAge, boolean ballotChangeable, Integer supportLimit,
		Integer shortlistSize, String outcomeRule, int add1Increment) {

	public static PbSettings defaults() {
		return new PbSettings(VotingScope.OWN_DISTRICT, 16, false, null, null, "equalshares/add1", 1);
	}
}
