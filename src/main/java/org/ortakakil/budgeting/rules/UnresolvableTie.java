package org.ortakakil.budgeting.rules;

import java.util.List;

/**
 * PLACEHOLDER, to be replaced by the outcome-rules branch at merge time: a tie between projects that
 * the rule's tie-breaking cannot resolve.
 */
public class UnresolvableTie extends RuntimeException {

	private final List<String> projectIds;

	public UnresolvableTie(List<String> projectIds) {
		super("unresolvable tie between projects " + String.join(", ", projectIds));
		this.projectIds = List.copyOf(projectIds);
	}

	public List<String> projectIds() {
		return projectIds;
	}
}
