package org.ortakakil.budgeting.voting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.ortakakil.budgeting.BudgetView;
import org.ortakakil.budgeting.ProjectView;
import org.ortakakil.shared.DomainException;

/**
 * The rules of a budget's ballot, one per ballot type (see {@code BallotType}). A pure function of the
 * budget, the projects on its ballot and the choice: the page uses it to show totals before casting, the
 * ballot box to refuse a ballot, paper entry to refuse a sheet typed wrong.
 */
public final class BallotRules {

	private BallotRules() {
	}

	public static BallotCheck check(BudgetView budget, List<ProjectView> ballot, BallotChoice choice) {
		Map<Long, ProjectView> onBallot = new LinkedHashMap<>();
		ballot.forEach(p -> onBallot.put(p.id(), p));
		List<DomainException> problems = new ArrayList<>();
		Set<Long> marked = new HashSet<>();
		Set<Long> seen = new HashSet<>();
		for (Long id : choice.projects()) {
			if (id == null || !onBallot.containsKey(id)) {
				problems.add(DomainException.invalid("budgeting.vote.not-on-ballot", String.valueOf(id)));
			}
			else if (!seen.add(id)) {
				problems.add(DomainException.invalid("budgeting.vote.duplicate-project", onBallot.get(id).title()));
				marked.add(id);
			}
		}
		List<Long> chosen = new ArrayList<>();
		List<Integer> points = new ArrayList<>();
		int used = 0;
		int pointsLeft = 0;
		switch (budget.ballotType()) {
			case CUMULATIVE -> {
				int cap = budget.points() == null ? 0 : budget.points();
				Integer perProject = budget.maxPointsPerProject();
				Map<Long, Integer> given = new java.util.TreeMap<>();
				for (int i = 0; i < choice.projects().size(); i++) {
					Long id = choice.projects().get(i);
					int p = choice.points().isEmpty() ? 1 : choice.points().get(i);
					if (p < 0) {
						problems.add(DomainException.invalid("budgeting.vote.points-negative", title(onBallot, id)));
						marked.add(id);
					}
					else if (perProject != null && p > perProject) {
						problems.add(DomainException.invalid("budgeting.vote.points-per-project", title(onBallot, id), perProject));
						marked.add(id);
					}
					if (p > 0 && onBallot.containsKey(id)) {
						given.merge(id, p, Integer::sum);
					}
					used += Math.max(0, p);
				}
				given.forEach((id, p) -> {
					chosen.add(id);
					points.add(p);
				});
				if (used > cap) {
					problems.add(DomainException.invalid("budgeting.vote.points-over", used, cap));
				}
				else if (used == 0 && problems.isEmpty()) {
					problems.add(DomainException.invalid("budgeting.vote.no-points", cap));
				}
				pointsLeft = cap - used;
			}
			case ORDINAL -> {
				choice.projects().stream().filter(onBallot::containsKey).distinct().forEach(chosen::add);
				counts(budget, chosen.size(), problems);
			}
			default -> {
				new TreeSet<>(choice.projects().stream().filter(onBallot::containsKey).toList()).forEach(chosen::add);
				if (budget.ballotType() == org.ortakakil.budgeting.BallotType.APPROVAL) {
					counts(budget, chosen.size(), problems);
				}
			}
		}
		BigDecimal total = chosen.stream().map(id -> onBallot.get(id).cost()).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal left = budget.amount().subtract(total);
		BigDecimal minimum = null;
		Set<Long> notFitting = new HashSet<>();
		if (budget.ballotType() == org.ortakakil.budgeting.BallotType.KNAPSACK) {
			if (chosen.isEmpty()) {
				if (problems.isEmpty()) {
					problems.add(DomainException.invalid("budgeting.vote.empty"));
				}
			}
			else if (left.signum() < 0) {
				problems.add(DomainException.invalid("budgeting.vote.over-budget", total, budget.amount()));
			}
			if (budget.minSpendPercent() != null && budget.minSpendPercent() > 0) {
				minimum = budget.amount().multiply(BigDecimal.valueOf(budget.minSpendPercent()))
					.divide(BigDecimal.valueOf(100), 2, RoundingMode.UP);
				if (!chosen.isEmpty() && left.signum() >= 0 && total.compareTo(minimum) < 0) {
					problems.add(DomainException.invalid("budgeting.vote.under-minimum", total, minimum));
				}
			}
			for (ProjectView project : ballot) {
				if (!chosen.contains(project.id()) && project.cost().compareTo(left) > 0) {
					notFitting.add(project.id());
				}
			}
		}
		return new BallotCheck(problems, budget.amount(), total, left, minimum, chosen.size(), used, pointsLeft,
				notFitting, marked, new BallotChoice(chosen, points));
	}

	private static void counts(BudgetView budget, int count, List<DomainException> problems) {
		int min = minProjects(budget);
		Integer max = budget.maxProjects();
		if (count < min) {
			problems.add(DomainException.invalid("budgeting.vote.too-few", min, count));
		}
		if (max != null && count > max) {
			problems.add(DomainException.invalid("budgeting.vote.too-many", max, count));
		}
	}

	/** The least number of projects on an APPROVAL or ORDINAL ballot: as set, and at least one. */
	public static int minProjects(BudgetView budget) {
		return budget.minProjects() == null ? 1 : Math.max(1, budget.minProjects());
	}

	private static String title(Map<Long, ProjectView> onBallot, Long id) {
		ProjectView project = onBallot.get(id);
		return project == null ? String.valueOf(id) : project.title();
	}
}
