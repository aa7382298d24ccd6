package org.ortakakil.budgeting.internal;

import java.math.BigDecimal;
import java.util.List;

import org.ortakakil.budgeting.BallotType;
import org.ortakakil.shared.LocalizedText;

/** What an administrator sets on a budget; see {@code BudgetView} for the meaning of each field. */
public record BudgetDraft(LocalizedText title, boolean cityWide, List<Integer> districtIds, BigDecimal amount,
		BallotType ballotType, Integer minSpendPercent, Integer minProjects, Integer maxProjects, Integer points,
		Integer maxPointsPerProject) {

	public BudgetDraft {
		districtIds = districtIds == null ? List.of() : List.copyOf(districtIds);
	}

	/** A knapsack budget with no minimum spend: the common case. */
	public static BudgetDraft knapsack(LocalizedText title, List<Integer> districtIds, BigDecimal amount) {
		return new BudgetDraft(title, districtIds.isEmpty(), districtIds, amount, BallotType.KNAPSACK, null, null, null,
				null, null);
	}
}
