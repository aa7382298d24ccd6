package org.ortakakil.budgeting;

import java.math.BigDecimal;
import java.util.List;

import org.ortakakil.shared.LocalizedText;

/**
 * One budget of a participatory budget: an amount in TRY for the whole city or for some districts, and
 * how its ballot is filled in (see {@link BallotType}).
 *
 * @param lotOrder project ids in the order drawn in public to break ties; empty until drawn
 */
public record BudgetView(long id, long pbId, int position, LocalizedText title, boolean cityWide,
		List<Integer> districtIds, BigDecimal amount, BallotType ballotType, Integer minSpendPercent,
		Integer minProjects, Integer maxProjects, Integer points, Integer maxPointsPerProject, List<Long> lotOrder) {

	public BudgetView {
		districtIds = List.copyOf(districtIds);
		lotOrder = List.copyOf(lotOrder);
	}

	public boolean concernsDistrict(long districtId) {
		return cityWide || districtIds.contains((int) districtId);
	}
}
