package org.ortakakil.budgeting.results;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One rule's result on the ballots of one budget (or one uploaded file).
 *
 * @param status OK, TIE (the rule could not decide between {@code tied}; nothing is selected) or FAILED
 *        ({@code note} says why, e.g. too big for the exact optimum)
 * @param selected the selected project ids, in PROJECTS order
 * @param why per project id, why it was or was not selected (empty unless OK)
 */
public record RuleResult(String rule, boolean official, String status, List<String> selected, BigDecimal cost,
		String note, List<String> tied, Map<String, Why> why, Metrics metrics, long elapsedMs) {

	public RuleResult {
		selected = List.copyOf(selected);
		tied = List.copyOf(tied);
		why = Map.copyOf(why);
	}

	public boolean ok() {
		return "OK".equals(status);
	}

	public boolean tie() {
		return "TIE".equals(status);
	}

	public boolean funds(String projectId) {
		return selected.contains(projectId);
	}

	/**
	 * What a result gives the voters: how many of them (of {@code voters}) have at least one project they
	 * voted for funded, and the money spent per district (key: the district's id; empty for projects without
	 * one).
	 */
	public record Metrics(long voters, long satisfied, Map<String, BigDecimal> moneyByDistrict) {

		public Metrics {
			moneyByDistrict = Map.copyOf(moneyByDistrict);
		}

		static final Metrics NONE = new Metrics(0, 0, Map.of());

		/** The share of voters with at least one of their projects funded, in whole percent. */
		public long satisfiedPercent() {
			return voters == 0 ? 0 : Math.round(100.0 * satisfied / voters);
		}
	}
}
