package org.ortakakil.budgeting.rules;

/** Told how far a long computation has got, as a fraction from 0 to 1 that never goes back. */
@FunctionalInterface
public interface Progress {

	Progress NONE = done -> {
	};

	void report(double done);
}
