package org.ortakakil.budgeting.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ortakakil.budgeting.model.Ballot;
import org.ortakakil.budgeting.model.Election;
import org.ortakakil.budgeting.model.Project;

/**
 * PLACEHOLDER, to be replaced by the outcome-rules branch at merge time (take that branch's file). It
 * only exists so that the {@code pb compute} command compiles and can be tested on this branch; it
 * implements {@code greedy} alone and refuses every other rule.
 */
public final class Rules {

	private Rules() {
	}

	/**
	 * The outcome of {@code rule} on {@code election}.
	 *
	 * @throws IllegalArgumentException for an unknown (here: any non-greedy) rule
	 * @throws UnresolvableTie never, in this placeholder
	 */
	public static Outcome compute(Election election, String rule, int increment) {
		if (!"greedy".equals(rule)) {
			throw new IllegalArgumentException("unknown rule: " + rule);
		}
		Map<String, Integer> votes = new HashMap<>();
		for (Ballot ballot : election.ballots()) {
			for (String id : ballot.projectIds()) {
				votes.merge(id, 1, Integer::sum);
			}
		}
		List<Project> order = new ArrayList<>(election.projects());
		order.sort(Comparator.comparingInt((Project p) -> votes.getOrDefault(p.id(), 0)).reversed()
			.thenComparingInt(Project::position));
		BigDecimal left = election.budget();
		List<Project> chosen = new ArrayList<>();
		for (Project p : order) {
			if (p.cost().compareTo(left) <= 0) {
				chosen.add(p);
				left = left.subtract(p.cost());
			}
		}
		chosen.sort(Comparator.comparingInt(Project::position));
		BigDecimal cost = chosen.stream().map(Project::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Outcome(chosen.stream().map(Project::id).toList(), cost);
	}
}
