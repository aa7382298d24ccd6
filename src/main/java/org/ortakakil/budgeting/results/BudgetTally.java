package org.ortakakil.budgeting.results;

import java.util.List;
import java.util.Map;

/**
 * The ballots a computation counted for one budget, by channel, the votes per project (supporters, or points)
 * and the lot order it used (empty when none was drawn).
 */
public record BudgetTally(long budgetId, long ballots, long web, long office, long paper, Map<String, Long> votes,
		List<String> lotOrder) {

	public BudgetTally {
		votes = Map.copyOf(votes);
		lotOrder = List.copyOf(lotOrder);
	}

	public long votes(String projectId) {
		return votes.getOrDefault(projectId, 0L);
	}
}
