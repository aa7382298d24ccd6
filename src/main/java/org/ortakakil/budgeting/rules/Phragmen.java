package org.ortakakil.budgeting.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Sequential Phragmén: voters earn money continuously (one unit per unit of time); a project is bought
 * at the first moment its supporters together hold its cost, and they pay all they hold; stops at the
 * first project bought this way that no longer fits the budget. Ties in time: lower cost, then more
 * votes, else an {@link UnresolvableTie}.
 */
final class Phragmen {

	private Phragmen() {
	}

	/** The projects bought, in the order bought. */
	static int[] run(Instance in, String rule) {
		boolean[] sel = new boolean[in.m];
		List<Integer> order = new ArrayList<>();
		Rational[] load = new Rational[in.n];
		java.util.Arrays.fill(load, Rational.ZERO);
		// loadSum[p] = Σ of the loads of p's supporters
		Rational[] loadSum = new Rational[in.m];
		java.util.Arrays.fill(loadSum, Rational.ZERO);
		Rational spent = Rational.ZERO;
		while (true) {
			int best = -1;
			Rational bestT = null;
			List<Integer> tied = new ArrayList<>();
			for (int p = 0; p < in.m; p++) {
				if (sel[p] || in.supporters[p].length == 0) {
					continue;
				}
				Rational t = in.exactCosts[p].add(loadSum[p]).divide(in.supporters[p].length);
				int c = best < 0 ? -1 : t.compareTo(bestT);
				if (c == 0) {
					c = in.exactCosts[p].compareTo(in.exactCosts[best]);
				}
				if (c == 0) {
					c = Long.compare(in.votes[best], in.votes[p]);
				}
				if (c < 0) {
					best = p;
					bestT = t;
					tied.clear();
					tied.add(p);
				}
				else if (c == 0) {
					tied.add(p);
				}
			}
			if (best < 0) {
				break;
			}
			if (tied.size() > 1) {
				best = in.breakTie(tied, rule);
			}
			if (spent.add(in.exactCosts[best]).compareTo(in.budget) > 0) {
				break;
			}
			sel[best] = true;
			order.add(best);
			spent = spent.add(in.exactCosts[best]);
			for (int v : in.supporters[best]) {
				Rational delta = bestT.subtract(load[v]);
				load[v] = bestT;
				for (int q : in.ballots[v]) {
					loadSum[q] = loadSum[q].add(delta);
				}
			}
		}
		return order.stream().mapToInt(Integer::intValue).toArray();
	}
}
