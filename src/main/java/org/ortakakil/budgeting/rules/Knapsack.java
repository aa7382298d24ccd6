package org.ortakakil.budgeting.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The utilitarian optimum: the set of projects within budget with the most approvals (approval ballots)
 * or points (cumulative); among those the cheapest; two different sets of equal votes and equal cost are
 * an {@link UnresolvableTie}. Exact: a dynamic programme over the budget in units of the costs' greatest
 * common divisor, or, for at most 40 projects, meet in the middle. Larger instances are refused.
 */
final class Knapsack {

	static final int MAX_MITM_PROJECTS = 40;

	private Knapsack() {
	}

	static boolean[] run(Instance in) {
		int scale = Math.max(0, in.election.budget().stripTrailingZeros().scale());
		for (BigDecimal c : in.costs) {
			scale = Math.max(scale, c.stripTrailingZeros().scale());
		}
		BigInteger budget = in.election.budget().movePointRight(scale).toBigInteger();
		List<Integer> items = new ArrayList<>();
		List<BigInteger> weights = new ArrayList<>();
		BigInteger g = BigInteger.ZERO;
		for (int p = 0; p < in.m; p++) {
			BigInteger w = in.costs[p].movePointRight(scale).toBigIntegerExact();
			if (in.votes[p] > 0 && w.compareTo(budget) <= 0 && w.signum() >= 0) {
				items.add(p);
				weights.add(w);
				g = g.gcd(w);
			}
		}
		boolean[] sel = new boolean[in.m];
		if (items.isEmpty()) {
			return sel;
		}
		// the projects drawn by lot last, the first drawn at the very end: the reconstruction, which goes from
		// the last item to the first, decides them first, in the order drawn, each in favour of taking it
		List<Integer> position = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			position.add(i);
		}
		int[] rankOf = new int[items.size()];
		for (int i = 0; i < rankOf.length; i++) {
			rankOf[i] = in.lotRank[items.get(i)];
		}
		position.sort(java.util.Comparator.comparingInt((Integer i) -> rankOf[i] == Integer.MAX_VALUE ? 0 : 1)
			.thenComparing((a, b) -> rankOf[a] == Integer.MAX_VALUE ? Integer.compare(a, b)
					: Integer.compare(rankOf[b], rankOf[a])));
		List<Integer> sortedItems = new ArrayList<>();
		List<BigInteger> sortedWeights = new ArrayList<>();
		for (int i : position) {
			sortedItems.add(items.get(i));
			sortedWeights.add(weights.get(i));
		}
		items = sortedItems;
		weights = sortedWeights;
		if (g.signum() == 0) {
			g = BigInteger.ONE;
		}
		BigInteger cap = budget.divide(g);
		int k = items.size();
		long[] w = new long[k];
		long[] u = new long[k];
		boolean[] drawn = new boolean[k];
		for (int i = 0; i < k; i++) {
			w[i] = weights.get(i).divide(g).longValueExact();
			u[i] = in.votes[items.get(i)];
			drawn[i] = in.lotRank[items.get(i)] != Integer.MAX_VALUE;
		}
		BigInteger cells = cap.add(BigInteger.ONE).multiply(BigInteger.valueOf(k));
		int[] chosen;
		if (cells.compareTo(BigInteger.valueOf(Rules.MAX_DP_CELLS)) <= 0) {
			chosen = dp(in, items, w, u, drawn, cap.intValueExact());
		}
		else if (k <= MAX_MITM_PROJECTS && cap.bitLength() < 56) {
			chosen = meetInTheMiddle(in, items, w, u, drawn, cap.longValueExact());
		}
		else {
			throw new IllegalArgumentException("utilitarian-optimum: instance too large for an exact knapsack ("
					+ k + " projects, more than " + MAX_MITM_PROJECTS + ", and a dynamic programme of " + cells
					+ " cells, more than " + Rules.MAX_DP_CELLS + ")");
		}
		for (int i : chosen) {
			sel[items.get(i)] = true;
		}
		return sel;
	}

	private static int[] dp(Instance in, List<Integer> items, long[] w, long[] u, boolean[] drawn, int cap) {
		int k = w.length;
		int words = (cap >> 6) + 1;
		long[][] take = new long[k][];
		long[][] both = new long[k][];
		long[] best = new long[cap + 1];
		Arrays.fill(best, -1);
		best[0] = 0;
		for (int i = 0; i < k; i++) {
			take[i] = new long[words];
			both[i] = new long[words];
			int c = (int) w[i];
			for (int x = cap; x >= c; x--) {
				if (best[x - c] < 0) {
					continue;
				}
				long cand = best[x - c] + u[i];
				if (cand > best[x]) {
					best[x] = cand;
					take[i][x >> 6] |= 1L << x;
				}
				else if (cand == best[x]) {
					take[i][x >> 6] |= 1L << x;
					both[i][x >> 6] |= 1L << x;
				}
			}
		}
		int at = 0;
		for (int x = 1; x <= cap; x++) {
			if (best[x] > best[at]) {
				at = x;
			}
		}
		boolean[] first = reconstruct(take, both, w, drawn, at, false);
		boolean[] second = reconstruct(take, both, w, drawn, at, true);
		List<String> differ = new ArrayList<>();
		List<Integer> chosen = new ArrayList<>();
		for (int i = 0; i < k; i++) {
			if (first[i] != second[i]) {
				differ.add(in.ids[items.get(i)]);
			}
			if (first[i]) {
				chosen.add(i);
			}
		}
		if (!differ.isEmpty()) {
			throw new UnresolvableTie("utilitarian-optimum", differ);
		}
		return chosen.stream().mapToInt(Integer::intValue).toArray();
	}

	/**
	 * One optimal set, taking an item wherever taking it and leaving it are both optimal; with {@code flip},
	 * the other branch at the first such item not drawn by lot (a tie the lot order does not break).
	 */
	private static boolean[] reconstruct(long[][] take, long[][] both, long[] w, boolean[] drawn, int at,
			boolean flip) {
		boolean[] chosen = new boolean[w.length];
		boolean flipped = false;
		for (int i = w.length - 1; i >= 0; i--) {
			boolean t = (take[i][at >> 6] & (1L << at)) != 0;
			if (flip && !flipped && !drawn[i] && (both[i][at >> 6] & (1L << at)) != 0) {
				flipped = true;
				t = false;
			}
			if (t) {
				chosen[i] = true;
				at -= (int) w[i];
			}
		}
		return chosen;
	}

	private static int[] meetInTheMiddle(Instance in, List<Integer> items, long[] w, long[] u, boolean[] drawn,
			long cap) {
		int k = w.length;
		int h = k / 2;
		int r = k - h;
		// among sets of equal votes and cost, the one with the earliest drawn project where they differ: a bit
		// per drawn project, the first drawn the highest (items are ordered with the first drawn last)
		long[] bonus = new long[k];
		int rank = 0;
		for (int i = k - 1; i >= 0; i--) {
			if (drawn[i]) {
				bonus[i] = 1L << (MAX_MITM_PROJECTS - 1 - rank++);
			}
		}
		int nr = 1 << r;
		long[] rc = new long[nr];
		long[] ru = new long[nr];
		long[] rbonus = new long[nr];
		for (int mask = 1; mask < nr; mask++) {
			int low = Integer.numberOfTrailingZeros(mask);
			rc[mask] = rc[mask & (mask - 1)] + w[h + low];
			ru[mask] = ru[mask & (mask - 1)] + u[h + low];
			rbonus[mask] = rbonus[mask & (mask - 1)] + bonus[h + low];
		}
		Integer[] idx = new Integer[nr];
		for (int i = 0; i < nr; i++) {
			idx[i] = i;
		}
		Arrays.sort(idx, (a, b) -> Long.compare(rc[a], rc[b]));
		long[] sortedCost = new long[nr];
		int[] prefBest = new int[nr];
		int[] prefCount = new int[nr];
		int[] prefOther = new int[nr];
		for (int i = 0; i < nr; i++) {
			int m = idx[i];
			sortedCost[i] = rc[m];
			if (i == 0) {
				prefBest[i] = m;
				prefCount[i] = 1;
				prefOther[i] = -1;
				continue;
			}
			int b = prefBest[i - 1];
			int cmp = ru[m] != ru[b] ? Long.compare(ru[m], ru[b])
					: rc[b] != rc[m] ? Long.compare(rc[b], rc[m]) : Long.compare(rbonus[m], rbonus[b]);
			if (cmp > 0) {
				prefBest[i] = m;
				prefCount[i] = 1;
				prefOther[i] = -1;
			}
			else {
				prefBest[i] = b;
				prefCount[i] = prefCount[i - 1] + (cmp == 0 ? 1 : 0);
				prefOther[i] = cmp == 0 ? m : prefOther[i - 1];
			}
		}
		long bestU = -1;
		long bestC = 0;
		long bestB = 0;
		long bestMask = 0;
		long otherMask = -1;
		int nl = 1 << h;
		long[] lc = new long[nl];
		long[] lu = new long[nl];
		long[] lb = new long[nl];
		for (int mask = 0; mask < nl; mask++) {
			if (mask > 0) {
				int low = Integer.numberOfTrailingZeros(mask);
				lc[mask] = lc[mask & (mask - 1)] + w[low];
				lu[mask] = lu[mask & (mask - 1)] + u[low];
				lb[mask] = lb[mask & (mask - 1)] + bonus[low];
			}
			if (lc[mask] > cap) {
				continue;
			}
			int pos = upper(sortedCost, cap - lc[mask]);
			if (pos < 0) {
				continue;
			}
			int rb = prefBest[pos];
			long tu = lu[mask] + ru[rb];
			long tc = lc[mask] + rc[rb];
			long tb = lb[mask] + rbonus[rb];
			long full = ((long) rb << h) | mask;
			if (tu > bestU || (tu == bestU && (tc < bestC || tc == bestC && tb > bestB))) {
				bestU = tu;
				bestC = tc;
				bestB = tb;
				bestMask = full;
				otherMask = prefCount[pos] > 1 ? ((long) prefOther[pos] << h) | mask : -1;
			}
			else if (tu == bestU && tc == bestC && tb == bestB && otherMask < 0) {
				otherMask = full;
			}
		}
		if (otherMask >= 0) {
			List<String> ids = new ArrayList<>();
			for (int i = 0; i < k; i++) {
				if (((bestMask ^ otherMask) >> i & 1) != 0) {
					ids.add(in.ids[items.get(i)]);
				}
			}
			throw new UnresolvableTie("utilitarian-optimum", ids);
		}
		List<Integer> chosen = new ArrayList<>();
		for (int i = 0; i < k; i++) {
			if ((bestMask >> i & 1) != 0) {
				chosen.add(i);
			}
		}
		return chosen.stream().mapToInt(Integer::intValue).toArray();
	}

	/** The last index with value ≤ x, or -1. */
	private static int upper(long[] sorted, long x) {
		int lo = 0;
		int hi = sorted.length - 1;
		int ans = -1;
		while (lo <= hi) {
			int mid = (lo + hi) >>> 1;
			if (sorted[mid] <= x) {
				ans = mid;
				lo = mid + 1;
			}
			else {
				hi = mid - 1;
			}
		}
		return ans;
	}
}
