package org.ortakakil.budgeting.rules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Equal Shares at one endowment in floating point, with a proven bound on the error of every value, for
 * integer costs. Each voter's budget is a double together with an upper bound on its distance from the
 * exact rational budget; the cap of a project is found in floating point and then certified by evaluating
 * the exact payment function's bounds on both sides of it; projects are compared by their effective vote
 * counts as intervals (or exactly, when nobody has to pay all they hold: the count is then the project's
 * votes). Every decision the definition makes (affordable or not, which project is best, who pays all) is
 * taken only when it is certain; when one is too close to call (a tie, or values closer than the error
 * bounds), {@link #run} answers null and the caller runs the exact algorithm for that endowment, so the
 * outcome is always that of the definition. The lazy order of candidates is that of the exact algorithm.
 */
final class FastEqualShares {

	/** The unit roundoff of double arithmetic. */
	private static final double U = 0x1.0p-53;

	private static final double EXACT_LIMIT = 0x1.0p52;

	/** Profiling only (-Dmes.stats=true, one run at a time): counters, off and compiled away otherwise. */
	static final boolean STATS = Boolean.getBoolean("mes.stats");
	/**
	 * Evaluations, supporters read, iterations of the cap search, caps where someone pays all, supporters
	 * collected, certifications, second collections, then nanoseconds evaluating, finding caps, paying.
	 */
	static final long[] STAT = new long[10];

	private final Instance in;
	private final double[] cost;
	private final long[] weight;
	private final int maxSupporters;
	/** supporters[p]: p's supporters, renumbered for locality, ascending; utilities alike (null: approval). */
	private final int[][] supporters;
	private final int[][] utilities;
	/** original[v]: the voter of the instance that number v stands for. */
	private final int[] original;
	/** Projects up to which voters in common are counted (a table of m² counts). */
	static final int MAX_PAIRS = 3000;
	/** common[q·m + p]: how many voters support both q and p (null above MAX_PAIRS projects). */
	private final int[] common;

	private FastEqualShares(Instance in, double[] cost, long[] weight, int maxSupporters) {
		this.in = in;
		this.cost = cost;
		this.weight = weight;
		this.maxSupporters = maxSupporters;
		this.original = localityOrder(in);
		this.supporters = new int[in.m][];
		this.utilities = in.utilities == null ? null : new int[in.m][];
		for (int p = 0; p < in.m; p++) {
			supporters[p] = new int[in.supporters[p].length];
			if (utilities != null) {
				utilities[p] = new int[in.supporters[p].length];
			}
		}
		int[] fill = new int[in.m];
		this.common = in.m <= MAX_PAIRS ? new int[in.m * in.m] : null;
		for (int v = 0; v < in.n; v++) {
			int[] mine = in.ballots[original[v]];
			if (common != null) {
				for (int q : mine) {
					for (int p : mine) {
						common[q * in.m + p]++;
					}
				}
			}
			for (int x = 0; x < mine.length; x++) {
				int p = mine[x];
				if (utilities != null) {
					utilities[p][fill[p]] = in.ballotPoints[original[v]][x];
				}
				supporters[p][fill[p]++] = v;
			}
		}
	}

	/**
	 * Voters renumbered by their ballots (the projects in index order, compared as words), so that the
	 * supporters of a project, popular ones above all, lie close together in memory.
	 */
	private static int[] localityOrder(Instance in) {
		int projectBits = 64 - Long.numberOfLeadingZeros(in.m);
		int voterBits = 64 - Long.numberOfLeadingZeros(Math.max(1, in.n - 1));
		int slots = (63 - voterBits) / Math.max(1, projectBits);
		int[] order = new int[in.n];
		if (slots == 0) {
			for (int v = 0; v < in.n; v++) {
				order[v] = v;
			}
			return order;
		}
		long[] keys = new long[in.n];
		for (int v = 0; v < in.n; v++) {
			int[] mine = in.ballots[v].clone();
			Arrays.sort(mine);
			long key = 0;
			for (int t = 0; t < slots; t++) {
				key = key << projectBits | (t < mine.length ? mine[t] : in.m);
			}
			keys[v] = key << voterBits | v;
		}
		Arrays.parallelSort(keys);
		long mask = (1L << voterBits) - 1;
		for (int v = 0; v < in.n; v++) {
			order[v] = (int) (keys[v] & mask);
		}
		return order;
	}

	/** The fast path for these costs, or null when a cost is not a positive integer below 2^52. */
	static FastEqualShares of(Instance in, Rational[] costs) {
		double[] c = new double[in.m];
		long[] w = new long[in.m];
		int max = 0;
		for (int p = 0; p < in.m; p++) {
			Rational x = costs[p];
			if (x.signum() <= 0 || !x.denominator().equals(BigInteger.ONE) || x.numerator().bitLength() > 51) {
				return null;
			}
			c[p] = x.numerator().longValueExact();
			w[p] = in.votes[p];
			if (w[p] >= EXACT_LIMIT) {
				return null;
			}
			max = Math.max(max, in.supporters[p].length);
		}
		return new FastEqualShares(in, c, w, max);
	}

	/** Working memory for one run at a time: budgets and their error bounds (interleaved), the poorer supporters. */
	Scratch scratch() {
		return new Scratch(1);
	}

	/** Working memory for {@code lanes} runs side by side (each voter's budgets of all lanes together). */
	Scratch scratch(int lanes) {
		return new Scratch(lanes);
	}

	final class Scratch {
		final int lanes;
		final double[] state;
		final Collected[] collected;

		Scratch(int lanes) {
			this.lanes = lanes;
			this.state = new double[2 * in.n * lanes];
			this.collected = new Collected[lanes];
			for (int l = 0; l < lanes; l++) {
				collected[l] = new Collected();
			}
		}
	}

	/** One lane's supporters collected by a scan. */
	final class Collected {
		double[] r = new double[64];
		double[] b = new double[64];
		double[] e = new double[64];
		int[] u = new int[64];

		void ensure(int size) {
			if (r.length < size) {
				int len = Math.min(Math.max(size, r.length * 2), Math.max(size, maxSupporters));
				r = Arrays.copyOf(r, len);
				b = Arrays.copyOf(b, len);
				e = Arrays.copyOf(e, len);
				u = Arrays.copyOf(u, len);
			}
		}
	}

	// results of evaluate()
	private static final int DROP = 0;
	private static final int AFFORD = 1;
	private static final int UNSURE = 2;

	/** One run's state besides the budgets: one lane of a scratch. */
	private final class Run {
		final Collected s;
		final double[] st;
		/** The budget of voter v in this lane is st[stride·v + offset], its error bound the next value. */
		final int stride;
		final int offset;
		double money;
		final double[] effLo = new double[in.m];
		final double[] effHi = new double[in.m];
		final boolean[] effExact = new boolean[in.m];
		final double[] alpha = new double[in.m];
		final double[] alphaR = new double[in.m];
		final double[] alphaLo = new double[in.m];
		/**
		 * An upper bound of the exact money of each project's supporters: what its last scan found, less
		 * what every purchase since certainly took from them (the supporters in common who certainly paid the
		 * cap, not all they held, paid at least its lower bound). Whether a project is still affordable is
		 * often known without reading its supporters.
		 */
		final double[] moneyUp = new double[in.m];

		Run(Scratch scratch, int lane, Rational endowment) {
			this.s = scratch.collected[lane];
			this.st = scratch.state;
			this.stride = 2 * scratch.lanes;
			this.offset = 2 * lane;
			double e0 = endowment.doubleValue();
			double err0 = endowment.denominator().equals(BigInteger.ONE) && Math.abs(e0) < EXACT_LIMIT ? 0
					: Math.abs(e0) * 8 * U;
			for (int v = 0; v < in.n; v++) {
				st[stride * v + offset] = e0;
				st[stride * v + offset + 1] = err0;
			}
			maxError = err0;
			for (int p = 0; p < in.m; p++) {
				moneyUp[p] = in.supporters[p].length * (e0 + err0) * (1 + 4 * U);
			}
		}

		/**
		 * Whether p's supporters certainly hold less than its cost: their money is at most the kept sum, its
		 * rounding errors and every supporter's error bound (then p can never be bought: budgets only shrink).
		 */
		boolean certainlyUnaffordable(int p) {
			return moneyUp[p] < cost[p];
		}

		// the supporters collected by the last scan (those with b/u under the threshold) and their totals
		private int count;
		/** An upper bound of every budget's error. */
		double maxError;
		private double collectedErr;
		private double collectedMoney;
		private long collectedW;
		private double minSure;

		/** Decides whether p is affordable and, if so, its cap as a certified interval. */
		int evaluate(int p) {
			long t00 = STATS ? System.nanoTime() : 0;
			try {
				money = collect(supporters[p], utilities == null ? null : utilities[p], threshold(p));
				return decide(p);
			}
			finally {
				if (STATS) {
					STAT[7] += System.nanoTime() - t00;
				}
			}
		}

		/** Under which b/u supporters are collected: the cap only grows, its last certified lower bound stays one. */
		double threshold(int p) {
			return 1.3 * Math.max(cost[p] / weight[p], alphaLo[p]);
		}

		/** Decides, from the scan just made (money and the collected supporters), p's affordability and cap. */
		int decide(int p) {
			int[] sup = supporters[p];
			if (STATS) {
				STAT[0]++;
				STAT[1] += sup.length;
			}
			int[] uts = utilities == null ? null : utilities[p];
			int k = sup.length;
			double c = cost[p];
			long bigW = weight[p];
			double a0 = c / bigW;
			double threshold = threshold(p);
			// every budget's error is at most maxError: the money's error at most k of them, plus rounding
			double errorsUp = k * maxError * (1 + 2 * (k + 4) * U);
			double rounding = 2 * (k + 4) * U * money;
			moneyUp[p] = Math.min(moneyUp[p], (money + errorsUp + rounding) * (1 + 4 * U));
			if (money + errorsUp + rounding < c) {
				return DROP;
			}
			if (money - errorsUp - rounding < c) {
				int exact = affordableExactly(sup, c, maxError);
				if (exact != AFFORD) {
					return exact;
				}
			}
			long t0 = STATS ? System.nanoTime() : 0;
			for (int attempt = 0; attempt < 6; attempt++) {
				int result = cap(p, c, bigW, a0, threshold, maxError);
				if (STATS) {
					STAT[8] += System.nanoTime() - t0;
				}
				if (result != -1) {
					return result;
				}
				// the cap came too close to the threshold under which supporters were collected: collect more
				threshold = attempt >= 4 ? Double.POSITIVE_INFINITY : 2 * (alpha[p] + alphaR[p] + maxError);
				if (STATS) {
					STAT[6]++;
				}
				collect(sup, uts, threshold);
			}
			return UNSURE;
		}

		/**
		 * One scan of p's supporters: their money (returned), and those with b/u under the threshold collected
		 * (without branches: every supporter is written, the count advances for those under it).
		 */
		private double collect(int[] sup, int[] uts, double threshold) {
			int k = sup.length;
			s.ensure(k);
			double[] cr = s.r;
			double[] cb = s.b;
			double[] ce = s.e;
			int[] cu = s.u;
			double money0 = 0;
			double money1 = 0;
			int found = 0;
			if (uts == null) {
				int j = 0;
				for (; j + 1 < k; j += 2) {
					int v = sup[j];
					double b = st[stride * v + offset];
					cb[found] = b;
					ce[found] = st[stride * v + offset + 1];
					found += b < threshold ? 1 : 0;
					int w = sup[j + 1];
					double b1 = st[stride * w + offset];
					cb[found] = b1;
					ce[found] = st[stride * w + offset + 1];
					found += b1 < threshold ? 1 : 0;
					money0 += b;
					money1 += b1;
				}
				if (j < k) {
					int v = sup[j];
					double b = st[stride * v + offset];
					cb[found] = b;
					ce[found] = st[stride * v + offset + 1];
					found += b < threshold ? 1 : 0;
					money0 += b;
				}
			}
			else {
				for (int j = 0; j < k; j++) {
					int v = sup[j];
					double b = st[stride * v + offset];
					int u = uts[j];
					double r = b / u;
					cr[found] = r;
					cb[found] = b;
					ce[found] = st[stride * v + offset + 1];
					cu[found] = u;
					found += r < threshold ? 1 : 0;
					money0 += b;
				}
			}
			finish(found, uts == null);
			return money0 + money1;
		}

		/** The totals of the {@code found} supporters just collected. */
		void finish(int found, boolean approval) {
			double[] cr = s.r;
			double[] cb = s.b;
			double[] ce = s.e;
			int[] cu = s.u;
			count = found;
			double err = 0;
			double m = 0;
			long w = 0;
			double sure = Double.POSITIVE_INFINITY;
			for (int t = 0; t < found; t++) {
				if (approval) {
					cr[t] = cb[t];
					cu[t] = 1;
				}
				err += ce[t];
				m += cb[t];
				w += cu[t];
				double lowest = cu[t] == 1 ? cr[t] - ce[t] * (1 + 4 * U)
						: cr[t] * (1 - 2 * U) - ce[t] / cu[t] * (1 + 4 * U);
				sure = Math.min(sure, lowest);
			}
			collectedErr = err;
			collectedMoney = m;
			collectedW = w;
			minSure = sure;
		}

		// all budgets exact (no error): the money is an exact sum if they are integers
		private int affordableExactly(int[] sup, double c, double maxErr) {
			if (maxErr != 0) {
				return UNSURE;
			}
			long sum = 0;
			for (int v : sup) {
				double b = st[stride * v + offset];
				if (b != Math.rint(b) || b >= EXACT_LIMIT) {
					return UNSURE;
				}
				sum += (long) b;
				if (sum >= EXACT_LIMIT) {
					return UNSURE;
				}
			}
			return sum < (long) c ? DROP : AFFORD;
		}

		/** AFFORD or UNSURE, or -1: collect with a higher threshold. */
		private int cap(int p, double c, long bigW, double a0, double threshold, double maxErrRatio) {
			double[] cr = s.r;
			double[] cb = s.b;
			double[] ce = s.e;
			int[] cu = s.u;
			double lowestOutside = threshold * (1 - 2 * U) - maxErrRatio * (1 + 4 * U);
			// nobody pays all they hold: the cap is c/W and the effective count is W, exactly
			double a0Up = a0 * (1 + 4 * U);
			if (minSure >= a0Up && lowestOutside >= a0Up) {
				alpha[p] = a0;
				alphaR[p] = a0 * 2 * U;
				alphaLo[p] = a0 * (1 - 2 * U);
				effLo[p] = bigW;
				effHi[p] = bigW;
				effExact[p] = true;
				return AFFORD;
			}
			if (STATS) {
				STAT[3]++;
				STAT[4] += count;
			}
			// the poorer pay all, the rest α·u: from α = c/W, add to the poorer those under α until none is
			// added (α only grows); in floating point, certified below
			double a = Math.max(a0, alphaLo[p]);
			int poor = -1;
			double w = bigW;
			for (int iteration = 0; iteration < 200; iteration++) {
				if (STATS) {
					STAT[2]++;
				}
				double paid = 0;
				long pw = 0;
				int now = 0;
				for (int t = 0; t < count; t++) {
					boolean under = cr[t] < a;
					paid += under ? cb[t] : 0;
					pw += under ? cu[t] : 0;
					now += under ? 1 : 0;
				}
				w = bigW - pw;
				if (w <= 0) {
					return UNSURE;
				}
				double next = (c - paid) / w;
				if (now == poor) {
					a = next;
					break;
				}
				poor = now;
				a = Math.max(a, next);
			}
			if (a >= lowestOutside) {
				alpha[p] = a;
				alphaR[p] = 0;
				return -1;
			}
			double outsideW = bigW - collectedW;
			double magnitude = c + collectedMoney + collectedErr;
			double radius = 2 * (collectedErr + 4 * (count + 4) * U * (magnitude + a * bigW)) / w + 4 * U * a;
			for (int attempt = 0; attempt < 5; attempt++, radius *= 16) {
				double lo = a - radius;
				double hi = a + radius;
				if (hi >= lowestOutside) {
					alpha[p] = a;
					alphaR[p] = radius;
					return -1;
				}
				if (STATS) {
					STAT[5]++;
				}
				double slack = 4 * (count + 4) * U * (magnitude + hi * bigW);
				double fUpperAtLo = lo * outsideW - c;
				double fLowerAtHi = hi * outsideW - c;
				for (int j = 0; j < count; j++) {
					fUpperAtLo += Math.min(cb[j] + ce[j], lo * cu[j]);
					fLowerAtHi += Math.min(cb[j] - ce[j], hi * cu[j]);
				}
				if (fUpperAtLo < -slack && fLowerAtHi > slack) {
					alpha[p] = a;
					alphaR[p] = (radius + 2 * U * Math.abs(a)) * (1 + 4 * U);
					alphaLo[p] = lo * (1 - 2 * U);
					effLo[p] = c / hi * (1 - 4 * U);
					effHi[p] = lo > 0 ? c / lo * (1 + 4 * U) : Double.POSITIVE_INFINITY;
					effExact[p] = false;
					return AFFORD;
				}
			}
			return UNSURE;
		}

		/** +1, -1 when a is certainly better or worse than b under the tie order; 0 when not certain. */
		int compare(int a, int b) {
			if (effExact[a] && effExact[b]) {
				int c = Double.compare(effLo[a], effLo[b]);
				if (c == 0) {
					c = Double.compare(cost[b], cost[a]);
				}
				if (c == 0) {
					c = Long.compare(in.votes[a], in.votes[b]);
				}
				return Integer.signum(c);
			}
			if (effLo[a] > effHi[b]) {
				return 1;
			}
			if (effLo[b] > effHi[a]) {
				return -1;
			}
			return 0;
		}

		void pay(int p) {
			long t00 = STATS ? System.nanoTime() : 0;
			pay0(p);
			if (STATS) {
				STAT[9] += System.nanoTime() - t00;
			}
		}

		void pay0(int p) {
			int[] sup = supporters[p];
			int[] uts = utilities == null ? null : utilities[p];
			double a = alpha[p];
			double radius = alphaR[p];
			double lo = alphaLo[p];
			double hi = (a + radius) * (1 + 4 * U);
			long rich = 0;
			for (int j = 0; j < sup.length; j++) {
				int v = sup[j];
				int u = uts == null ? 1 : uts[j];
				double b = st[stride * v + offset];
				double e = st[stride * v + offset + 1];
				double after;
				if ((b + e) * (1 + 4 * U) <= lo * u) {
					// certainly pays all
					after = 0;
					st[stride * v + offset + 1] = 0;
				}
				else {
					double due = a * u;
					double left = b - due;
					after = left > 0 ? left : 0;
					double ne = (e + radius * u + 2 * U * (b + due)) * (1 + 4 * U);
					st[stride * v + offset + 1] = ne;
					if (ne > maxError) {
						maxError = ne;
					}
				}
				st[stride * v + offset] = after;
				rich += (b - e) * (1 - 4 * U) >= hi * u ? 1 : 0;
			}
			if (common != null) {
				// each supporter in common with p who certainly paid the cap paid at least lo (u ≥ 1)
				long others = sup.length - rich;
				int row = p * in.m;
				for (int q = 0; q < in.m; q++) {
					long paying = common[row + q] - others;
					if (paying > 0) {
						moneyUp[q] = (moneyUp[q] - paying * lo * (1 - 4 * U)) * (1 + 4 * U);
					}
				}
			}
		}
	}

	/**
	 * The order in which Equal Shares at {@code endowment} buys projects, or null when the floating-point
	 * run cannot decide every step with certainty (then the exact algorithm must be run).
	 */
	int[] run(Rational endowment, Scratch scratch) {
		Found found = run(new Rational[] {endowment}, scratch, -1)[0];
		return found == null ? null : found.order();
	}

	/**
	 * What a run found: the order of purchase, or (order null) that it stopped early because its outcome is
	 * certainly within the budget and leaves a project unbought; {@code cost} is the cost of the order, or
	 * what was spent when it stopped.
	 */
	record Found(int[] order, long cost) {
	}

	/**
	 * Equal Shares at several endowments side by side (at most the scratch's lanes), each run exactly as
	 * alone, but a project's supporters are scanned once for every run that evaluates it at the same step:
	 * runs at nearby endowments mostly evaluate the same projects in the same order, and a voter's budgets in
	 * all runs lie in one cache line. For each endowment what the run found, or null as above.
	 * <p>
	 * With a {@code budget} (not negative), a run stops as soon as its outcome is certain to cost at most the
	 * budget and to leave a supported project unbought, whatever it buys next: when the cost spent so far and
	 * the costs of every project still perhaps affordable come to at most the budget, and some project is
	 * certainly no longer affordable (its supporters' money only shrinks). Add1 needs no more of such a run:
	 * it goes on to the next endowment either way (and a tie later in the run could not change that).
	 */
	Found[] run(Rational[] endowments, Scratch scratch, long budget) {
		int k = endowments.length;
		Lane[] lanes = new Lane[k];
		for (int l = 0; l < k; l++) {
			lanes[l] = new Lane(new Run(scratch, l, endowments[l]), budget);
		}
		Run[] group = new Run[k];
		Lane[] members = new Lane[k];
		int[] wants = new int[k];
		while (true) {
			boolean any = false;
			for (Lane lane : lanes) {
				if (lane.active) {
					lane.startRound();
					any = true;
				}
			}
			if (!any) {
				break;
			}
			while (true) {
				int p = -1;
				for (int l = 0; l < k; l++) {
					wants[l] = lanes[l].active ? lanes[l].request() : -1;
					if (p < 0) {
						p = wants[l];
					}
				}
				if (p < 0) {
					break;
				}
				int g = 0;
				for (int l = 0; l < k; l++) {
					if (wants[l] == p) {
						members[g] = lanes[l];
						group[g++] = lanes[l].run;
					}
				}
				collectAll(p, group, g);
				for (int t = 0; t < g; t++) {
					members[t].result(p, group[t].decide(p));
				}
			}
			for (Lane lane : lanes) {
				if (lane.active) {
					lane.endRound();
				}
			}
		}
		Found[] found = new Found[k];
		for (int l = 0; l < k; l++) {
			Lane lane = lanes[l];
			found[l] = lane.failed ? null
					: new Found(lane.stopped ? null : Arrays.copyOf(lane.order, lane.bought), lane.spent);
		}
		return found;
	}

	/** One scan of p's supporters for several runs whose budgets lie side by side. */
	private void collectAll(int p, Run[] runs, int g) {
		int[] sup = supporters[p];
		if (g == 1 || utilities != null) {
			for (int t = 0; t < g; t++) {
				runs[t].money = runs[t].collect(sup, utilities == null ? null : utilities[p], runs[t].threshold(p));
			}
			return;
		}
		int k = sup.length;
		double[] threshold = new double[g];
		int[] found = new int[g];
		double[] money = new double[g];
		double[][] cb = new double[g][];
		double[][] ce = new double[g][];
		int[] offset = new int[g];
		for (int t = 0; t < g; t++) {
			runs[t].s.ensure(k);
			threshold[t] = runs[t].threshold(p);
			cb[t] = runs[t].s.b;
			ce[t] = runs[t].s.e;
			offset[t] = runs[t].offset;
		}
		double[] st = runs[0].st;
		int stride = runs[0].stride;
		for (int j = 0; j < k; j++) {
			int base = sup[j] * stride;
			for (int t = 0; t < g; t++) {
				double b = st[base + offset[t]];
				int at = found[t];
				cb[t][at] = b;
				ce[t][at] = st[base + offset[t] + 1];
				found[t] = at + (b < threshold[t] ? 1 : 0);
				money[t] += b;
			}
		}
		for (int t = 0; t < g; t++) {
			runs[t].finish(found[t], true);
			runs[t].money = money[t];
		}
	}

	/** The lazy rounds of one run, one evaluation at a time. */
	private final class Lane {
		final Run run;
		final double[] bound = new double[in.m];
		final int[] remaining = new int[in.m];
		final int[] order = new int[in.m];
		final int[] evaluated = new int[in.m];
		/** The budget under which the run may stop early (negative: never), and what it spent so far. */
		final long budget;
		long spent;
		final int supported;
		int size;
		int bought;
		boolean active = true;
		boolean failed;
		boolean stopped;
		// the round under way
		int best;
		int at;
		int kept;
		int count;
		boolean stop;

		Lane(Run run, long budget) {
			this.run = run;
			this.budget = budget;
			for (int p = 0; p < in.m; p++) {
				if (in.supporters[p].length > 0) {
					bound[p] = weight[p];
					remaining[size++] = p;
				}
			}
			this.supported = size;
			active = size > 0;
		}

		/** Whether the outcome certainly costs at most the budget and leaves a project unbought (see run). */
		boolean certainlyWithinBudget() {
			boolean unaffordable = bought + size < supported;
			long total = spent;
			for (int i = 0; i < size; i++) {
				int p = remaining[i];
				if (run.certainlyUnaffordable(p)) {
					unaffordable = true;
				}
				else {
					total += (long) cost[p];
					if (total > budget) {
						return false;
					}
				}
			}
			return unaffordable && total <= budget;
		}

		void startRound() {
			if (budget >= 0 && certainlyWithinBudget()) {
				stopped = true;
				active = false;
				return;
			}
			// by bound descending (insertion sort: only the evaluated ones moved since the last round)
			for (int i = 1; i < size; i++) {
				int x = remaining[i];
				int j = i - 1;
				while (j >= 0 && bound[remaining[j]] < bound[x]) {
					remaining[j + 1] = remaining[j];
					j--;
				}
				remaining[j + 1] = x;
			}
			best = -1;
			at = 0;
			kept = 0;
			count = 0;
			stop = false;
		}

		/** The next project to evaluate this round, or -1 when the round's evaluations are done. */
		int request() {
			while (at < size) {
				int p = remaining[at];
				if (stop || best >= 0 && bound[p] < run.effLo[best]) {
					stop = true;
					remaining[kept++] = p;
					at++;
					continue;
				}
				if (run.certainlyUnaffordable(p)) {
					// dropped without reading its supporters
					at++;
					continue;
				}
				return p;
			}
			return -1;
		}

		void result(int p, int state) {
			at++;
			if (state == UNSURE) {
				fail();
				return;
			}
			if (state == DROP) {
				return;
			}
			remaining[kept++] = p;
			bound[p] = run.effHi[p];
			evaluated[count++] = p;
			if (best < 0) {
				best = p;
				return;
			}
			int c = run.compare(p, best);
			if (c == 0) {
				fail();
			}
			else if (c > 0) {
				best = p;
			}
		}

		void fail() {
			failed = true;
			active = false;
		}

		void endRound() {
			size = kept;
			if (best < 0) {
				active = false;
				return;
			}
			for (int i = 0; i < count; i++) {
				if (evaluated[i] != best && run.compare(best, evaluated[i]) <= 0) {
					fail();
					return;
				}
			}
			run.pay(best);
			order[bought++] = best;
			spent += (long) cost[best];
			for (int i = 0; i < size; i++) {
				if (remaining[i] == best) {
					System.arraycopy(remaining, i + 1, remaining, i, size - i - 1);
					size--;
					break;
				}
			}
			active = size > 0;
		}
	}

	/**
	 * The exact prices and the money left for an order of purchase this class found at {@code endowment}.
	 * Replays the floating-point run (the same certified intervals), and settles exactly only who pays all:
	 * supporters whose budget is certainly below or above the cap need no exact value, the few near it are
	 * computed exactly. Exact values are kept as integers over one common denominator S (the endowment's
	 * denominator times the weights of the supporters who paid the cap, purchase after purchase): a voter who
	 * never paid all holds E minus the caps of the bought projects on the ballot, so every sum of budgets is
	 * a count times E·S minus counts times the caps·S, and needs no fraction arithmetic per voter.
	 */
	EqualShares.Result replay(Rational endowment, int[] order, Scratch scratch) {
		Run run = new Run(scratch, 0, endowment);
		double[] st = run.st;
		int k = order.length;
		boolean[] zero = new boolean[in.n];
		int[] boughtAt = new int[in.m];
		Arrays.fill(boughtAt, -1);
		BigInteger scale = endowment.denominator();
		BigInteger endowmentScaled = endowment.numerator();
		BigInteger[] capScaled = new BigInteger[k];
		long[] counts = new long[k];
		List<int[]> near = new ArrayList<>();
		for (int j = 0; j < k; j++) {
			int p = order[j];
			if (run.evaluate(p) != AFFORD) {
				throw new IllegalStateException("replay: project " + in.ids[p] + " not decided as in the run");
			}
			double lo = run.alphaLo[p];
			double hi = (run.alpha[p] + run.alphaR[p]) * (1 + 4 * U);
			int[] sup = supporters[p];
			int[] uts = utilities == null ? null : utilities[p];
			Arrays.fill(counts, 0, j, 0);
			long poor = 0;
			long richWeight = 0;
			near.clear();
			for (int x = 0; x < sup.length; x++) {
				int v = sup[x];
				if (zero[v]) {
					continue;
				}
				int u = uts == null ? 1 : uts[x];
				double b = st[2 * v];
				double e = st[2 * v + 1];
				if ((b + e) * (1 + 4 * U) <= lo * u) {
					poor++;
					history(v, boughtAt, counts);
					zero[v] = true;
				}
				else if ((b - e) * (1 - 4 * U) >= hi * u * (1 + 4 * U)) {
					richWeight += u;
				}
				else {
					near.add(new int[] {v, u});
				}
			}
			// rem·S: the cost minus what the certainly poorer supporters pay (all they hold)
			BigInteger rem = BigInteger.valueOf((long) cost[p]).multiply(scale)
				.subtract(endowmentScaled.multiply(BigInteger.valueOf(poor)))
				.add(dot(counts, capScaled, j));
			BigInteger[] held = new BigInteger[near.size()];
			long w = richWeight;
			for (int t = 0; t < near.size(); t++) {
				int v = near.get(t)[0];
				long[] mine = new long[j];
				history(v, boughtAt, mine);
				held[t] = endowmentScaled.subtract(dot(mine, capScaled, j));
				w += near.get(t)[1];
			}
			Integer[] byRatio = new Integer[near.size()];
			for (int t = 0; t < byRatio.length; t++) {
				byRatio[t] = t;
			}
			Arrays.sort(byRatio, (x, y) -> held[x].multiply(BigInteger.valueOf(near.get(y)[1]))
				.compareTo(held[y].multiply(BigInteger.valueOf(near.get(x)[1]))));
			for (int t : byRatio) {
				long u = near.get(t)[1];
				// the rest pay α·u if b/u·w ≥ rem
				if (held[t].multiply(BigInteger.valueOf(w)).compareTo(rem.multiply(BigInteger.valueOf(u))) >= 0) {
					break;
				}
				rem = rem.subtract(held[t]);
				w -= u;
				zero[near.get(t)[0]] = true;
			}
			if (w <= 0 || rem.signum() <= 0) {
				throw new IllegalStateException("replay: no positive cap for project " + in.ids[p]);
			}
			// α = rem / (S·w); with S' = S·w every value scaled by S becomes one scaled by S'
			BigInteger bw = BigInteger.valueOf(w);
			for (int t = 0; t < j; t++) {
				capScaled[t] = capScaled[t].multiply(bw);
			}
			capScaled[j] = rem;
			endowmentScaled = endowmentScaled.multiply(bw);
			scale = scale.multiply(bw);
			boughtAt[p] = j;
			run.pay(p);
		}
		boolean[] selected = new boolean[in.m];
		Map<String, Rational> price = new LinkedHashMap<>();
		for (int j = 0; j < k; j++) {
			selected[order[j]] = true;
			price.put(in.ids[order[j]], Rational.of(capScaled[j], scale));
		}
		Map<String, Rational> left = new LinkedHashMap<>();
		for (int p = 0; p < in.m; p++) {
			if (selected[p] || in.supporters[p].length == 0) {
				continue;
			}
			Arrays.fill(counts, 0);
			long live = 0;
			for (int v : supporters[p]) {
				if (!zero[v]) {
					live++;
					history(v, boughtAt, counts);
				}
			}
			BigInteger money = endowmentScaled.multiply(BigInteger.valueOf(live)).subtract(dot(counts, capScaled, k));
			left.put(in.ids[p], Rational.of(money, scale));
		}
		return new EqualShares.Result(selected, price, order.clone(), left);
	}

	// adds, for each project bought so far on v's ballot, v's utility for it (what v paid the cap times)
	private void history(int renumbered, int[] boughtAt, long[] counts) {
		int v = original[renumbered];
		int[] mine = in.ballots[v];
		for (int x = 0; x < mine.length; x++) {
			int at = boughtAt[mine[x]];
			if (at >= 0) {
				counts[at] += in.ballotPoints == null ? 1 : in.ballotPoints[v][x];
			}
		}
	}

	private static BigInteger dot(long[] counts, BigInteger[] values, int size) {
		BigInteger sum = BigInteger.ZERO;
		for (int t = 0; t < size; t++) {
			if (counts[t] != 0) {
				sum = sum.add(values[t].multiply(BigInteger.valueOf(counts[t])));
			}
		}
		return sum;
	}
}
