package org.ortakakil.budgeting.rules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Method of Equal Shares with cost utilities (payments proportional to utility; for approval
 * ballots every supporter has utility 1), for a given per-voter endowment, in exact arithmetic.
 * Voters with the same remaining budget share a "class", so a project is evaluated from a handful of
 * (budget, utility) groups instead of every supporter; candidates are visited lazily, in order of their
 * previous effective vote count, which only decreases.
 */
final class EqualShares {

	/**
	 * An outcome at one endowment: the selection, the price per supporter of each bought project, the order of
	 * purchase, and for each supported project not bought the money its supporters had left at the end.
	 */
	record Result(boolean[] selected, Map<String, Rational> price, int[] order, Map<String, Rational> moneyLeft) {
	}

	private final Instance in;
	private final Rational[] costs;
	private final double[] costApprox;

	EqualShares(Instance in, Rational[] costs) {
		this.in = in;
		this.costs = costs;
		this.costApprox = new double[costs.length];
		for (int p = 0; p < costs.length; p++) {
			costApprox[p] = costs[p].doubleValue();
		}
		for (int p = 0; p < in.m; p++) {
			if (costs[p].signum() <= 0) {
				throw new IllegalArgumentException("project " + in.ids[p] + " has cost " + costs[p]
						+ "; Equal Shares needs positive costs");
			}
		}
	}

	// One (budget class, utility) group of a project's supporters.
	private static final class Group {
		final int cls;
		final int u;
		final Rational b;
		int count;
		double approx;

		Group(int cls, int u, Rational b) {
			this.cls = cls;
			this.u = u;
			this.b = b;
		}
	}

	private final class Run {
		final List<Rational> classValue = new ArrayList<>();
		final Map<Rational, Integer> classOf = new HashMap<>();
		final int[] voterClass;
		double[] approx = new double[16];
		int[] slot = new int[0];

		Run(Rational endowment) {
			voterClass = new int[in.n];
			intern(endowment);
		}

		int intern(Rational value) {
			Integer c = classOf.get(value);
			if (c == null) {
				c = classValue.size();
				classValue.add(value);
				classOf.put(value, c);
				if (approx.length <= c) {
					approx = java.util.Arrays.copyOf(approx, approx.length * 2);
				}
				approx[c] = value.doubleValue();
			}
			return c;
		}

		/** Groups of p's supporters, sorted by b/u ascending. */
		List<Group> groups(int p) {
			List<Group> list = new ArrayList<>();
			int[] s = in.supporters[p];
			if (in.utilities == null) {
				if (slot.length < classValue.size()) {
					slot = java.util.Arrays.copyOf(slot, Math.max(classValue.size(), slot.length * 2));
					java.util.Arrays.fill(slot, -1);
				}
				for (int v : s) {
					int cls = voterClass[v];
					int at = slot[cls];
					if (at < 0) {
						slot[cls] = list.size();
						list.add(new Group(cls, 1, classValue.get(cls)));
						at = list.size() - 1;
					}
					list.get(at).count++;
				}
				for (Group g : list) {
					slot[g.cls] = -1;
				}
			}
			else {
				Map<Long, Group> map = new LinkedHashMap<>();
				for (int k = 0; k < s.length; k++) {
					int cls = voterClass[s[k]];
					int u = in.utilities[p][k];
					long key = ((long) cls << 32) | u;
					Group g = map.get(key);
					if (g == null) {
						g = new Group(cls, u, classValue.get(cls));
						map.put(key, g);
					}
					g.count++;
				}
				list.addAll(map.values());
			}
			if (list.size() > 1) {
				for (Group g : list) {
					g.approx = approx[g.cls] / g.u;
				}
				list.sort(EqualShares::byRatio);
			}
			return list;
		}

		/** The factor α (the cap q for approval) at which p's supporters can pay c(p), or null. */
		Rational alpha(int p, List<Group> groups) {
			if (groups.size() > 8) {
				Rational fast = alphaFast(p, groups);
				if (fast != NONE) {
					return fast;
				}
			}
			return alphaExact(p, groups);
		}

		// With many groups: finds the cut (the first group whose members all pay α·u) in floating point, then
		// checks it exactly, summing what the poorer groups pay as a balanced tree. NONE if the floating-point
		// answer is too close to call; then the plain exact scan decides.
		Rational alphaFast(int p, List<Group> groups) {
			int size = groups.size();
			double[] paid = new double[size];
			long weight = 0;
			double money = 0;
			for (int i = 0; i < size; i++) {
				Group g = groups.get(i);
				weight += (long) g.count * g.u;
				paid[i] = approx[g.cls] * g.count;
				money += paid[i];
			}
			double cost = costApprox[p];
			if (money < cost * (1 - 1e-9)) {
				return null;
			}
			if (money < cost * (1 + 1e-9)) {
				return NONE;
			}
			double r = cost;
			long w = weight;
			int cut = -1;
			for (int i = 0; i < size; i++) {
				Group g = groups.get(i);
				double lhs = approx[g.cls] * w;
				double rhs = r * g.u;
				if (Math.abs(lhs - rhs) <= 1e-9 * Math.max(Math.abs(lhs), Math.abs(rhs))) {
					return NONE;
				}
				if (lhs > rhs) {
					cut = i;
					break;
				}
				r -= paid[i];
				w -= (long) g.count * g.u;
			}
			if (cut < 0) {
				return NONE;
			}
			long wCut = weight;
			List<Rational> poorer = new ArrayList<>(cut);
			for (int i = 0; i < cut; i++) {
				Group g = groups.get(i);
				wCut -= (long) g.count * g.u;
				if (g.b.signum() != 0) {
					poorer.add(g.b.multiply(g.count));
				}
			}
			Rational rCut = costs[p].subtract(sum(poorer, 0, poorer.size()));
			Group at = groups.get(cut);
			if (at.b.compareScaled(wCut, rCut, at.u) < 0) {
				return NONE;
			}
			if (cut > 0) {
				Group before = groups.get(cut - 1);
				long wBefore = wCut + (long) before.count * before.u;
				Rational rBefore = rCut.add(before.b.multiply(before.count));
				if (before.b.compareScaled(wBefore, rBefore, before.u) >= 0) {
					return NONE;
				}
			}
			return rCut.divide(wCut);
		}

		Rational alphaExact(int p, List<Group> groups) {
			long weight = 0;
			for (Group g : groups) {
				weight += (long) g.count * g.u;
			}
			// r = rn/rd, the part of the cost the groups not yet passed must pay; not normalised on the way
			BigInteger rn = costs[p].numerator();
			BigInteger rd = costs[p].denominator();
			for (Group g : groups) {
				BigInteger bn = g.b.numerator();
				if (bn.signum() == 0) {
					weight -= (long) g.count * g.u;
					continue;
				}
				BigInteger bd = g.b.denominator();
				// the rest all pay α·u if b/u · weight ≥ r, i.e. bn·weight·rd ≥ rn·u·bd
				BigInteger left = bn.multiply(BigInteger.valueOf(weight)).multiply(rd);
				BigInteger right = g.u == 1 ? rn.multiply(bd) : rn.multiply(BigInteger.valueOf(g.u)).multiply(bd);
				if (left.compareTo(right) >= 0) {
					return Rational.of(rn, rd.multiply(BigInteger.valueOf(weight)));
				}
				BigInteger paid = bn.multiply(BigInteger.valueOf(g.count));
				if (rd.equals(bd)) {
					rn = rn.subtract(paid);
				}
				else {
					rn = rn.multiply(bd).subtract(paid.multiply(rd));
					rd = rd.multiply(bd);
				}
				weight -= (long) g.count * g.u;
			}
			return null;
		}

		void pay(int p, Rational alpha, List<Group> groups) {
			Map<Long, Integer> next = new HashMap<>();
			for (Group g : groups) {
				Rational left = g.b.compareScaled(1, alpha, g.u) <= 0 ? Rational.ZERO : g.b.subtractTimes(alpha, g.u);
				next.put(((long) g.cls << 32) | g.u, intern(left));
			}
			int[] s = in.supporters[p];
			for (int k = 0; k < s.length; k++) {
				voterClass[s[k]] = next.get(((long) voterClass[s[k]] << 32) | in.utility(p, k));
			}
		}
	}

	/** A marker: the fast path cannot decide. */
	private static final Rational NONE = Rational.of(-1);

	// Σ values[from..to) as a balanced tree, so that the operands stay of similar size.
	static Rational sum(List<Rational> values, int from, int to) {
		if (to - from == 0) {
			return Rational.ZERO;
		}
		if (to - from == 1) {
			return values.get(from);
		}
		int mid = (from + to) >>> 1;
		return sum(values, from, mid).add(sum(values, mid, to));
	}

	/** The exact order of b/u, with a floating-point fast path where the values are far apart. */
	private static int byRatio(Group x, Group y) {
		double d = x.approx - y.approx;
		if (Math.abs(d) > 1e-9 * Math.max(Math.abs(x.approx), Math.abs(y.approx))) {
			return d < 0 ? -1 : 1;
		}
		return x.u == y.u ? x.b.compareTo(y.b) : x.b.multiply(y.u).compareTo(y.b.multiply(x.u));
	}

	/** -1, 0, 1 as project a is worse, tied with, better than b under the tie order. */
	private int better(int a, Rational effA, int b, Rational effB) {
		int c = effA.compareTo(effB);
		if (c != 0) {
			return c;
		}
		c = costs[b].compareTo(costs[a]);
		if (c != 0) {
			return c;
		}
		return Long.compare(in.votes[a], in.votes[b]);
	}

	Result run(Rational endowment, String rule) {
		return run(endowment, rule, null);
	}

	/**
	 * As {@link #run(Rational, String)}; with a budget (for Add1), a tie the lot order cannot break is not
	 * reported but the run answers null when the outcome is by then certainly within the budget and not
	 * exhaustive, however the tie is broken: the cost spent and the costs of every project its supporters can
	 * still afford come to at most the budget, and some supported project is no longer affordable.
	 */
	Result run(Rational endowment, String rule, BigInteger budget) {
		Run run = new Run(endowment);
		boolean[] selected = new boolean[in.m];
		List<Integer> order = new ArrayList<>();
		Map<String, Rational> price = new LinkedHashMap<>();
		Rational[] bound = new Rational[in.m];
		List<Integer> remaining = new ArrayList<>();
		for (int p = 0; p < in.m; p++) {
			if (in.supporters[p].length > 0) {
				bound[p] = Rational.of(in.votes[p]);
				remaining.add(p);
			}
		}
		while (!remaining.isEmpty()) {
			remaining.sort((a, b) -> bound[b].compareTo(bound[a]));
			int best = -1;
			Rational bestEff = null;
			Rational bestAlpha = null;
			List<Group> bestGroups = null;
			List<Integer> tied = new ArrayList<>();
			List<Integer> dropped = new ArrayList<>();
			for (int p : remaining) {
				if (best >= 0 && bound[p].compareTo(bestEff) < 0) {
					break;
				}
				List<Group> groups = run.groups(p);
				Rational alpha = run.alpha(p, groups);
				if (alpha == null) {
					dropped.add(p);
					continue;
				}
				Rational eff = costs[p].divide(alpha);
				bound[p] = eff;
				int cmp = best < 0 ? 1 : better(p, eff, best, bestEff);
				if (cmp > 0) {
					best = p;
					bestEff = eff;
					bestAlpha = alpha;
					bestGroups = groups;
					tied.clear();
					tied.add(p);
				}
				else if (cmp == 0) {
					tied.add(p);
				}
			}
			remaining.removeAll(dropped);
			if (best < 0) {
				break;
			}
			if (tied.size() > 1) {
				try {
					best = in.breakTie(tied, rule + " (endowment " + endowment + ")");
				}
				catch (UnresolvableTie t) {
					if (budget != null && withinBudget(run, selected, Rational.of(budget))) {
						return null;
					}
					throw t;
				}
				bestAlpha = costs[best].divide(bestEff);
				bestGroups = run.groups(best);
			}
			run.pay(best, bestAlpha, bestGroups);
			selected[best] = true;
			order.add(best);
			price.put(in.ids[best], bestAlpha);
			remaining.remove(Integer.valueOf(best));
		}
		return new Result(selected, price, order.stream().mapToInt(Integer::intValue).toArray(),
				moneyLeft(run, selected));
	}

	/**
	 * Buys the projects of {@code order} (a purchase order found by a faster run at the same endowment) in
	 * exact arithmetic, for their exact prices and the money left at the end.
	 */
	Result replay(Rational endowment, int[] order) {
		Run run = new Run(endowment);
		boolean[] selected = new boolean[in.m];
		Map<String, Rational> price = new LinkedHashMap<>();
		for (int p : order) {
			List<Group> groups = run.groups(p);
			Rational alpha = run.alpha(p, groups);
			if (alpha == null) {
				throw new IllegalStateException("replay: project " + in.ids[p] + " is not affordable");
			}
			run.pay(p, alpha, groups);
			selected[p] = true;
			price.put(in.ids[p], alpha);
		}
		return new Result(selected, price, order.clone(), moneyLeft(run, selected));
	}

	private boolean withinBudget(Run run, boolean[] selected, Rational budget) {
		Rational total = Rational.ZERO;
		boolean unaffordable = false;
		for (int p = 0; p < in.m; p++) {
			if (selected[p]) {
				total = total.add(costs[p]);
			}
			else if (in.supporters[p].length > 0) {
				if (money(run, p).compareTo(costs[p]) < 0) {
					unaffordable = true;
				}
				else {
					total = total.add(costs[p]);
				}
			}
		}
		return unaffordable && total.compareTo(budget) <= 0;
	}

	private Map<String, Rational> moneyLeft(Run run, boolean[] selected) {
		Map<String, Rational> left = new LinkedHashMap<>();
		for (int p = 0; p < in.m; p++) {
			if (!selected[p] && in.supporters[p].length > 0) {
				left.put(in.ids[p], money(run, p));
			}
		}
		return left;
	}

	/** The money p's supporters hold. */
	private Rational money(Run run, int p) {
		List<Rational> parts = new ArrayList<>();
		// per budget class, not per (class, utility) group: each supporter counted once
		Map<Integer, Integer> perClass = new HashMap<>();
		for (int v : in.supporters[p]) {
			perClass.merge(run.voterClass[v], 1, Integer::sum);
		}
		for (Map.Entry<Integer, Integer> en : perClass.entrySet()) {
			Rational b = run.classValue.get(en.getKey());
			if (b.signum() != 0) {
				parts.add(b.multiply(en.getValue()));
			}
		}
		return sum(parts, 0, parts.size());
	}

	static int[] order(boolean[] selected) {
		return java.util.stream.IntStream.range(0, selected.length).filter(p -> selected[p]).toArray();
	}

	static String describe(boolean[] selected) {
		return Arrays.toString(order(selected));
	}
}
