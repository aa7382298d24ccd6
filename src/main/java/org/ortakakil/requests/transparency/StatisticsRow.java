package org.ortakakil.requests.transparency;

/**
 * The numbers of one group of requests (a district or a category): how many were filed in the period,
 * how many are still open and how many were resolved; the median and 90th percentile of the time from
 * filing to resolution of the resolved ones, in hours (null when none was resolved); and of the resolved
 * ones that had a target time, how many were resolved within it.
 */
public record StatisticsRow(String key, long count, long open, long resolved, Double medianHours, Double p90Hours,
		long withTarget, long withinTarget) {

	/** The share resolved within target, 0 to 1; null when no resolved request had a target. */
	public Double withinTargetShare() {
		return withTarget == 0 ? null : (double) withinTarget / withTarget;
	}

	/** Percent of {@code whole}, for the width of a bar. */
	public double percentOf(long part, long whole) {
		return whole == 0 ? 0 : 100.0 * part / whole;
	}
}
