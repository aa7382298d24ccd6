package org.ortakakil.budgeting.rules;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a rule: the selected project ids in the order of the PROJECTS section and their exact
 * total cost; for Equal Shares also the price per supporter (the cap q, or α per point for cumulative
 * ballots) at which each project was bought, the per-voter endowment that produced the outcome and the
 * Add1 increment; {@code note} says e.g. whether the comparison step chose greedy.
 * <p>
 * For the results page: {@code selectionOrder} is the order in which the rule took the projects (Equal
 * Shares and Phragmén: the order of purchase, completion included; greedy: by votes; the knapsack optimum:
 * the PROJECTS order). {@code supportersMoneyLeft} is, for Equal Shares, for each project not selected
 * that has supporters, the exact total money its supporters had left when the rule stopped (at the
 * endowment that produced the outcome); empty for the other rules.
 */
public record Outcome(List<String> selected, BigDecimal cost, Map<String, Rational> pricePerSupporter,
		Rational endowment, int increment, String note, List<String> selectionOrder,
		Map<String, Rational> supportersMoneyLeft) {

	public Outcome {
		selected = List.copyOf(selected);
		pricePerSupporter = Map.copyOf(pricePerSupporter);
		selectionOrder = List.copyOf(selectionOrder);
		supportersMoneyLeft = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(supportersMoneyLeft));
	}

	public Outcome(List<String> selected, BigDecimal cost, Map<String, Rational> pricePerSupporter,
			Rational endowment, int increment, String note) {
		this(selected, cost, pricePerSupporter, endowment, increment, note, selected, Map.of());
	}

	public Outcome(List<String> selected, BigDecimal cost) {
		this(selected, cost, Map.of(), null, 0, "");
	}
}
