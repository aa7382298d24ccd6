package org.ortakakil.budgeting.voting;

/**
 * One sheet of a batch, with its two entries (either may be null while missing).
 *
 * @param agree both entries are there and say the same (both invalid, or the same projects and points)
 */
public record PaperSheet(int sheet, Entry first, Entry second) {

	/** One entry of the sheet: the projects and points as pb_ballot keeps them, or invalid. */
	public record Entry(int pass, String enteredBy, String projects, String points, boolean invalid) {

		boolean sameAs(Entry other) {
			return invalid == other.invalid && (invalid || projects.equals(other.projects)
					&& java.util.Objects.equals(points, other.points));
		}
	}

	public boolean complete() {
		return first != null && second != null;
	}

	public boolean agree() {
		return complete() && first.sameAs(second);
	}

	public boolean mismatch() {
		return complete() && !agree();
	}
}
