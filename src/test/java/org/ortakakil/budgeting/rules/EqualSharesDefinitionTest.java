package org.ortakakil.budgeting.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.ortakakil.budgeting.model.Ballot;
import org.ortakakil.budgeting.model.Election;
import org.ortakakil.budgeting.model.Project;
import org.ortakakil.budgeting.model.VoteType;

/**
 * The fast Equal Shares (floating point with certified error bounds, exact replay) against the plain
 * definition of shared/data/pabulib/README.md, written here as directly as possible: one exact budget per
 * voter, every remaining project evaluated every round, supporters sorted by budget per point. Many random
 * small elections, approval and cumulative, with small costs so that ties are frequent, with and without an
 * order drawn by lot.
 */
class EqualSharesDefinitionTest {

	/** What the definition gives at one endowment: the order of purchase, prices, money left. */
	record Plain(List<String> order, Map<String, Rational> price, Map<String, Rational> left) {
	}

	/**
	 * What Add1 may answer at an endowment where a tie the lot cannot break comes when the outcome is already
	 * certain to be within the budget and not exhaustive, however the tie is broken.
	 */
	static final Plain WITHIN_BUDGET = new Plain(List.of(), Map.of(), Map.of());

	static Plain plainMes(Election e, Rational endowment, Map<String, Rational> costs, List<String> lot) {
		return plainMes(e, endowment, costs, lot, null);
	}

	/**
	 * The definition at one endowment; with a budget (Add1), a tie the lot cannot break gives WITHIN_BUDGET
	 * if by then the costs spent and those of every project its supporters can still afford come to at most
	 * the budget, and some supported project is no longer affordable.
	 */
	static Plain plainMes(Election e, Rational endowment, Map<String, Rational> costs, List<String> lot,
			BigInteger add1Budget) {
		int n = e.ballots().size();
		boolean approval = e.voteType() == VoteType.APPROVAL || e.voteType() == VoteType.ORDINAL;
		List<String> ids = e.projects().stream().map(Project::id).toList();
		Map<String, Map<Integer, Integer>> utility = new LinkedHashMap<>();
		for (String id : ids) {
			utility.put(id, new LinkedHashMap<>());
		}
		for (int v = 0; v < n; v++) {
			Ballot b = e.ballots().get(v);
			for (int k = 0; k < b.projectIds().size(); k++) {
				int u = approval || b.points().isEmpty() ? 1 : b.points().get(k);
				utility.get(b.projectIds().get(k)).merge(v, u, Integer::sum);
			}
		}
		utility.values().forEach(m -> m.values().removeIf(u -> u <= 0));
		Rational[] budget = new Rational[n];
		java.util.Arrays.fill(budget, endowment);
		List<String> remaining = new ArrayList<>(ids.stream().filter(id -> !utility.get(id).isEmpty()).toList());
		List<String> order = new ArrayList<>();
		Map<String, Rational> price = new LinkedHashMap<>();
		while (true) {
			String best = null;
			Rational bestEff = null;
			Rational bestAlpha = null;
			List<String> tied = new ArrayList<>();
			for (String p : List.copyOf(remaining)) {
				Map<Integer, Integer> s = utility.get(p);
				Rational money = Rational.ZERO;
				long weight = 0;
				for (Map.Entry<Integer, Integer> en : s.entrySet()) {
					money = money.add(budget[en.getKey()]);
					weight += en.getValue();
				}
				Rational c = costs.get(p);
				if (money.compareTo(c) < 0) {
					remaining.remove(p);
					continue;
				}
				List<Integer> sorted = new ArrayList<>(s.keySet());
				sorted.sort(Comparator.comparing(v -> budget[v].divide(s.get(v))));
				Rational rem = c;
				Rational alpha = null;
				for (int v : sorted) {
					if (budget[v].divide(s.get(v)).multiply(weight).compareTo(rem) >= 0) {
						alpha = rem.divide(weight);
						break;
					}
					rem = rem.subtract(budget[v]);
					weight -= s.get(v);
				}
				Rational eff = c.divide(alpha);
				int cmp = best == null ? 1 : eff.compareTo(bestEff);
				if (cmp == 0) {
					cmp = costs.get(best).compareTo(c);
				}
				if (cmp == 0) {
					cmp = Long.compare(votes(s), votes(utility.get(best)));
				}
				if (cmp > 0) {
					best = p;
					bestEff = eff;
					bestAlpha = alpha;
					tied.clear();
					tied.add(p);
				}
				else if (cmp == 0) {
					tied.add(p);
				}
			}
			if (best == null) {
				break;
			}
			if (tied.size() > 1) {
				if (!lot.containsAll(tied)) {
					if (add1Budget != null) {
						Rational total = Rational.ZERO;
						boolean unaffordable = false;
						for (String p : ids) {
							Rational money = Rational.ZERO;
							for (int v : utility.get(p).keySet()) {
								money = money.add(budget[v]);
							}
							if (order.contains(p) || !utility.get(p).isEmpty() && money.compareTo(costs.get(p)) >= 0) {
								total = total.add(costs.get(p));
							}
							else if (!utility.get(p).isEmpty()) {
								unaffordable = true;
							}
						}
						if (unaffordable && total.compareTo(Rational.of(add1Budget)) <= 0) {
							return WITHIN_BUDGET;
						}
					}
					throw new UnresolvableTie("plain", tied.stream().sorted(Comparator.comparing(ids::indexOf)).toList());
				}
				best = tied.stream().min(Comparator.comparing(lot::indexOf)).orElseThrow();
				bestAlpha = costs.get(best).divide(bestEff);
			}
			for (Map.Entry<Integer, Integer> en : utility.get(best).entrySet()) {
				Rational due = bestAlpha.multiply(en.getValue());
				budget[en.getKey()] = budget[en.getKey()].subtract(budget[en.getKey()].min(due));
			}
			order.add(best);
			price.put(best, bestAlpha);
			remaining.remove(best);
		}
		Map<String, Rational> left = new LinkedHashMap<>();
		for (String p : ids) {
			if (!order.contains(p) && !utility.get(p).isEmpty()) {
				Rational sum = Rational.ZERO;
				for (int v : utility.get(p).keySet()) {
					sum = sum.add(budget[v]);
				}
				left.put(p, sum);
			}
		}
		return new Plain(order, price, left);
	}

	private static long votes(Map<Integer, Integer> s) {
		return s.values().stream().mapToLong(Integer::longValue).sum();
	}

	/** Add1 by the definition: MES(B/n), then ⌊B/n⌋+inc, +2·inc, … with floored costs, until over budget. */
	static Object plainAdd1(Election e, int inc, List<String> lot) {
		Map<String, Rational> costs = new HashMap<>();
		for (Project p : e.projects()) {
			costs.put(p.id(), Rational.of(Rational.of(p.cost()).floor()));
		}
		BigInteger budget = Rational.of(e.budget()).floor();
		Rational e0 = Rational.of(budget, BigInteger.valueOf(e.ballots().size()));
		Plain kept;
		try {
			kept = plainMes(e, e0, costs, lot, budget);
		}
		catch (UnresolvableTie t) {
			return t.projectIds();
		}
		Rational keptE = e0;
		long supported = e.projects().stream()
			.filter(p -> e.ballots().stream().anyMatch(b -> positive(e, b, p.id())))
			.count();
		BigInteger en = e0.floor();
		while (kept == WITHIN_BUDGET || kept.order().size() < supported) {
			en = en.add(BigInteger.valueOf(inc));
			Plain next;
			try {
				next = plainMes(e, Rational.of(en), costs, lot, budget);
			}
			catch (UnresolvableTie t) {
				return t.projectIds();
			}
			BigInteger total = BigInteger.ZERO;
			for (String p : next.order()) {
				total = total.add(costs.get(p).floor());
			}
			if (total.compareTo(budget) > 0) {
				break;
			}
			kept = next;
			keptE = Rational.of(en);
		}
		if (kept == WITHIN_BUDGET) {
			try {
				kept = plainMes(e, keptE, costs, lot);
			}
			catch (UnresolvableTie t) {
				return t.projectIds();
			}
		}
		return Map.entry(keptE, kept);
	}

	private static boolean positive(Election e, Ballot b, String id) {
		int sum = 0;
		for (int k = 0; k < b.projectIds().size(); k++) {
			if (b.projectIds().get(k).equals(id)) {
				sum += e.voteType() == VoteType.CUMULATIVE && !b.points().isEmpty() ? b.points().get(k) : 1;
			}
		}
		return sum > 0;
	}

	static Election random(Random rnd, boolean cumulative, int maxCost) {
		int m = 1 + rnd.nextInt(7);
		int n = 1 + rnd.nextInt(rnd.nextBoolean() ? 8 : 40);
		boolean smallCosts = rnd.nextBoolean();
		List<Project> ps = new ArrayList<>();
		long total = 0;
		for (int p = 0; p < m; p++) {
			long cost = smallCosts ? 1 + rnd.nextInt(12) : 1 + rnd.nextInt(maxCost);
			total += cost;
			ps.add(new Project("P" + p, BigDecimal.valueOf(cost), p, Map.of()));
		}
		List<Ballot> bs = new ArrayList<>();
		for (int v = 0; v < n; v++) {
			List<String> ids = new ArrayList<>();
			List<Integer> points = new ArrayList<>();
			for (int p = 0; p < m; p++) {
				if (rnd.nextInt(3) == 0) {
					ids.add("P" + p);
					points.add(1 + rnd.nextInt(3));
				}
			}
			bs.add(new Ballot("v" + v, ids, cumulative ? points : List.of(), Map.of()));
		}
		long budget = Math.max(1, total * (1 + rnd.nextInt(4)) / 5) + (rnd.nextInt(3) == 0 ? rnd.nextInt(7) : 0);
		BigDecimal b = rnd.nextInt(5) == 0 ? BigDecimal.valueOf(budget).add(new BigDecimal("0.37")) : BigDecimal.valueOf(budget);
		return new Election(b, cumulative ? VoteType.CUMULATIVE : VoteType.APPROVAL, ps, bs, Map.of());
	}

	private static List<String> randomLot(Random rnd, Election e) {
		if (rnd.nextInt(3) != 0) {
			return List.of();
		}
		List<String> ids = new ArrayList<>(e.projects().stream().map(Project::id).toList());
		java.util.Collections.shuffle(ids, rnd);
		return ids.subList(0, rnd.nextInt(ids.size() + 1));
	}

	@Test
	void add1IsThePlainDefinitionOnRandomElections() {
		Random rnd = new Random(20261126);
		int ties = 0;
		int outcomes = 0;
		for (int i = 0; i < 1000; i++) {
			Election e = random(rnd, i % 2 == 1, 300);
			List<String> lot = randomLot(rnd, e);
			int inc = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(3) : 1;
			Object expected = plainAdd1(e, inc, lot);
			String what = "election " + i + " " + e + " lot " + lot + " increment " + inc;
			if (expected instanceof List<?> tied) {
				ties++;
				try {
					Rules.compute(e, "equalshares/add1", inc, Progress.NONE, lot);
					throw new AssertionError("no tie reported: " + what);
				}
				catch (UnresolvableTie t) {
					assertThat(t.projectIds()).as(what).isEqualTo(tied);
				}
				continue;
			}
			outcomes++;
			@SuppressWarnings("unchecked")
			Map.Entry<Rational, Plain> kept = (Map.Entry<Rational, Plain>) expected;
			Outcome o = Rules.compute(e, "equalshares/add1", inc, Progress.NONE, lot);
			assertThat(o.selectionOrder()).as(what).isEqualTo(kept.getValue().order());
			assertThat(o.pricePerSupporter()).as(what).isEqualTo(kept.getValue().price());
			assertThat(o.supportersMoneyLeft()).as(what).isEqualTo(kept.getValue().left());
			assertThat(o.endowment()).as(what).isEqualTo(kept.getKey());
		}
		assertThat(ties).isGreaterThan(20);
		assertThat(outcomes).isGreaterThan(700);
	}

	@Test
	void plainEqualSharesIsTheDefinitionOnRandomElections() {
		Random rnd = new Random(7);
		for (int i = 0; i < 1500; i++) {
			Election e = random(rnd, i % 2 == 0, 100_000);
			List<String> lot = randomLot(rnd, e);
			Map<String, Rational> costs = new HashMap<>();
			e.projects().forEach(p -> costs.put(p.id(), Rational.of(p.cost())));
			String what = "election " + i + " " + e + " lot " + lot;
			Plain expected;
			try {
				expected = plainMes(e, Rational.of(e.budget()).divide(e.ballots().size()), costs, lot);
			}
			catch (UnresolvableTie t) {
				try {
					Rules.compute(e, "equalshares", 1, Progress.NONE, lot);
					throw new AssertionError("no tie reported: " + what);
				}
				catch (UnresolvableTie u) {
					assertThat(u.projectIds()).as(what).isEqualTo(t.projectIds());
				}
				continue;
			}
			Outcome o = Rules.compute(e, "equalshares", 1, Progress.NONE, lot);
			assertThat(o.selectionOrder()).as(what).isEqualTo(expected.order());
			assertThat(o.pricePerSupporter()).as(what).isEqualTo(expected.price());
			assertThat(o.supportersMoneyLeft()).as(what).isEqualTo(expected.left());
		}
	}

	/**
	 * The floating-point run itself, without the exact fallback: wherever it decides, it decides as the exact
	 * algorithm; and it decides most of the time (else the test above would test the exact algorithm only).
	 */
	@Test
	void theFloatingPointRunDecidesAsTheExactOneOrNotAtAll() {
		Random rnd = new Random(99);
		int decided = 0;
		int tried = 0;
		for (int i = 0; i < 1500; i++) {
			Election e = random(rnd, i % 2 == 0, 100_000);
			Instance in = new Instance(e);
			Rational[] costs = new Rational[in.m];
			for (int p = 0; p < in.m; p++) {
				costs[p] = Rational.of(in.exactCosts[p].floor());
			}
			FastEqualShares fast = FastEqualShares.of(in, costs);
			EqualShares exact = new EqualShares(in, costs);
			FastEqualShares.Scratch scratch = fast.scratch();
			int base = Rational.of(e.budget()).floor().intValue() / Math.max(1, in.n);
			Rational[] endowments = new Rational[5];
			for (int k = 0; k < 5; k++) {
				endowments[k] = k == 0 ? Rational.of(e.budget()).divide(in.n) : Rational.of(base + k * 3L);
			}
			// the same runs side by side (sharing scans) decide exactly as alone
			FastEqualShares.Found[] together = fast.run(endowments, fast.scratch(5), -1);
			for (int k = 0; k < 5; k++) {
				Rational endowment = endowments[k];
				tried++;
				int[] order = fast.run(endowment, scratch);
				assertThat(together[k] == null ? null : together[k].order()).isEqualTo(order);
				EqualShares.Result expected;
				try {
					expected = exact.run(endowment, "test");
				}
				catch (UnresolvableTie t) {
					assertThat(order).as("a tie is never decided by the fast run").isNull();
					continue;
				}
				if (order != null) {
					decided++;
					assertThat(order).isEqualTo(expected.order());
					EqualShares.Result replay = fast.replay(endowment, order, scratch);
					assertThat(replay.price()).isEqualTo(expected.price());
					assertThat(replay.moneyLeft()).isEqualTo(expected.moneyLeft());
				}
			}
		}
		assertThat(decided).isGreaterThan(tried * 6 / 10);
	}
}
