package org.ortakakil.budgeting.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.ortakakil.budgeting.model.Election;

/**
 * The outcome rules of participatory budgeting, exactly as {@code shared/data/pabulib/README.md}
 * defines them (as the cities ran them), in exact arithmetic. Pure functions of an {@link Election}.
 */
public final class Rules {

	public static final List<String> RULES = List.of("greedy", "greedy-no-skip", "greedy-threshold", "equalshares",
			"equalshares/add1", "equalshares/add1-comparison", "equalshares/add1-utilitarian", "phragmen",
			"utilitarian-optimum");

	/** Knapsack instances above this many DP cells are refused. */
	static final long MAX_DP_CELLS = 100_000_000L;

	private Rules() {
	}

	/**
	 * Runs {@code rule} (null: the file's META {@code rule}) on the election. {@code increment} is the
	 * Add1 step of the per-voter endowment (1 if not positive).
	 *
	 * @throws UnresolvableTie when the tie rules cannot decide
	 * @throws IllegalArgumentException for an unknown rule or an instance the rule cannot handle
	 */
	public static Outcome compute(Election election, String rule, int increment) {
		return compute(election, rule, increment, Progress.NONE, List.of());
	}

	/**
	 * As {@link #compute(Election, String, int)}, reporting progress as it goes, and breaking the ties the
	 * rule cannot break by {@code lotOrder} (project ids in the order drawn by lot, earlier first; empty: none
	 * drawn, ties are reported).
	 */
	public static Outcome compute(Election election, String rule, int increment, Progress progress,
			List<String> lotOrder) {
		if (rule == null) {
			rule = election.meta().get("rule");
			if (rule == null) {
				throw new IllegalArgumentException("no rule given and the file's META has no 'rule'");
			}
		}
		rule = rule.trim();
		int inc = increment <= 0 ? 1 : increment;
		Instance in = new Instance(election, lotOrder == null ? List.of() : lotOrder);
		if (in.n == 0 && rule.startsWith("equalshares")) {
			return new Outcome(List.of(), BigDecimal.ZERO, Map.of(), Rational.ZERO, inc, "no ballots");
		}
		return switch (rule) {
			case "greedy" -> outcome(in, greedy(in, true, null, in.budget, new boolean[in.m]));
			case "greedy-no-skip" -> outcome(in, greedy(in, false, null, in.budget, new boolean[in.m]));
			case "greedy-threshold" -> outcome(in, greedy(in, true, threshold(election), in.budget, new boolean[in.m]));
			case "equalshares" -> {
				EqualShares.Result r = new EqualShares(in, in.exactCosts).run(in.budget.divide(in.n), rule);
				yield new Outcome(in.ids(r.selected()), in.cost(r.selected()), r.price(), in.budget.divide(in.n), 0,
						"");
			}
			case "equalshares/add1" -> add1(in, inc, rule, "");
			case "equalshares/add1-comparison" -> comparison(in, add1(in, inc, rule, ""));
			case "equalshares/add1-utilitarian" -> {
				Outcome mes = add1(in, inc, rule, "");
				boolean[] sel = selectedMask(in, mes.selected());
				boolean[] after = greedy(in, true, null, in.budget.subtract(Rational.of(mes.cost())), sel);
				yield new Outcome(in.ids(after), in.cost(after), mes.pricePerSupporter(), mes.endowment(), inc,
						"utilitarian completion added " + (in.ids(after).size() - mes.selected().size()));
			}
			case "phragmen" -> outcome(in, Phragmen.run(in, rule));
			case "utilitarian-optimum" -> outcome(in, Knapsack.run(in));
			default -> throw new IllegalArgumentException("unknown rule '" + rule + "'; known rules: " + RULES);
		};
	}

	private static Outcome outcome(Instance in, boolean[] selected) {
		return new Outcome(in.ids(selected), in.cost(selected));
	}

	private static boolean[] selectedMask(Instance in, List<String> ids) {
		boolean[] sel = new boolean[in.m];
		for (int p = 0; p < in.m; p++) {
			sel[p] = ids.contains(in.ids[p]);
		}
		return sel;
	}

	private static Rational threshold(Election e) {
		String t = e.meta().get("min_project_score_threshold");
		if (t == null || t.isBlank()) {
			throw new IllegalArgumentException("greedy-threshold needs META min_project_score_threshold");
		}
		try {
			return Rational.of(new BigDecimal(t.trim()));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("min_project_score_threshold is not a number: " + t);
		}
	}

	/**
	 * Greedy by votes (ties: PROJECTS order) over the projects not yet in {@code already}, spending at most
	 * {@code money}; returns {@code already} plus the projects taken.
	 */
	static boolean[] greedy(Instance in, boolean skip, Rational threshold, Rational money, boolean[] already) {
		boolean[] sel = already.clone();
		List<Integer> order = new ArrayList<>();
		for (int p = 0; p < in.m; p++) {
			if (!sel[p] && (threshold == null || Rational.of(in.votes[p]).compareTo(threshold) >= 0)) {
				order.add(p);
			}
		}
		order.sort(Comparator.comparingLong((Integer p) -> -in.votes[p]).thenComparingInt(p -> p));
		Rational left = money;
		for (int p : order) {
			if (in.exactCosts[p].compareTo(left) <= 0) {
				sel[p] = true;
				left = left.subtract(in.exactCosts[p]);
			}
			else if (!skip) {
				break;
			}
		}
		return sel;
	}

	/**
	 * MES(B/n), then endowments ⌊B/n⌋+inc, ⌊B/n⌋+2·inc, … with costs and budget floored to integers,
	 * keeping each outcome within the budget and stopping at the first one above it.
	 */
	static Outcome add1(Instance in, int inc, String rule, String note) {
		Rational[] costs = new Rational[in.m];
		BigInteger[] intCosts = new BigInteger[in.m];
		for (int p = 0; p < in.m; p++) {
			intCosts[p] = in.exactCosts[p].floor();
			costs[p] = Rational.of(intCosts[p]);
		}
		BigInteger budget = in.budget.floor();
		EqualShares mes = new EqualShares(in, costs);
		Rational e0 = Rational.of(budget, BigInteger.valueOf(in.n));
		EqualShares.Result kept = mes.run(e0, rule);
		Rational keptE = e0;
		int supported = 0;
		for (int p = 0; p < in.m; p++) {
			supported += in.supporters[p].length > 0 ? 1 : 0;
		}
		BigInteger e = e0.floor();
		// the endowments are tried in batches, one per processor, and the outcomes read in order: the same
		// result as one at a time (a tie at an endowment past the stop is never reported)
		int batch = Math.max(1, Runtime.getRuntime().availableProcessors());
		scan: while (count(kept.selected()) < supported) {
			BigInteger from = e;
			List<Object> results = java.util.stream.IntStream.rangeClosed(1, batch).parallel().mapToObj(j -> {
				try {
					return (Object) mes.run(Rational.of(from.add(BigInteger.valueOf((long) j * inc))), rule);
				}
				catch (RuntimeException ex) {
					return ex;
				}
			}).toList();
			for (Object r : results) {
				e = e.add(BigInteger.valueOf(inc));
				if (r instanceof RuntimeException ex) {
					throw ex;
				}
				EqualShares.Result next = (EqualShares.Result) r;
				BigInteger total = BigInteger.ZERO;
				for (int p = 0; p < in.m; p++) {
					if (next.selected()[p]) {
						total = total.add(intCosts[p]);
					}
				}
				if (total.compareTo(budget) > 0) {
					break scan;
				}
				kept = next;
				keptE = Rational.of(e);
				if (count(kept.selected()) >= supported) {
					break scan;
				}
			}
		}
		return new Outcome(in.ids(kept.selected()), in.cost(kept.selected()), kept.price(), keptE, inc, note);
	}

	private static int count(boolean[] sel) {
		int c = 0;
		for (boolean b : sel) {
			c += b ? 1 : 0;
		}
		return c;
	}

	/** The comparison step: greedy replaces the MES outcome if strictly more voters prefer it. */
	static Outcome comparison(Instance in, Outcome mes) {
		boolean[] m = selectedMask(in, mes.selected());
		boolean[] g = greedy(in, true, null, in.budget, new boolean[in.m]);
		int preferMes = 0;
		int preferGreedy = 0;
		for (int v = 0; v < in.n; v++) {
			int a = 0;
			int b = 0;
			for (int p : in.ballots[v]) {
				a += m[p] ? 1 : 0;
				b += g[p] ? 1 : 0;
			}
			if (a > b) {
				preferMes++;
			}
			else if (b > a) {
				preferGreedy++;
			}
		}
		String note = "comparison: " + preferMes + " voters prefer Equal Shares, " + preferGreedy + " prefer greedy";
		if (preferGreedy > preferMes) {
			return new Outcome(in.ids(g), in.cost(g), Map.of(), mes.endowment(), mes.increment(),
					note + "; greedy used");
		}
		return new Outcome(mes.selected(), mes.cost(), mes.pricePerSupporter(), mes.endowment(), mes.increment(),
				note + "; Equal Shares used");
	}
}
