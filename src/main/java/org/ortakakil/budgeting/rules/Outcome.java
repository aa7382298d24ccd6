package org.ortakakil.budgeting.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The result of a rule: the selected project ids in the order of the PROJECTS section and their exact
 * total cost; for Equal Shares also the price per supporter (the cap q, or α per point for cumulative
 * ballots) at which each project was bought, the per-voter endowment that produced the outcome and the
 * Add1 increment; {@code note} says e.g. whether the comparison step chose greedy.
 */
public record Outcome(List<String> selected, BigDecimal cost, Map<String, Rational> pricePerSupporter,
		Rational endowment, int increment, String note) {

	public Outcome {
		selected = List.copyOf(selected);
		pricePerSupporter = Map.copyOf(pricePerSupporter);
	}

	public Outcome(List<String> selected, BigDecimal cost) {
		this(selected, cost, Map.of(), null, 0, "");
	}
}
