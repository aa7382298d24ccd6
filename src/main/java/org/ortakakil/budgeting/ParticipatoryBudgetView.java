package org.ortakakil.budgeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The participatory budget of a process: its stage, its rules and its budgets (in position order).
 *
 * @param minAge the least age, on the day of the act, to submit, support or vote
 * @param supportLimit how many projects one resident may support in the support phase (null: no limit)
 * @param shortlistSize how many projects of each budget, by supports, go on to the vote (null: all)
 * @param outcomeRule the rule that decides, one of {@code Rules.RULES}
 */
public record ParticipatoryBudgetView(long id, long processId, BudgetStage stage, VotingScope votingScope, int minAge,
		boolean ballotChangeable, Integer supportLimit, Integer shortlistSize, String outcomeRule, int add1Increment,
		Instant votingOpenedAt, Instant votingClosedAt, List<BudgetView> budgets) {

	public ParticipatoryBudgetView {
		budgets = List.copyOf(budgets);
	}

	public Optional<BudgetView> budget(long budgetId) {
		return budgets.stream().filter(b -> b.id() == budgetId).findFirst();
	}
}
