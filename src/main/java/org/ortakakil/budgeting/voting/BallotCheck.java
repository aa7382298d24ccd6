package org.ortakakil.budgeting.voting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.ortakakil.shared.DomainException;

/**
 * A ballot checked against its budget's rules: every problem found (not only the first, so the page can
 * show them all), the running totals, and what is still possible.
 *
 * @param total the chosen projects' costs together
 * @param left the amount minus {@code total} (negative when over budget)
 * @param minimumSpend the least total a KNAPSACK ballot must reach (null: none)
 * @param count how many projects are chosen (ranked, or given points)
 * @param pointsUsed the points given together (CUMULATIVE), else 0
 * @param pointsLeft the points still to give (CUMULATIVE), else 0
 * @param notFitting projects not chosen whose cost is above what is left (KNAPSACK)
 * @param projectProblems projects named by a problem (to mark them on the page)
 * @param canonical the choice as it is stored: approvals in id order, ranks in order, no zero points
 */
public record BallotCheck(List<DomainException> problems, BigDecimal amount, BigDecimal total, BigDecimal left,
		BigDecimal minimumSpend, int count, int pointsUsed, int pointsLeft, Set<Long> notFitting,
		Set<Long> projectProblems, BallotChoice canonical) {

	public BallotCheck {
		problems = List.copyOf(problems);
		notFitting = Set.copyOf(notFitting);
		projectProblems = Set.copyOf(projectProblems);
	}

	public boolean valid() {
		return problems.isEmpty();
	}

	/** Nothing, if the ballot may be cast; else the first problem. */
	public void requireValid() {
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
	}
}
