package org.ortakakil.budgeting.rules;

import org.ortakakil.budgeting.model.Election;

/** Profiling aid: a few endowments of the scale instance, with counters (-Dmes.stats=true). */
public final class MesProfile {

	private MesProfile() {
	}

	public static void lanes(Election e, int from, int lanes) {
		Instance in = new Instance(e);
		FastEqualShares fast = FastEqualShares.of(in, in.exactCosts);
		FastEqualShares.Scratch s = fast.scratch(lanes);
		Rational[] es = new Rational[lanes];
		for (int l = 0; l < lanes; l++) {
			es[l] = Rational.of(from + l);
		}
		for (int rep = 0; rep < 3; rep++) {
			java.util.Arrays.fill(FastEqualShares.STAT, 0);
			java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
			long cpu = mx.getCurrentThreadCpuTime();
			fast.run(es, s, -1);
			System.out.printf("%d lanes from E=%d: cpu %d ms, stats %s%n", lanes, from,
					(mx.getCurrentThreadCpuTime() - cpu) / 1_000_000, java.util.Arrays.toString(FastEqualShares.STAT));
		}
	}

	/** One run per endowment stopped early under the budget (as Add1 runs them), then in full: CPU time and reads. */
	public static void stops(Election e, int[] endowments) {
		Instance in = new Instance(e);
		FastEqualShares fast = FastEqualShares.of(in, in.exactCosts);
		FastEqualShares.Scratch s = fast.scratch();
		long budget = in.budget.floor().longValueExact();
		java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
		for (int en : endowments) {
			java.util.Arrays.fill(FastEqualShares.STAT, 0);
			long cpu = mx.getCurrentThreadCpuTime();
			FastEqualShares.Found found = fast.run(new Rational[] {Rational.of(en)}, s, budget)[0];
			long early = mx.getCurrentThreadCpuTime() - cpu;
			long earlyReads = FastEqualShares.STAT[1];
			java.util.Arrays.fill(FastEqualShares.STAT, 0);
			cpu = mx.getCurrentThreadCpuTime();
			int[] full = fast.run(Rational.of(en), s);
			System.out.printf("E=%d: %s after %d ms (spent %d, %d supporters read); in full %d ms, %d bought, %d read%n",
					en, found.order() == null ? "stopped" : "ran to the end", early / 1_000_000, found.cost(), earlyReads,
					(mx.getCurrentThreadCpuTime() - cpu) / 1_000_000, full.length, FastEqualShares.STAT[1]);
		}
	}

	public static void run(Election e, int[] endowments) {
		Instance in = new Instance(e);
		Rational[] costs = in.exactCosts;
		FastEqualShares fast = FastEqualShares.of(in, costs);
		FastEqualShares.Scratch s = fast.scratch();
		for (int en : endowments) {
			for (int rep = 0; rep < 2; rep++) {
			java.util.Arrays.fill(FastEqualShares.STAT, 0);
			java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
			long cpu = mx.getCurrentThreadCpuTime();
			long t = System.nanoTime();
			int[] order = fast.run(Rational.of(en), s);
			System.out.printf("E=%d: %d ms (cpu %d ms), %d bought, stats %s%n", en, (System.nanoTime() - t) / 1_000_000,
					(mx.getCurrentThreadCpuTime() - cpu) / 1_000_000,
					order == null ? -1 : order.length, java.util.Arrays.toString(FastEqualShares.STAT));
			}
		}
	}
}
