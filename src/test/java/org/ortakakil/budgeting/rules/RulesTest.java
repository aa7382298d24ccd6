package org.ortakakil.budgeting.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ortakakil.budgeting.model.Ballot;
import org.ortakakil.budgeting.model.Election;
import org.ortakakil.budgeting.model.Project;
import org.ortakakil.budgeting.model.VoteType;

/** Small elections whose outcome under each rule is worked out by hand in the comments. */
class RulesTest {

	/** projects "id:cost", ballots "a,b" (approval) or "a:3,b:1" (cumulative). */
	static Election election(String budget, VoteType type, String projects, String... ballots) {
		List<Project> ps = new ArrayList<>();
		for (String p : projects.split(" ")) {
			String[] kv = p.split(":");
			ps.add(new Project(kv[0], new BigDecimal(kv[1]), ps.size(), Map.of()));
		}
		List<Ballot> bs = new ArrayList<>();
		for (String b : ballots) {
			List<String> ids = new ArrayList<>();
			List<Integer> points = new ArrayList<>();
			for (String item : b.isEmpty() ? new String[0] : b.split(",")) {
				String[] kv = item.split(":");
				ids.add(kv[0]);
				if (kv.length > 1) {
					points.add(Integer.parseInt(kv[1]));
				}
			}
			bs.add(new Ballot("v" + (bs.size() + 1), ids, points, Map.of()));
		}
		return new Election(new BigDecimal(budget), type, ps, bs, new HashMap<>(Map.of("rule", "greedy")));
	}

	static Election approval(String budget, String projects, String... ballots) {
		return election(budget, VoteType.APPROVAL, projects, ballots);
	}

	static Election withMeta(Election e, String key, String value) {
		Map<String, String> meta = new HashMap<>(e.meta());
		meta.put(key, value);
		return new Election(e.budget(), e.voteType(), e.projects(), e.ballots(), meta);
	}

	// votes A 3, B 2, C 1; budget 10
	private final Election greedyCase = approval("10", "A:6 B:5 C:4", "A,B,C", "A,B", "A");

	@Test
	void greedySkipsWhatNoLongerFits() {
		// A (6, 4 left), B (5) does not fit and is skipped, C (4) fits
		Outcome o = Rules.compute(greedyCase, "greedy", 1);
		assertThat(o.selected()).containsExactly("A", "C");
		assertThat(o.cost()).isEqualByComparingTo("10");
	}

	@Test
	void greedyNoSkipStopsAtTheFirstThatDoesNotFit() {
		assertThat(Rules.compute(greedyCase, "greedy-no-skip", 1).selected()).containsExactly("A");
	}

	@Test
	void greedyThresholdOnlyConsidersProjectsWithEnoughVotes() {
		// C has 1 vote < 2: not eligible; B does not fit
		Election e = withMeta(greedyCase, "min_project_score_threshold", "2");
		assertThat(Rules.compute(e, "greedy-threshold", 1).selected()).containsExactly("A");
		Election low = withMeta(greedyCase, "min_project_score_threshold", "1");
		assertThat(Rules.compute(low, "greedy-threshold", 1).selected()).containsExactly("A", "C");
		assertThatThrownBy(() -> Rules.compute(greedyCase, "greedy-threshold", 1))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min_project_score_threshold");
	}

	@Test
	void greedyBreaksTiesInVotesByProjectsRowOrder() {
		Election e = approval("5", "X:5 Y:5", "Y", "X");
		assertThat(Rules.compute(e, "greedy", 1).selected()).containsExactly("X");
	}

	@Test
	void nullRuleIsTheFilesRuleAndAnUnknownRuleIsRefused() {
		assertThat(Rules.compute(greedyCase, null, 1).selected()).containsExactly("A", "C");
		assertThatThrownBy(() -> Rules.compute(greedyCase, "borda", 1)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("borda");
	}

	/**
	 * n=4, B=44, E=11. P1 (24; v1,v2,v3): q=8, effective count 3, bought; budgets 3,3,3,11. P2 (12; v1,v4):
	 * v1 pays all 3, v4 pays the cap q=9 (effective count 4/3), bought. P3 (5; v2): v2 has 3 left, ran out
	 * of money: dropped although 8 is left of the budget (greedy would take it).
	 */
	@Test
	void equalSharesBuysAtACappedPriceAndDropsAProjectWhoseSupporterRanOutOfMoney() {
		Election e = approval("44", "P1:24 P2:12 P3:5", "P1,P2", "P1,P3", "P1", "P2");
		Outcome o = Rules.compute(e, "equalshares", 1);
		assertThat(o.selected()).containsExactly("P1", "P2");
		assertThat(o.cost()).isEqualByComparingTo("36");
		assertThat(o.pricePerSupporter()).containsEntry("P1", Rational.of(8)).containsEntry("P2", Rational.of(9));
		assertThat(o.endowment()).isEqualTo(Rational.of(11));
		assertThat(Rules.compute(e, "greedy", 1).selected()).containsExactly("P1", "P2", "P3");
	}

	@Test
	void equalSharesReportsAnUnresolvableTie() {
		// both: effective count 1, cost 4, 1 vote
		Election e = approval("10", "A:4 B:4", "A", "B");
		assertThatThrownBy(() -> Rules.compute(e, "equalshares", 1)).isInstanceOf(UnresolvableTie.class)
			.satisfies(t -> assertThat(((UnresolvableTie) t).projectIds()).containsExactly("A", "B"));
	}

	@Test
	void equalSharesBreaksEqualEffectiveCountsByLowerCost() {
		// E=5; A (4) and B (2), both only v1's, effective count 1: B first, then v1 has 3 < 4
		Election e = approval("10", "A:4 B:2", "A,B", "");
		assertThat(Rules.compute(e, "equalshares", 1).selected()).containsExactly("B");
	}

	/**
	 * Cumulative, n=2, B=10, E=5. A (8; v1 3 points, v2 1): α·4 = 8 would make v1 pay 6 > 5, so v1 pays all
	 * 5 and v2 pays 3·1, α=3 (effective 8/3). Then B (2; v2 2 points): α=1. Both bought.
	 */
	@Test
	void equalSharesWithCumulativeBallotsPaysInProportionToPoints() {
		Election e = election("10", VoteType.CUMULATIVE, "A:8 B:2", "A:3", "A:1,B:2");
		Outcome o = Rules.compute(e, "equalshares", 1);
		assertThat(o.selected()).containsExactly("A", "B");
		assertThat(o.pricePerSupporter()).containsEntry("A", Rational.of(3)).containsEntry("B", Rational.of(1));
	}

	/**
	 * n=2, B=10. E=5: A (6; both) at 3 each, B (3; v1) unaffordable: {A}, 6. E=6: A, then B with v1's 3: {A,B}, 9,
	 * kept. E=7: A, B, and C (4; v2) with v2's 4: 13 > 10, stop: the last kept is E=6.
	 */
	@Test
	void add1KeepsTheLastEndowmentWithinBudgetAndStopsAtTheFirstOver() {
		Election e = approval("10", "A:6 B:3 C:4", "A,B", "A,C");
		assertThat(Rules.compute(e, "equalshares", 1).selected()).containsExactly("A");
		Outcome o = Rules.compute(e, "equalshares/add1", 1);
		assertThat(o.selected()).containsExactly("A", "B");
		assertThat(o.cost()).isEqualByComparingTo("9");
		assertThat(o.endowment()).isEqualTo(Rational.of(6));
		// increment 2: E=5, then 7 is over budget
		Outcome two = Rules.compute(e, "equalshares/add1", 2);
		assertThat(two.selected()).containsExactly("A");
		assertThat(two.increment()).isEqualTo(2);
		// utilitarian completion: C (4) does not fit the 1 left
		assertThat(Rules.compute(e, "equalshares/add1-utilitarian", 1).selected()).containsExactly("A", "B");
	}

	/**
	 * n=2, B=10. With increment 100: E=5 gives {A} (6; B (5) and C (3) unaffordable), E=105 everything (14 > 10):
	 * {A}. Utilitarian completion adds by votes what fits the 4 left: B (5) does not, C (3) does.
	 */
	@Test
	void utilitarianCompletionAddsByVotesWhatStillFits() {
		Election e = approval("10", "A:6 B:5 C:3", "A,B", "A,C");
		assertThat(Rules.compute(e, "equalshares/add1", 100).selected()).containsExactly("A");
		Outcome o = Rules.compute(e, "equalshares/add1-utilitarian", 100);
		assertThat(o.selected()).containsExactly("A", "C");
		assertThat(o.cost()).isEqualByComparingTo("9");
	}

	/**
	 * n=6, B=44. At E=7 Equal Shares buys P0 (3 votes, cap 3), then P2 and P3 tie exactly (cost 11, two votes,
	 * both bought at 11/7 per supporter) and no lot was drawn; but P1 (24) is out of its supporters' reach and
	 * P0, P2 and P3 together cost 31: whichever is bought, the outcome at E=7 is within the budget and Add1
	 * goes on. The tie cannot change the result and is not reported; at E=10 Equal Shares buys P0, P1, P2.
	 */
	@Test
	void add1DoesNotReportATieThatCannotChangeItsResult() {
		String costs = "P0:9 P1:24 P2:11 P3:11";
		String[] ballots = {"P0,P3", "P1,P3", "P0,P2", "P1", "P0,P1", "P2"};
		assertThatThrownBy(() -> Rules.compute(approval("42", costs, ballots), "equalshares", 1))
			.isInstanceOfSatisfying(UnresolvableTie.class, t -> assertThat(t.projectIds()).containsExactly("P2", "P3"));
		Outcome o = Rules.compute(approval("44", costs, ballots), "equalshares/add1", 1);
		assertThat(o.selected()).containsExactly("P0", "P1", "P2");
		assertThat(o.endowment()).isEqualTo(Rational.of(10));
	}

	/**
	 * n=4, B=20. Greedy: X (3 votes, 20). MES with Add1: {Z} (Z cheaper than Y, then v4 has 1 < 5) at E=5 and 6;
	 * at E=7 X and Z cost 24 > 20. Three voters prefer greedy, one prefers MES: greedy is used.
	 */
	@Test
	void comparisonStepUsesGreedyWhenMoreVotersPreferIt() {
		Election e = approval("20", "X:20 Y:5 Z:4", "X", "X", "X", "Y,Z");
		assertThat(Rules.compute(e, "equalshares/add1", 1).selected()).containsExactly("Z");
		Outcome o = Rules.compute(e, "equalshares/add1-comparison", 1);
		assertThat(o.selected()).containsExactly("X");
		assertThat(o.note()).contains("greedy used");
		// v1,v2 prefer greedy {X}; v3, v4 prefer MES {Y,Z} (E=9; at E=10 X is bought too): a draw, MES kept
		Election even = approval("20", "X:20 Y:5 Z:4", "X", "X", "Y,Z", "Y");
		assertThat(Rules.compute(even, "equalshares/add1-comparison", 1).selected()).containsExactly("Y", "Z");
		assertThat(Rules.compute(even, "equalshares/add1-comparison", 1).note()).contains("Equal Shares used");
	}

	/**
	 * v1,v2 approve A1 (1) and A2 (1.2), v3 approves B (1); B=2.2. Phragmén: A1 at t=0.5 (loads 0.5), then B
	 * at t=1 before A2 at (1.2+1)/2=1.1; then A2 no longer fits: stop. Greedy takes A1, A2.
	 */
	@Test
	void phragmenIsProportionalWhereGreedyIsNot() {
		Election e = approval("2.2", "A1:1 A2:1.2 B:1", "A1,A2", "A1,A2", "B");
		assertThat(Rules.compute(e, "phragmen", 1).selected()).containsExactly("A1", "B");
		assertThat(Rules.compute(e, "greedy", 1).selected()).containsExactly("A1", "A2");
	}

	@Test
	void phragmenReportsATie() {
		Election e = approval("2", "A:1 B:1", "A", "B");
		assertThatThrownBy(() -> Rules.compute(e, "phragmen", 1)).isInstanceOf(UnresolvableTie.class);
	}

	@Test
	void knapsackOptimumBeatsGreedy() {
		// greedy: A (3 votes) and nothing else fits; optimum: B + C, 4 votes
		Election e = approval("10", "A:6 B:5 C:5", "A,B,C", "A,B,C", "A");
		assertThat(Rules.compute(e, "greedy", 1).selected()).containsExactly("A");
		Outcome o = Rules.compute(e, "utilitarian-optimum", 1);
		assertThat(o.selected()).containsExactly("B", "C");
		assertThat(o.cost()).isEqualByComparingTo("10");
	}

	@Test
	void knapsackOnAHugeBudgetUsesMeetInTheMiddle() {
		Election e = approval("1000000000", "A:600000001 B:500000000 C:499999999", "A,B,C", "A,B,C", "A");
		assertThat(Rules.compute(e, "utilitarian-optimum", 1).selected()).containsExactly("B", "C");
	}

	@Test
	void knapsackReportsATieAndRefusesTooLargeInstances() {
		Election tie = approval("5", "A:5 B:5", "A", "B");
		assertThatThrownBy(() -> Rules.compute(tie, "utilitarian-optimum", 1)).isInstanceOf(UnresolvableTie.class)
			.satisfies(t -> assertThat(((UnresolvableTie) t).projectIds()).containsExactlyInAnyOrder("A", "B"));
		StringBuilder ps = new StringBuilder();
		StringBuilder ballot = new StringBuilder();
		for (int i = 0; i < 45; i++) {
			ps.append(i == 0 ? "" : " ").append("P").append(i).append(":").append(100000007L + i * 7919L);
			ballot.append(i == 0 ? "" : ",").append("P").append(i);
		}
		Election big = approval("1000000000", ps.toString(), ballot.toString());
		assertThatThrownBy(() -> Rules.compute(big, "utilitarian-optimum", 1))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too large");
	}

	@Test
	void equalSharesWithoutBallotsSelectsNothing() {
		Election e = approval("10", "A:4");
		assertThat(Rules.compute(e, "equalshares/add1", 1).selected()).isEmpty();
	}

	@Test
	void cumulativeGreedyOrdersByPoints() {
		// points: A 3, B 4; budget 5 fits one of them
		Election e = election("5", VoteType.CUMULATIVE, "A:5 B:5", "A:3,B:1", "B:3");
		assertThat(Rules.compute(e, "greedy", 1).selected()).containsExactly("B");
	}

	static List<String> ids(String csv) {
		return Arrays.asList(csv.split(","));
	}
}
