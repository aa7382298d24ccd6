package org.ortakakil.budgeting.voting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What a voter chose on one budget's ballot, before it is checked: the projects (in rank order for an
 * ORDINAL ballot) and, for a CUMULATIVE ballot, the points given to each, in the same order (else empty).
 */
public record BallotChoice(List<Long> projects, List<Integer> points) {

	public BallotChoice {
		projects = projects == null ? List.of() : List.copyOf(projects);
		points = points == null ? List.of() : List.copyOf(points);
		if (!points.isEmpty() && points.size() != projects.size()) {
			throw new IllegalArgumentException("one number of points per project");
		}
	}

	/** Approved projects (KNAPSACK, APPROVAL), or a ranking (ORDINAL), best first. */
	public static BallotChoice of(Long... projects) {
		return new BallotChoice(Arrays.asList(projects), List.of());
	}

	/** Points per project (CUMULATIVE), in the map's order. */
	public static BallotChoice points(Map<Long, Integer> points) {
		return new BallotChoice(new ArrayList<>(points.keySet()), new ArrayList<>(points.values()));
	}

	public boolean empty() {
		return projects.isEmpty();
	}
}
