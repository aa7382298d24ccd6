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
 * Times the outcome rules: Equal Shares with Add1 on Wieliczka (6,586 voters, 64 projects) above all, cold
 * (the first call in the JVM) and warm; {@code all} adds every rule on every real file; {@code scale VOTERS
 * PROJECTS [TIMES [RULES]]} the seeded instance of docs/benchmarks.md (section Equal Shares at scale), RULES
 * comma-separated, equalshares/add1 by default; {@code synthetic VOTERS PROJECTS [INCREMENT]} the older
 * synthetic instance of the first benchmarks; {@code scale VOTERS PROJECTS profile} counters of a few
 * runs; {@code scale VOTERS PROJECTS stops} a few runs stopped early as Add1 runs them, and in full.
 * The rules need nothing but the JDK: after {@code mvn -o -q test-compile},
 * {@code java -cp target/classes:target/test-classes org.ortakakil.bench.MesBenchmark [arguments]}.
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

	/**
	 * The instance of docs/benchmarks.md, Equal Shares at scale, the same for the same arguments: budget 1,000
	 * per voter (1,000,000,000 for a million voters, a large-currency budget like Budapest's); integer
	 * project costs log-uniform between B/(5m) and 20B/m (200,000 to 20,000,000 for a thousand projects; all
	 * projects together cost about 4.3 budgets); each voter approves 1 to 8 different projects (uniformly),
	 * project floor(m·x²) for a uniform x, so popularity falls with the index (project 0 gets about 1/√m of
	 * the approvals). One java.util.Random with the given seed draws the costs, then the ballots in order.
	 */
	static Election scale(int voters, int projects, long seed) {
		java.util.Random rnd = new java.util.Random(seed);
		long budget = 1_000L * voters;
		double low = (double) budget / (5.0 * projects);
		double high = 20.0 * budget / projects;
		List<Project> ps = new java.util.ArrayList<>();
		String[] ids = new String[projects];
		for (int p = 0; p < projects; p++) {
			long cost = Math.round(low * Math.pow(high / low, rnd.nextDouble()));
			ids[p] = "p" + p;
			ps.add(new Project(ids[p], java.math.BigDecimal.valueOf(cost), p, java.util.Map.of()));
		}
		List<Ballot> bs = new java.util.ArrayList<>(voters);
		int[] chosen = new int[8];
		for (int v = 0; v < voters; v++) {
			int k = Math.min(projects, 1 + rnd.nextInt(8));
			int len = 0;
			while (len < k) {
				double x = rnd.nextDouble();
				int p = (int) (projects * x * x);
				boolean seen = false;
				for (int j = 0; j < len; j++) {
					seen |= chosen[j] == p;
				}
				if (!seen) {
					chosen[len++] = p;
				}
			}
			String[] mine = new String[k];
			for (int j = 0; j < k; j++) {
				mine[j] = ids[chosen[j]];
			}
			bs.add(new Ballot(Integer.toString(v), List.of(mine), List.of(), java.util.Map.of()));
		}
		return new Election(java.math.BigDecimal.valueOf(budget), VoteType.APPROVAL, ps, bs, java.util.Map.of());
	}

	private static void time(String what, Election e, String rule, int increment, int times) {
		for (int i = 1; i <= times; i++) {
			int[] ticks = new int[1];
			double[] last = new double[1];
			long t = System.nanoTime();
			Outcome o = Rules.compute(e, rule, increment, done -> {
				if (done < last[0]) {
					throw new IllegalStateException("progress went back");
				}
				last[0] = done;
				ticks[0]++;
			}, List.of());
			System.out.printf("%s %s run %d: %d ms, %d projects, cost %s, endowment %s, %d progress reports%n", what,
					rule, i, (System.nanoTime() - t) / 1_000_000, o.selected().size(), o.cost(), o.endowment(),
					ticks[0]);
		}
	}

	public static void main(String[] args) {
		if (args.length >= 3 && args[0].equals("scale")) {
			int voters = Integer.parseInt(args[1]);
			int projects = Integer.parseInt(args[2]);
			long t = System.nanoTime();
			Election s = scale(voters, projects, 42);
			System.out.printf("scale %d voters, %d projects: generated in %d ms%n", voters, projects,
					(System.nanoTime() - t) / 1_000_000);
			if (args.length > 4 && args[3].equals("lanes")) {
				org.ortakakil.budgeting.rules.MesProfile.lanes(s, 1800, Integer.parseInt(args[4]));
				return;
			}
			if (args.length > 3 && args[3].equals("stops")) {
				org.ortakakil.budgeting.rules.MesProfile.stops(s, new int[] {1000, 1200, 1400, 1600, 1800, 1850});
				return;
			}
			if (args.length > 3 && args[3].equals("profile")) {
				org.ortakakil.budgeting.rules.MesProfile.run(s, new int[] {1000, 1400, 1800, 1850});
				return;
			}
			int times = args.length > 3 ? Integer.parseInt(args[3]) : 1;
			List<String> rules = args.length > 4 ? List.of(args[4].split(",")) : List.of("equalshares/add1");
			for (String rule : rules) {
				time("scale " + voters + "x" + projects, s, rule, 1, times);
			}
			return;
		}
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
		time("Wieliczka", w, "equalshares/add1-comparison", 1, 1);
		time("Wieliczka", w, "equalshares/add1", 1, 5);
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
