package org.ortakakil.budgeting;

import org.ortakakil.budgeting.model.VoteType;

/**
 * How a budget's ballot is filled in. KNAPSACK: approve projects whose costs together stay within the
 * budget (optionally spending at least a share of it); APPROVAL: approve between a minimum and a maximum
 * number of projects; CUMULATIVE: distribute points; ORDINAL: rank projects.
 */
public enum BallotType {

	KNAPSACK, APPROVAL, CUMULATIVE, ORDINAL;

	/** The Pabulib vote_type of ballots of this type. */
	public VoteType voteType() {
		return switch (this) {
			case KNAPSACK, APPROVAL -> VoteType.APPROVAL;
			case CUMULATIVE -> VoteType.CUMULATIVE;
			case ORDINAL -> VoteType.ORDINAL;
		};
	}
}
