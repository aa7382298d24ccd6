package org.ortakakil.budgeting.voting;

import org.ortakakil.budgeting.BudgetView;

/**
 * A budget as a resident sees it on the list of their vote: whether they may vote in it (and if not, the
 * message code saying why) and whether they have.
 *
 * @param whyNot null when the resident may vote here, else a message code ({@code budgeting.outside-district},
 *     {@code budgeting.vote.one-district}, ...)
 */
public record VotingBudget(BudgetView budget, boolean voted, String whyNot) {

	public boolean open() {
		return whyNot == null && !voted;
	}
}
