package org.ortakakil.budgeting.pabulib;

/** One problem of a {@code .pb} file: its 1-based line in the file and a plain-English description. */
public record PabulibProblem(int line, String message) {

	@Override
	public String toString() {
		return "line " + line + ": " + message;
	}
}
