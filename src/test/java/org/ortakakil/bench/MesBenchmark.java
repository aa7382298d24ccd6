package org.ortakakil.bench;

import java.util.List;

import org.ortakakil.budgeting.model.Ballot;
import org.ortakakil.budgeting.model.Election;
import org.ortakakil.budgeting.model.Project;
import org.ortakakil.budgeting.model.VoteType;
import org.ortakakil.budgeting.rules.Outcome;
import org.ortakakil.budgeting.rules.PabulibTestFilesAccess;
import org.ortakakil.budgeting.rules.Rules;

/**
 * Times the outcome rules on the real Pabulib files, Equal Shares with Add1 on Wieliczka (6,586 voters,
 * 64 projects) above all; {@code all} adds every rule on every real file, {@code synthetic VOTERS PROJECTS
 * [INCREMENT]} a seeded synthetic election. Run after {@code mvn -o -q test-compile} and
 * {@code mvn -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt}:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.ortakakil.bench.MesBenchmark [all]}.
 */
public final class MesBenchmark {

	private MesBenchmark() {
	}

	/** A seeded synthetic approval election: popular projects more often approved, 1–10 approvals a ballot. */
	static Election synthetic(int voters, int projects, long seed) {
		java.util.Random rnd = new java.util.Random(seed);
		List<Project> ps = new java.util.ArrayList<>();
		long total = 0;
		for (int p = 0; p < projects; p++) {
			long cost = 5_000 + rnd.nextInt(500_000);
			total += cost;
			ps.add(new Project("p" + p, java.math.BigDecimal.valueOf(cost), p, java.util.Map.of()));
		}
		List<Ballot> bs = new java.util.ArrayList<>(voters);
		for (int v = 0; v < voters; v++) {
			int k = 1 + rnd.nextInt(10);
			java.util.Set<String> ids = new java.util.LinkedHashSet<>();
			while (ids.size() < k) {
				double x = rnd.nextDouble();
				ids.add("p" + (int) (projects * x * x));
			}
			bs.add(new Ballot("v" + v, List.copyOf(ids), List.of(), java.util.Map.of()));
		}
		return new Election(java.math.BigDecimal.valueOf(total / 4), VoteType.APPROVAL, ps, bs, java.util.Map.of());
	}

	public static void main(String[] args) {
		if (args.length >= 3 && args[0].equals("synthetic")) {
			Election s = synthetic(Integer.parseInt(args[1]), Integer.parseInt(args[2]), 42);
			int inc = args.length > 3 ? Integer.parseInt(args[3]) : 1;
			for (String rule : List.of("equalshares", "equalshares/add1")) {
				long t = System.nanoTime();
				Outcome o = Rules.compute(s, rule, inc);
				System.out.printf("synthetic %s voters, %s projects, %s (increment %d): %d ms, %d projects, endowment %s%n",
						args[1], args[2], rule, inc, (System.nanoTime() - t) / 1_000_000, o.selected().size(),
						o.endowment());
			}
			return;
		}
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
