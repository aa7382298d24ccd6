package org.ortakakil.budgeting.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ortakakil.budgeting.model.Ballot;
import org.ortakakil.budgeting.model.Election;
import org.ortakakil.budgeting.model.VoteType;

/** An election as the rules see it: projects by index, each with its supporters and their utilities. */
final class Instance {

	final Election election;
	final int m;
	final int n;
	final String[] ids;
	final BigDecimal[] costs;
	final Rational[] exactCosts;
	/** supporters[p]: the voters who gave p a positive utility, ascending. */
	final int[][] supporters;
	/** utilities[p][k]: utility of supporters[p][k] (1 for approval ballots); null for approval. */
	final int[][] utilities;
	/** Approval: number of supporters; cumulative/scoring: total points. */
	final long[] votes;
	/** ballots[v]: the projects voter v supports. */
	final int[][] ballots;
	/** ballotPoints[v][x]: voter v's utility for ballots[v][x]; null for approval. */
	final int[][] ballotPoints;
	final boolean approval;
	final Rational budget;
	/** lotRank[p]: p's place in the order drawn by lot (0 first); Integer.MAX_VALUE when not drawn. */
	final int[] lotRank;

	Instance(Election e) {
		this(e, List.of());
	}

	Instance(Election e, List<String> lotOrder) {
		this.election = e;
		this.m = e.projects().size();
		this.n = e.ballots().size();
		this.approval = e.voteType() == VoteType.APPROVAL || e.voteType() == VoteType.ORDINAL;
		this.budget = Rational.of(e.budget());
		ids = new String[m];
		costs = new BigDecimal[m];
		exactCosts = new Rational[m];
		Map<String, Integer> index = new HashMap<>();
		for (int p = 0; p < m; p++) {
			ids[p] = e.projects().get(p).id();
			costs[p] = e.projects().get(p).cost();
			exactCosts[p] = Rational.of(costs[p]);
			index.put(ids[p], p);
		}
		// compact: each ballot's projects merged (a project named twice gets its points summed) into int arrays,
		// then the supporters of each project laid out by counting, without per-approval objects
		ballots = new int[n][];
		int[][] points = approval ? null : new int[n][];
		int[] count = new int[m];
		int[] idx = new int[16];
		int[] pts = new int[16];
		for (int v = 0; v < n; v++) {
			Ballot b = e.ballots().get(v);
			List<String> named = b.projectIds();
			int k = named.size();
			if (idx.length < k) {
				idx = new int[Math.max(k, idx.length * 2)];
				pts = new int[idx.length];
			}
			int len = 0;
			for (int j = 0; j < k; j++) {
				Integer p = index.get(named.get(j));
				if (p == null) {
					throw new IllegalArgumentException(
							"voter " + b.voterId() + " votes for an unknown project " + named.get(j));
				}
				int u = approval || b.points().isEmpty() ? 1 : b.points().get(j);
				int at = -1;
				for (int x = 0; x < len; x++) {
					if (idx[x] == p) {
						at = x;
						break;
					}
				}
				if (at < 0) {
					idx[len] = p;
					pts[len++] = u;
				}
				else {
					pts[at] += u;
				}
			}
			int positive = 0;
			for (int x = 0; x < len; x++) {
				positive += pts[x] > 0 ? 1 : 0;
			}
			int[] mine = new int[positive];
			int[] minePts = approval ? null : new int[positive];
			int y = 0;
			for (int x = 0; x < len; x++) {
				if (pts[x] > 0) {
					mine[y] = idx[x];
					if (!approval) {
						minePts[y] = pts[x];
					}
					count[idx[x]]++;
					y++;
				}
			}
			ballots[v] = mine;
			if (!approval) {
				points[v] = minePts;
			}
		}
		ballotPoints = points;
		lotRank = new int[m];
		java.util.Arrays.fill(lotRank, Integer.MAX_VALUE);
		for (int k = 0; k < lotOrder.size(); k++) {
			Integer p = index.get(lotOrder.get(k));
			if (p != null && lotRank[p] == Integer.MAX_VALUE) {
				lotRank[p] = k;
			}
		}
		supporters = new int[m][];
		utilities = approval ? null : new int[m][];
		votes = new long[m];
		for (int p = 0; p < m; p++) {
			supporters[p] = new int[count[p]];
			if (!approval) {
				utilities[p] = new int[count[p]];
			}
		}
		int[] fill = new int[m];
		for (int v = 0; v < n; v++) {
			int[] mine = ballots[v];
			for (int x = 0; x < mine.length; x++) {
				int p = mine[x];
				int u = approval ? 1 : points[v][x];
				if (!approval) {
					utilities[p][fill[p]] = u;
				}
				supporters[p][fill[p]++] = v;
				votes[p] += u;
			}
		}
	}

	/**
	 * The one of the tied projects that comes first in the order drawn by lot, or an {@link UnresolvableTie}
	 * when not every tied project was drawn.
	 */
	int breakTie(List<Integer> tied, String rule) {
		int first = -1;
		for (int p : tied) {
			if (lotRank[p] == Integer.MAX_VALUE) {
				List<Integer> sorted = new ArrayList<>(tied);
				sorted.sort(null);
				throw new UnresolvableTie(rule, sorted.stream().map(q -> ids[q]).toList());
			}
			if (first < 0 || lotRank[p] < lotRank[first]) {
				first = p;
			}
		}
		return first;
	}

	int utility(int p, int k) {
		return utilities == null ? 1 : utilities[p][k];
	}

	BigDecimal cost(boolean[] selected) {
		BigDecimal total = BigDecimal.ZERO;
		for (int p = 0; p < m; p++) {
			if (selected[p]) {
				total = total.add(costs[p]);
			}
		}
		return total;
	}

	List<String> ids(boolean[] selected) {
		List<String> out = new ArrayList<>();
		for (int p = 0; p < m; p++) {
			if (selected[p]) {
				out.add(ids[p]);
			}
		}
		return out;
	}
}
