package org.ortakakil.budgeting.rules;

import java.util.List;

/** The tie rules cannot decide between these projects; an order drawn by lot must be given. */
public class UnresolvableTie extends RuntimeException {

	private final List<String> projectIds;

	public UnresolvableTie(String rule, List<String> projectIds) {
		super("unresolvable tie (" + rule + ") between projects " + String.join(", ", projectIds));
		this.projectIds = List.copyOf(projectIds);
	}

	public List<String> projectIds() {
		return projectIds;
	}
}
