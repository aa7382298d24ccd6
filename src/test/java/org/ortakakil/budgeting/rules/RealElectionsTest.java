package org.ortakakil.budgeting.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ortakakil.budgeting.model.Election;

/** The four real Pabulib votes: each city's rule, run on the ballots, gives the city's real selection. */
class RealElectionsTest {

	private static List<String> list(String csv) {
		return List.of(csv.split(","));
	}

	private static List<String> citySelection(Election e) {
		return e.projects().stream().filter(p -> "1".equals(p.fields().get("selected"))).map(p -> p.id()).toList();
	}

	@Test
	void assenWithEqualSharesAdd1() {
		Election e = PabulibTestFiles.load("Netherlands_Assen_2024.pb");
		Outcome o = Rules.compute(e, null, 1);
		assertThat(e.meta().get("rule")).isEqualTo("equalshares/add1");
		assertThat(sorted(o.selected())).isEqualTo(sorted(list("2,3,5,6,9,11,12,13,14")));
		assertThat(o.selected()).isEqualTo(citySelection(e));
	}

	@Test
	void kamionekWithGreedy() {
		Election e = PabulibTestFiles.load("Poland_Warszawa_2019_Kamionek.pb");
		Outcome o = Rules.compute(e, "greedy", 1);
		assertThat(sorted(o.selected())).isEqualTo(sorted(list("442,602,664,667,1029,2246")));
		assertThat(o.selected()).isEqualTo(citySelection(e));
		assertThat(o.cost()).isEqualByComparingTo(new BigDecimal("289700"));
	}

	@Test
	void rembertowWithGreedy() {
		Election e = PabulibTestFiles.load("Poland_Warszawa_2022_Rembertow.pb");
		Outcome o = Rules.compute(e, null, 1);
		assertThat(sorted(o.selected()))
			.isEqualTo(sorted(list("127,129,131,358,783,817,875,1191,1266,1291,1350,2107")));
		assertThat(o.selected()).isEqualTo(citySelection(e));
	}

	@Test
	void wieliczkaWithEqualSharesAdd1Comparison() {
		Election e = PabulibTestFiles.load("Poland_Wieliczka_2023_Green_Budget.pb");
		Outcome o = Rules.compute(e, null, 1);
		assertThat(sorted(o.selected())).isEqualTo(sorted(list(
				"6,7,9,17,19,20,24,25,26,29,32,33,34,36,39,40,41,42,43,46,56,58,60,61,62,69,70,71,74,88")));
		assertThat(o.selected()).isEqualTo(citySelection(e));
		assertThat(o.cost()).isEqualByComparingTo(new BigDecimal("995079"));
		assertThat(o.endowment()).isEqualTo(Rational.of(315));
	}

	@Test
	void wieliczkaAdd1IsNotMonotoneAndStopsAtTheFirstEndowmentOverBudget() {
		Election e = PabulibTestFiles.load("Poland_Wieliczka_2023_Green_Budget.pb");
		Outcome o = Rules.compute(e, "equalshares/add1", 1);
		assertThat(o.selected()).hasSize(30);
		assertThat(o.cost()).isEqualByComparingTo(new BigDecimal("995079"));
		assertThat(o.increment()).isEqualTo(1);
	}

	/** README: endowments 302–305 give 31 projects (984,579), 306–315 give 30 (995,079), 316 is over budget. */
	@Test
	void wieliczkaOutcomeByEndowmentIsAsTheReadmeSays() {
		Instance in = new Instance(PabulibTestFiles.load("Poland_Wieliczka_2023_Green_Budget.pb"));
		Rational[] costs = new Rational[in.m];
		for (int p = 0; p < in.m; p++) {
			costs[p] = Rational.of(in.exactCosts[p].floor());
		}
		EqualShares mes = new EqualShares(in, costs);
		for (int e : new int[] {302, 305, 306, 315, 316}) {
			boolean[] sel = mes.run(Rational.of(e), "test").selected();
			BigDecimal cost = in.cost(sel);
			if (e <= 305) {
				assertThat(in.ids(sel)).as("E=" + e).hasSize(31);
				assertThat(cost).as("E=" + e).isEqualByComparingTo("984579");
			}
			else if (e <= 315) {
				assertThat(in.ids(sel)).as("E=" + e).hasSize(30);
				assertThat(cost).as("E=" + e).isEqualByComparingTo("995079");
			}
			else {
				assertThat(cost).as("E=" + e).isGreaterThan(new BigDecimal("1000000"));
			}
		}
	}

	@Test
	void everyRuleRunsOnEveryRealFile() {
		for (String f : List.of("Netherlands_Assen_2024.pb", "Poland_Warszawa_2019_Kamionek.pb",
				"Poland_Warszawa_2022_Rembertow.pb", "Poland_Wieliczka_2023_Green_Budget.pb")) {
			Election e = PabulibTestFiles.load(f);
			for (String rule : Rules.RULES) {
				if (rule.equals("greedy-threshold")) {
					continue;
				}
				try {
					Outcome o = Rules.compute(e, rule, 1);
					assertThat(o.cost()).as(f + " " + rule).isLessThanOrEqualTo(e.budget());
				}
				catch (UnresolvableTie tie) {
					assertThat(tie.projectIds()).as(f + " " + rule).hasSizeGreaterThan(1);
				}
			}
		}
	}

	private static List<String> sorted(List<String> ids) {
		return ids.stream().sorted().toList();
	}
}
