package org.ortakakil.bench;

import java.util.List;

import org.ortakakil.budgeting.model.Election;
import org.ortakakil.budgeting.rules.Outcome;
import org.ortakakil.budgeting.rules.PabulibTestFilesAccess;
import org.ortakakil.budgeting.rules.Rules;

/**
 * Times the outcome rules on the real Pabulib files, Equal Shares with Add1 on Wieliczka (6,586 voters,
 * 64 projects) above all. Run: {@code mvn -o -q test-compile exec:java} is not configured, so
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.ortakakil.bench.MesBenchmark [all]}.
 */
public final class MesBenchmark {

	private MesBenchmark() {
	}

	public static void main(String[] args) {
		Election w = PabulibTestFilesAccess.load("Poland_Wieliczka_2023_Green_Budget.pb");
		for (int i = 0; i < 3; i++) {
			long t = System.nanoTime();
			Outcome o = Rules.compute(w, "equalshares/add1-comparison", 1);
			System.out.printf("Wieliczka equalshares/add1-comparison run %d: %d ms, %d projects, cost %s, endowment %s%n",
					i + 1, (System.nanoTime() - t) / 1_000_000, o.selected().size(), o.cost(), o.endowment());
		}
		if (args.length > 0 && args[0].equals("all")) {
			for (String f : List.of("Netherlands_Assen_2024.pb", "Poland_Warszawa_2019_Kamionek.pb",
					"Poland_Warszawa_2022_Rembertow.pb", "Poland_Wieliczka_2023_Green_Budget.pb")) {
				Election e = PabulibTestFilesAccess.load(f);
				for (String rule : Rules.RULES) {
					long t = System.nanoTime();
					String r;
					try {
						r = Rules.compute(e, rule, 1).selected().size() + " projects";
					}
					catch (RuntimeException ex) {
						r = ex.toString();
					}
					System.out.printf("%s %s: %d ms (%s)%n", f, rule, (System.nanoTime() - t) / 1_000_000, r);
				}
			}
		}
	}
}
