package org.ortakakil.budgeting.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.ortakakil.budgeting.model.Election;
import org.ortakakil.budgeting.rules.Outcome;
import org.ortakakil.budgeting.rules.Progress;
import org.ortakakil.budgeting.rules.Rational;
import org.ortakakil.budgeting.rules.Rules;
import org.ortakakil.budgeting.rules.UnresolvableTie;

/**
 * Runs rules on one election and says, per project, why each rule selected it or not, and what each result
 * gives the voters. Pure: no database, so a page's whole result can be computed once and stored.
 */
final class RuleRunner {

	/** The rules every result is compared with, besides the official one. */
	static final List<String> COMPARED = List.of("greedy", "equalshares/add1", "phragmen", "utilitarian-optimum");

	private final Election election;
	private final Tally tally;
	private final Function<String, String> districtOf;

	/** {@code districtOf}: a project id's district key (empty when it has none). */
	RuleRunner(Election election, Function<String, String> districtOf) {
		this.election = election;
		this.tally = new Tally(election);
		this.districtOf = districtOf;
	}

	Tally tally() {
		return tally;
	}

	/** The official rule first, then the compared ones that differ from it. */
	static List<String> rules(String official) {
		List<String> rules = new ArrayList<>(List.of(official));
		COMPARED.stream().filter(r -> !r.equals(official)).forEach(rules::add);
		return rules;
	}

	RuleResult run(String rule, boolean official, int increment, List<String> lotOrder, Progress progress) {
		long start = System.nanoTime();
		try {
			Outcome outcome = Rules.compute(election, rule, increment, progress, lotOrder);
			return new RuleResult(rule, official, "OK", outcome.selected(), outcome.cost(), outcome.note(), List.of(),
					explain(rule, outcome), metrics(outcome.selected()), elapsed(start));
		}
		catch (UnresolvableTie tie) {
			return new RuleResult(rule, official, "TIE", List.of(), null, null, tie.projectIds(), Map.of(),
					RuleResult.Metrics.NONE, elapsed(start));
		}
		catch (IllegalArgumentException | ArithmeticException | OutOfMemoryError failed) {
			return new RuleResult(rule, official, "FAILED", List.of(), null, String.valueOf(failed.getMessage()),
					List.of(), Map.of(), RuleResult.Metrics.NONE, elapsed(start));
		}
	}

	private static long elapsed(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

	RuleResult.Metrics metrics(List<String> selectedIds) {
		boolean[] sel = mask(selectedIds);
		long satisfied = 0;
		for (int[] ballot : tally.ballots) {
			for (int p : ballot) {
				if (sel[p]) {
					satisfied++;
					break;
				}
			}
		}
		Map<String, BigDecimal> money = new LinkedHashMap<>();
		for (int p = 0; p < tally.m; p++) {
			if (sel[p]) {
				money.merge(districtOf.apply(tally.ids[p]), election.projects().get(p).cost(), BigDecimal::add);
			}
		}
		return new RuleResult.Metrics(tally.n, satisfied, money);
	}

	private boolean[] mask(List<String> ids) {
		boolean[] sel = new boolean[tally.m];
		for (String id : ids) {
			Integer p = tally.index.get(id);
			if (p != null) {
				sel[p] = true;
			}
		}
		return sel;
	}

	Map<String, Why> explain(String rule, Outcome outcome) {
		boolean[] sel = mask(outcome.selected());
		Map<String, Why> why = new HashMap<>();
		switch (rule) {
			case "greedy" -> greedy(sel, false, null, why);
			case "greedy-no-skip" -> greedy(sel, true, null, why);
			case "greedy-threshold" -> greedy(sel, false, threshold(), why);
			case "phragmen", "utilitarian-optimum" -> {
				for (int p = 0; p < tally.m; p++) {
					why.put(tally.ids[p], Why.of(sel[p] ? "SELECTED" : tally.votes[p] == 0 ? "NO_SUPPORT" : "NOT_SELECTED"));
				}
			}
			default -> {
				if (outcome.pricePerSupporter().isEmpty() && !outcome.selected().isEmpty()) {
					greedy(sel, false, null, why); // the comparison step chose greedy's outcome
				}
				else {
					equalShares(outcome, sel, rule.startsWith("equalshares/add1"), why);
				}
			}
		}
		return why;
	}

	private BigDecimal threshold() {
		String t = election.meta().get("min_project_score_threshold");
		return t == null || t.isBlank() ? null : new BigDecimal(t.trim());
	}

	/** Greedy by votes (ties: PROJECTS order) as the rule ran it, with the money left at each turn. */
	private void greedy(boolean[] sel, boolean noSkip, BigDecimal threshold, Map<String, Why> why) {
		List<Integer> order = new ArrayList<>();
		for (int p = 0; p < tally.m; p++) {
			order.add(p);
		}
		order.sort(Comparator.comparingLong((Integer p) -> -tally.votes[p]).thenComparingInt(p -> p));
		BigDecimal left = election.budget();
		String last = null;
		boolean stopped = false;
		for (int p : order) {
			BigDecimal cost = election.projects().get(p).cost();
			String id = tally.ids[p];
			if (sel[p]) {
				why.put(id, new Why("TAKEN", left, cost, last));
				left = left.subtract(cost);
				last = id;
			}
			else if (tally.votes[p] == 0) {
				why.put(id, Why.of("NO_SUPPORT"));
			}
			else if (threshold != null && BigDecimal.valueOf(tally.votes[p]).compareTo(threshold) < 0) {
				why.put(id, new Why("BELOW_THRESHOLD", null, threshold, null));
			}
			else if (stopped) {
				why.put(id, Why.of("NOT_REACHED"));
			}
			else {
				why.put(id, new Why("TOO_LITTLE", left, cost, last));
				stopped = noSkip;
			}
		}
	}

	/*
	 * Equal Shares: replays the payments (each supporter pays at most the price per supporter, or what they have
	 * left) in the order the rule bought the projects, which is by rising price, and adds up what each unselected
	 * project's supporters had left at the end. When the perf branch's Outcome.selectionOrder() and
	 * Outcome.supportersMoneyLeft() are merged, take the order and the money left from the outcome instead.
	 */
	private void equalShares(Outcome outcome, boolean[] sel, boolean integerCosts, Map<String, Why> why) {
		Map<String, Rational> price = outcome.pricePerSupporter();
		Rational endowment = outcome.endowment() == null ? Rational.ZERO : outcome.endowment();
		List<Rational> classValue = new ArrayList<>(List.of(endowment));
		Map<Rational, Integer> classOf = new HashMap<>(Map.of(endowment, 0));
		int[] voterClass = new int[tally.n];
		List<Integer> bought = new ArrayList<>();
		for (int p = 0; p < tally.m; p++) {
			if (sel[p] && price.containsKey(tally.ids[p])) {
				bought.add(p);
			}
		}
		bought.sort(Comparator.comparing((Integer p) -> price.get(tally.ids[p])).thenComparingInt(p -> p));
		for (int p : bought) {
			Rational q = price.get(tally.ids[p]);
			Map<Long, Integer> next = new HashMap<>();
			for (int k = 0; k < tally.supporters[p].length; k++) {
				int v = tally.supporters[p][k];
				int u = tally.utilities[p][k];
				int c = voterClass[v];
				voterClass[v] = next.computeIfAbsent(((long) c << 32) | u, key -> {
					Rational b = classValue.get(c);
					Rational after = b.subtract(b.min(q.multiply(u)));
					return classOf.computeIfAbsent(after, value -> {
						classValue.add(value);
						return classValue.size() - 1;
					});
				});
			}
			why.put(tally.ids[p], new Why("BOUGHT", money(q), election.projects().get(p).cost(), null));
		}
		BigDecimal unspent = election.budget();
		for (int p : bought) {
			unspent = unspent.subtract(election.projects().get(p).cost());
		}
		for (int p = 0; p < tally.m; p++) {
			String id = tally.ids[p];
			if (why.containsKey(id)) {
				continue;
			}
			BigDecimal cost = election.projects().get(p).cost();
			if (sel[p]) {
				why.put(id, new Why("COMPLETION", unspent, cost, null));
			}
			else if (tally.votes[p] == 0) {
				why.put(id, Why.of("NO_SUPPORT"));
			}
			else {
				Map<Integer, Long> counts = new HashMap<>();
				for (int v : tally.supporters[p]) {
					counts.merge(voterClass[v], 1L, Long::sum);
				}
				Rational left = Rational.ZERO;
				for (Map.Entry<Integer, Long> e : counts.entrySet()) {
					left = left.add(classValue.get(e.getKey()).multiply(e.getValue()));
				}
				BigDecimal shown = integerCosts ? new BigDecimal(cost.toBigInteger()) : cost;
				why.put(id, new Why("SHORT", money(left).min(shown), cost, null));
			}
		}
	}

	private static BigDecimal money(Rational value) {
		return value.toBigDecimal(8).setScale(2, RoundingMode.DOWN);
	}
}
