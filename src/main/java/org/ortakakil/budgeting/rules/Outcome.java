package org.ortakakil.budgeting.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * PLACEHOLDER, to be replaced by the outcome-rules branch at merge time: the selected project ids (in
 * the order of the PROJECTS section) and their total cost.
 */
public record Outcome(List<String> selected, BigDecimal cost) {

	public Outcome {
		selected = List.copyOf(selected);
	}
}
