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

	/** Add1: how many endowments each processor runs side by side. */
	static final int LANES = 1;

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
		Progress report = progress == null ? Progress.NONE : progress;
		Outcome o = switch (rule) {
			case "greedy" -> greedyOutcome(in, greedyOrder(in, true, null, in.budget, new boolean[in.m]));
			case "greedy-no-skip" -> greedyOutcome(in, greedyOrder(in, false, null, in.budget, new boolean[in.m]));
			case "greedy-threshold" ->
				greedyOutcome(in, greedyOrder(in, true, threshold(election), in.budget, new boolean[in.m]));
			case "equalshares" -> {
				Rational e = in.budget.divide(in.n);
				Mes mes = new Mes(in, in.exactCosts, rule);
				yield mes.outcome(mes.attempt(e, mes.fast == null ? null : mes.fast.scratch()), 0, "");
			}
			case "equalshares/add1" -> add1(in, inc, rule, "", report);
			case "equalshares/add1-comparison" -> comparison(in, add1(in, inc, rule, "", report));
			case "equalshares/add1-utilitarian" -> {
				Outcome mes = add1(in, inc, rule, "", report);
				boolean[] sel = selectedMask(in, mes.selected());
				List<Integer> added = greedyOrder(in, true, null, in.budget.subtract(Rational.of(mes.cost())), sel);
				List<String> order = new ArrayList<>(mes.selectionOrder());
				Map<String, Rational> left = new java.util.LinkedHashMap<>(mes.supportersMoneyLeft());
				for (int p : added) {
					sel[p] = true;
					order.add(in.ids[p]);
					left.remove(in.ids[p]);
				}
				yield new Outcome(in.ids(sel), in.cost(sel), mes.pricePerSupporter(), mes.endowment(), inc,
						"utilitarian completion added " + added.size(), order, left);
			}
			case "phragmen" -> orderedOutcome(in, Phragmen.run(in, rule));
			case "utilitarian-optimum" -> outcome(in, Knapsack.run(in));
			default -> throw new IllegalArgumentException("unknown rule '" + rule + "'; known rules: " + RULES);
		};
		report.report(1.0);
		return o;
	}

	private static Outcome greedyOutcome(Instance in, List<Integer> order) {
		return orderedOutcome(in, order.stream().mapToInt(Integer::intValue).toArray());
	}

	private static Outcome orderedOutcome(Instance in, int[] order) {
		boolean[] sel = new boolean[in.m];
		List<String> ids = new ArrayList<>();
		for (int p : order) {
			sel[p] = true;
			ids.add(in.ids[p]);
		}
		return new Outcome(in.ids(sel), in.cost(sel), Map.of(), null, 0, "", ids, Map.of());
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
		for (int p : greedyOrder(in, skip, threshold, money, already)) {
			sel[p] = true;
		}
		return sel;
	}

	/** The projects greedy takes after {@code already}, in the order it takes them. */
	static List<Integer> greedyOrder(Instance in, boolean skip, Rational threshold, Rational money,
			boolean[] already) {
		List<Integer> order = new ArrayList<>();
		for (int p = 0; p < in.m; p++) {
			if (!already[p] && (threshold == null || Rational.of(in.votes[p]).compareTo(threshold) >= 0)) {
				order.add(p);
			}
		}
		order.sort(Comparator.comparingLong((Integer p) -> -in.votes[p]).thenComparingInt(p -> p));
		List<Integer> taken = new ArrayList<>();
		Rational left = money;
		for (int p : order) {
			if (in.exactCosts[p].compareTo(left) <= 0) {
				taken.add(p);
				left = left.subtract(in.exactCosts[p]);
			}
			else if (!skip) {
				break;
			}
		}
		return taken;
	}

	/**
	 * Equal Shares at one endowment: the floating-point run with certified error bounds where it decides
	 * every step, the exact algorithm where it does not (a tie, or values too close to call).
	 */
	static final class Mes {

		/**
		 * One endowment tried: the order of purchase, and the exact result when the exact algorithm ran; or
		 * (order null) a run stopped early, its outcome certainly within the budget and not exhaustive, with
		 * {@code spent} what it had spent by then (null if not known).
		 */
		record Attempt(Rational endowment, int[] order, EqualShares.Result exact, BigInteger spent) {

			boolean stoppedEarly() {
				return order == null;
			}
		}

		final Instance in;
		final EqualShares exact;
		final FastEqualShares fast;
		final String rule;

		Mes(Instance in, Rational[] costs, String rule) {
			this.in = in;
			this.exact = new EqualShares(in, costs);
			this.fast = FastEqualShares.of(in, costs);
			this.rule = rule;
		}

		/** The full run at one endowment (never stopped early). */
		Attempt attempt(Rational endowment, FastEqualShares.Scratch scratch) {
			return attempt(endowment, scratch, null);
		}

		/** One endowment, stopped early (see attempts) where a budget is given. */
		Attempt attempt(Rational endowment, FastEqualShares.Scratch scratch, BigInteger budget) {
			Object a = attempts(new Rational[] {endowment}, scratch, budget).get(0);
			if (a instanceof RuntimeException ex) {
				throw ex;
			}
			return (Attempt) a;
		}

		/**
		 * Equal Shares at each endowment (the fast runs side by side, the exact algorithm for those they cannot
		 * decide): an Attempt, or the exception (a tie) of the exact algorithm, for each in order. With a budget
		 * (for Add1; null: none), a run may stop as soon as its outcome is certainly within it and not
		 * exhaustive (FastEqualShares.run, EqualShares.run).
		 */
		List<Object> attempts(Rational[] endowments, FastEqualShares.Scratch scratch, BigInteger budget) {
			long limit = budget == null ? -1 : budget.min(BigInteger.valueOf(Long.MAX_VALUE)).longValueExact();
			FastEqualShares.Found[] found = fast == null ? new FastEqualShares.Found[endowments.length]
					: fast.run(endowments, scratch, limit);
			List<Object> out = new ArrayList<>();
			for (int i = 0; i < endowments.length; i++) {
				if (found[i] != null) {
					out.add(new Attempt(endowments[i], found[i].order(), null, BigInteger.valueOf(found[i].cost())));
					continue;
				}
				try {
					EqualShares.Result r = exact.run(endowments[i], rule, budget);
					out.add(r == null ? new Attempt(endowments[i], null, null, null)
							: new Attempt(endowments[i], r.order(), r, null));
				}
				catch (RuntimeException ex) {
					out.add(ex);
				}
			}
			return out;
		}

		/** The outcome of an attempt, with exact prices and money left (a replay when the fast path decided). */
		Outcome outcome(Attempt a, int increment, String note) {
			EqualShares.Result r = a.exact() != null ? a.exact() : fast.replay(a.endowment(), a.order(), fast.scratch());
			List<String> order = new ArrayList<>();
			for (int p : r.order()) {
				order.add(in.ids[p]);
			}
			return new Outcome(in.ids(r.selected()), in.cost(r.selected()), r.price(), a.endowment(), increment,
					note, order, r.moneyLeft());
		}
	}

	/**
	 * MES(B/n), then endowments ⌊B/n⌋+inc, ⌊B/n⌋+2·inc, … with costs and budget floored to integers,
	 * keeping each outcome within the budget and stopping at the first one above it.
	 */
	static Outcome add1(Instance in, int inc, String rule, String note, Progress progress) {
		Rational[] costs = new Rational[in.m];
		BigInteger[] intCosts = new BigInteger[in.m];
		for (int p = 0; p < in.m; p++) {
			intCosts[p] = in.exactCosts[p].floor();
			costs[p] = Rational.of(intCosts[p]);
		}
		BigInteger budget = in.budget.floor();
		Mes mes = new Mes(in, costs, rule);
		// the endowments are tried in batches, LANES side by side per processor, the outcomes read in order: the same
		// result as one at a time (a tie at an endowment past the stop is never reported)
		int processors = Math.max(1, Runtime.getRuntime().availableProcessors());
		// a batch: several tasks per processor (fewer waits at the end of a batch), each a scratch from a pool
		int tasks = 4 * processors;
		java.util.concurrent.BlockingQueue<FastEqualShares.Scratch> pool = new java.util.concurrent.ArrayBlockingQueue<>(
				processors + 1);
		for (int j = 0; j <= processors && mes.fast != null; j++) {
			pool.add(mes.fast.scratch(LANES));
		}
		Rational e0 = Rational.of(budget, BigInteger.valueOf(in.n));
		Mes.Attempt kept = mes.attempt(e0, pool.peek(), budget);
		double done = 0;
		done = report(progress, done, spent(kept, intCosts), budget);
		int supported = 0;
		for (int p = 0; p < in.m; p++) {
			supported += in.supporters[p].length > 0 ? 1 : 0;
		}
		BigInteger e = e0.floor();
		scan: while (kept.stoppedEarly() || kept.order().length < supported) {
			BigInteger from = e;
			// task j: the endowments from + (j·LANES + 1..LANES)·inc, side by side
			List<Object> results = java.util.stream.IntStream.range(0, tasks).parallel().mapToObj(j -> {
				Rational[] es = new Rational[LANES];
				for (int l = 0; l < LANES; l++) {
					es[l] = Rational.of(from.add(BigInteger.valueOf(((long) j * LANES + l + 1) * inc)));
				}
				FastEqualShares.Scratch taken = pool.poll();
				FastEqualShares.Scratch scratch = taken != null || mes.fast == null ? taken : mes.fast.scratch(LANES);
				try {
					return mes.attempts(es, scratch, budget);
				}
				finally {
					if (scratch != null) {
						pool.offer(scratch);
					}
				}
			}).flatMap(List::stream).toList();
			for (Object r : results) {
				e = e.add(BigInteger.valueOf(inc));
				if (r instanceof RuntimeException ex) {
					throw ex;
				}
				Mes.Attempt next = (Mes.Attempt) r;
				if (!next.stoppedEarly() && total(next.order(), intCosts).compareTo(budget) > 0) {
					break scan;
				}
				kept = next;
				done = report(progress, done, spent(kept, intCosts), budget);
				if (!kept.stoppedEarly() && kept.order().length >= supported) {
					break scan;
				}
			}
		}
		if (kept.stoppedEarly()) {
			// the outcome kept is that of a run stopped early: run it in full (a tie there is reported)
			kept = mes.attempt(kept.endowment(), pool.peek());
		}
		return mes.outcome(kept, inc, note);
	}

	/** What an attempt spends, or had spent when it stopped early (zero if not known). */
	private static BigInteger spent(Mes.Attempt a, BigInteger[] intCosts) {
		return a.stoppedEarly() ? (a.spent() == null ? BigInteger.ZERO : a.spent()) : total(a.order(), intCosts);
	}

	private static BigInteger total(int[] order, BigInteger[] intCosts) {
		BigInteger total = BigInteger.ZERO;
		for (int p : order) {
			total = total.add(intCosts[p]);
		}
		return total;
	}

	/** Progress: the money the kept outcome spends over the budget, never going back, below 1 until the end. */
	private static double report(Progress progress, double before, BigInteger spent, BigInteger budget) {
		double now = budget.signum() <= 0 ? 0 : Math.min(0.99, spent.doubleValue() / budget.doubleValue());
		if (now > before) {
			progress.report(now);
			return now;
		}
		return before;
	}

	/** The comparison step: greedy replaces the MES outcome if strictly more voters prefer it. */
	static Outcome comparison(Instance in, Outcome mes) {
		boolean[] m = selectedMask(in, mes.selected());
		List<Integer> greedyOrder = greedyOrder(in, true, null, in.budget, new boolean[in.m]);
		boolean[] g = new boolean[in.m];
		List<String> greedyIds = new ArrayList<>();
		for (int p : greedyOrder) {
			g[p] = true;
			greedyIds.add(in.ids[p]);
		}
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
					note + "; greedy used", greedyIds, Map.of());
		}
		return new Outcome(mes.selected(), mes.cost(), mes.pricePerSupporter(), mes.endowment(), mes.increment(),
				note + "; Equal Shares used", mes.selectionOrder(), mes.supportersMoneyLeft());
	}
}
