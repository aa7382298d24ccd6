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
	 * Equal Shares: a bought project shows the price per supporter at which it was bought; a project left out
	 * shows what its supporters had left together when the rule stopped (both exact, from the rule itself);
	 * projects added by completion show the money Equal Shares had left.
	 */
	private void equalShares(Outcome outcome, boolean[] sel, boolean integerCosts, Map<String, Why> why) {
		Map<String, Rational> price = outcome.pricePerSupporter();
		BigDecimal unspent = election.budget();
		for (int p = 0; p < tally.m; p++) {
			Rational q = price.get(tally.ids[p]);
			if (sel[p] && q != null) {
				BigDecimal cost = election.projects().get(p).cost();
				why.put(tally.ids[p], new Why("BOUGHT", money(q), cost, null));
				unspent = unspent.subtract(cost);
			}
		}
		for (int p = 0; p < tally.m; p++) {
			String id = tally.ids[p];
			if (why.containsKey(id)) {
				continue;
			}
			BigDecimal cost = election.projects().get(p).cost();
			Rational left = outcome.supportersMoneyLeft().get(id);
			if (sel[p]) {
				why.put(id, new Why("COMPLETION", unspent, cost, null));
			}
			else if (tally.votes[p] == 0 || left == null) {
				why.put(id, Why.of(tally.votes[p] == 0 ? "NO_SUPPORT" : "NOT_SELECTED"));
			}
			else {
				BigDecimal shown = integerCosts ? new BigDecimal(cost.toBigInteger()) : cost;
				why.put(id, new Why("SHORT", money(left).min(shown), cost, null));
			}
		}
	}

	private static BigDecimal money(Rational value) {
		return value.toBigDecimal(8).setScale(2, RoundingMode.DOWN);
	}
}
