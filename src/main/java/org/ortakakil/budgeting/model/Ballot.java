package org.ortakakil.budgeting.model;

import java.util.List;
import java.util.Map;

/**
 * One voter's ballot: the project ids in the order written (for ordinal ballots, the ranking), the
 * points given to each (cumulative and scoring ballots; empty otherwise, the same length otherwise),
 * and the other columns (age, sex, voting_method, …). An empty ballot still counts as a voter.
 */
public record Ballot(String voterId, List<String> projectIds, List<Integer> points, Map<String, String> fields) {

	public Ballot {
		projectIds = List.copyOf(projectIds);
		points = List.copyOf(points);
		fields = Map.copyOf(fields);
	}
}
