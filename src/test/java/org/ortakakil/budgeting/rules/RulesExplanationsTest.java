package org.ortakakil.budgeting.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ortakakil.budgeting.rules.RulesTest.approval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ortakakil.budgeting.model.Election;

/** The order of selection, the money supporters had left, progress and lot orders, on hand-computed elections. */
class RulesExplanationsTest {

	/**
	 * n=4, B=44, E=11. P1 (24; v1,v2,v3) at q=8: budgets 3,3,3,11. P2 (12; v1,v4): v1 pays its 3, v4 the cap 9:
	 * budgets 0,3,3,2. P3 (5; v2): v2 has 3 left, not enough. Order P1, P2; P3's supporters had 3 left.
	 */
	@Test
	void equalSharesGivesTheOrderOfPurchaseAndWhatTheSupportersOfTheOthersHadLeft() {
		Election e = approval("44", "P1:24 P2:12 P3:5", "P1,P2", "P1,P3", "P1", "P2");
		Outcome o = Rules.compute(e, "equalshares", 1);
		assertThat(o.selectionOrder()).containsExactly("P1", "P2");
		assertThat(o.supportersMoneyLeft()).containsExactly(Map.entry("P3", Rational.of(3)));
	}

	/**
	 * X (2; v1) and Y (6; v1,v2,v3), B=9, n=3. E=3: Y first (3 votes, 2 each), then v1 has 1 for X: only Y, and
	 * X's supporter had 1 left. Add1, E=4: Y (2 each), then X with v1's 2: both (8), bought Y then X though
	 * PROJECTS lists X first; nothing is left unselected. Greedy: Y (3 votes) then X.
	 */
	@Test
	void theOrderOfSelectionIsTheRulesNotThePROJECTSOrder() {
		Election e = approval("9", "X:2 Y:6", "X,Y", "Y", "Y");
		Outcome mes = Rules.compute(e, "equalshares", 1);
		assertThat(mes.selected()).containsExactly("Y");
		assertThat(mes.supportersMoneyLeft()).containsExactly(Map.entry("X", Rational.of(1)));
		assertThat(mes.pricePerSupporter()).containsExactly(Map.entry("Y", Rational.of(2)));
		Outcome add1 = Rules.compute(e, "equalshares/add1", 1);
		assertThat(add1.selected()).containsExactly("X", "Y");
		assertThat(add1.selectionOrder()).containsExactly("Y", "X");
		assertThat(add1.supportersMoneyLeft()).isEmpty();
		assertThat(add1.endowment()).isEqualTo(Rational.of(4));
		Outcome greedy = Rules.compute(e, "greedy", 1);
		assertThat(greedy.selected()).containsExactly("X", "Y");
		assertThat(greedy.selectionOrder()).containsExactly("Y", "X");
		assertThat(greedy.supportersMoneyLeft()).isEmpty();
	}

	/** Phragmén (see RulesTest): A1 at t=0.5, then B at t=1; the utilitarian completion adds after Equal Shares. */
	@Test
	void phragmenAndCompletionGiveTheirOrder() {
		Election e = approval("2.2", "A1:1 A2:1.2 B:1", "A1,A2", "A1,A2", "B");
		assertThat(Rules.compute(e, "phragmen", 1).selectionOrder()).containsExactly("A1", "B");
		// E=5: A (6, both) at 3 each, C and B (3) unaffordable... see RulesTest: add1 gives {A}, completion adds C
		Election u = approval("10", "A:6 B:5 C:3", "A,B", "A,C");
		Outcome o = Rules.compute(u, "equalshares/add1-utilitarian", 100);
		assertThat(o.selectionOrder()).containsExactly("A", "C");
		assertThat(o.supportersMoneyLeft()).containsOnlyKeys("B");
	}

	@Test
	void theOldConstructorsFillEmptyExplanations() {
		Outcome o = new Outcome(List.of("A", "B"), java.math.BigDecimal.TEN);
		assertThat(o.selectionOrder()).containsExactly("A", "B");
		assertThat(o.supportersMoneyLeft()).isEmpty();
		Outcome six = new Outcome(List.of("A"), java.math.BigDecimal.ONE, Map.of(), null, 0, "");
		assertThat(six.selectionOrder()).containsExactly("A");
		assertThat(six.supportersMoneyLeft()).isEmpty();
	}

	@Test
	void progressNeverGoesBackAndEndsAtOne() {
		Election w = PabulibTestFiles.load("Poland_Wieliczka_2023_Green_Budget.pb");
		for (String rule : List.of("equalshares/add1", "equalshares/add1-comparison", "greedy", "phragmen")) {
			List<Double> reports = new ArrayList<>();
			Rules.compute(w, rule, 1, reports::add, List.of());
			assertThat(reports).as(rule).isNotEmpty().isSorted().allMatch(d -> d >= 0 && d <= 1);
			assertThat(reports.get(reports.size() - 1)).as(rule).isEqualTo(1.0);
			assertThat(reports.subList(0, reports.size() - 1)).as(rule).allMatch(d -> d < 1);
		}
		List<Double> add1 = new ArrayList<>();
		Rules.compute(w, "equalshares/add1", 1, add1::add, List.of());
		assertThat(add1).as("Add1 reports as it goes, not only at the end").hasSizeGreaterThan(5);
	}

	/** Two projects of equal cost and support, room for one: a real tie in all three rules. */
	@Test
	void aLotOrderBreaksARealTieInEqualSharesPhragmenAndTheKnapsackOptimum() {
		// Equal Shares: E=2.5, A or B at 2 each, then 1 is left for the other
		Election mes = approval("5", "A:4 B:4", "A,B", "A,B");
		// Phragmén: both at t=2, the second no longer fits
		Election phragmen = approval("4", "A:4 B:4", "A,B", "A,B");
		// knapsack: {A} and {B} both have 2 votes and cost 4
		Election knapsack = approval("4", "A:4 B:4", "A,B", "A,B");
		Map<String, Election> cases = Map.of("equalshares", mes, "equalshares/add1", mes, "phragmen", phragmen,
				"utilitarian-optimum", knapsack);
		cases.forEach((rule, e) -> {
			assertThatThrownBy(() -> Rules.compute(e, rule, 1)).as(rule).isInstanceOf(UnresolvableTie.class)
				.satisfies(t -> assertThat(((UnresolvableTie) t).projectIds()).containsExactlyInAnyOrder("A", "B"));
			assertThat(Rules.compute(e, rule, 1, Progress.NONE, List.of("B", "A")).selected()).as(rule)
				.containsExactly("B");
			assertThat(Rules.compute(e, rule, 1, Progress.NONE, List.of("A", "B")).selected()).as(rule)
				.containsExactly("A");
		});
	}

	/** The knapsack with a huge budget (meet in the middle) breaks its ties by the lot order too. */
	@Test
	void theMeetInTheMiddleKnapsackUsesTheLotOrder() {
		Election e = approval("1000000000", "A:600000001 B:600000001 C:399999999", "A,B,C", "A,B,C");
		// {A,C} and {B,C}: 4 votes, cost 1,000,000,000 each
		assertThatThrownBy(() -> Rules.compute(e, "utilitarian-optimum", 1)).isInstanceOf(UnresolvableTie.class)
			.satisfies(t -> assertThat(((UnresolvableTie) t).projectIds()).containsExactlyInAnyOrder("A", "B"));
		assertThat(Rules.compute(e, "utilitarian-optimum", 1, Progress.NONE, List.of("B", "A")).selected())
			.containsExactly("B", "C");
		assertThat(Rules.compute(e, "utilitarian-optimum", 1, Progress.NONE, List.of("A", "B")).selected())
			.containsExactly("A", "C");
	}
}
