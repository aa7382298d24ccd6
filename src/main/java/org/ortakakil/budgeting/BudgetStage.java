package org.ortakakil.budgeting;

/**
 * Where a participatory budget stands. The stage switches actions on and off: ideas are submitted in
 * IDEAS, reviewed in REVIEW, shortlisted by supports in the optional SUPPORT, voted on in VOTING; the
 * result is computed once when VOTING ends. From VOTING on, projects, costs and rules no longer change.
 */
public enum BudgetStage {

	PREPARATION, IDEAS, REVIEW, SUPPORT, VOTING, RESULTS, IMPLEMENTATION;

	public boolean acceptsIdeas() {
		return this == IDEAS;
	}

	public boolean acceptsReview() {
		return this == IDEAS || this == REVIEW;
	}

	public boolean acceptsSupports() {
		return this == SUPPORT;
	}

	public boolean acceptsBallots() {
		return this == VOTING;
	}

	/** Projects, costs, budgets and rules are fixed once voting has opened. */
	public boolean frozen() {
		return compareTo(VOTING) >= 0;
	}

	public boolean resultsPublished() {
		return compareTo(RESULTS) >= 0;
	}
}
