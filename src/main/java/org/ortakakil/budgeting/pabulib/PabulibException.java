package org.ortakakil.budgeting.pabulib;

import java.util.List;
import java.util.stream.Collectors;

/** A {@code .pb} file that cannot be used as it is, with every problem found in it. */
public class PabulibException extends RuntimeException {

	private final List<PabulibProblem> problems;

	public PabulibException(List<PabulibProblem> problems) {
		super(problems.stream().map(PabulibProblem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	/** Every problem, in the order of the lines. */
	public List<PabulibProblem> problems() {
		return problems;
	}
}
