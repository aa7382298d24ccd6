package org.ortakakil.budgeting.results;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.ortakakil.budgeting.model.Ballot;
import org.ortakakil.budgeting.model.Election;
import org.ortakakil.budgeting.model.VoteType;

/**
 * The ballots of an election counted once, for explaining and comparing results: each project's votes
 * (supporters, or points for points ballots), its supporters with their utilities, and each voter's
 * supported projects.
 */
final class Tally {

	final Election election;
	final int m;
	final int n;
	final String[] ids;
	final Map<String, Integer> index = new HashMap<>();
	final boolean approval;
	final long[] votes;
	/** supporters[p]: the voters who gave p a positive utility, ascending; utilities[p][k] theirs (1 for approval). */
	final int[][] supporters;
	final int[][] utilities;
	/** ballots[v]: the projects voter v gave a positive utility. */
	final int[][] ballots;

	Tally(Election election) {
		this.election = election;
		this.m = election.projects().size();
		this.n = election.ballots().size();
		this.approval = election.voteType() == VoteType.APPROVAL || election.voteType() == VoteType.ORDINAL;
		ids = new String[m];
		for (int p = 0; p < m; p++) {
			ids[p] = election.projects().get(p).id();
			index.put(ids[p], p);
		}
		votes = new long[m];
		int[] count = new int[m];
		ballots = new int[n][];
		int[][] points = new int[n][];
		int[] mine = new int[m];
		int[] touched = new int[m];
		for (int v = 0; v < n; v++) {
			Ballot b = election.ballots().get(v);
			int t = 0;
			for (int k = 0; k < b.projectIds().size(); k++) {
				Integer p = index.get(b.projectIds().get(k));
				if (p == null) {
					continue;
				}
				int u = approval || b.points().isEmpty() ? 1 : b.points().get(k);
				if (mine[p] == 0) {
					touched[t++] = p;
				}
				mine[p] += approval ? (mine[p] == 0 ? 1 : 0) : u;
			}
			int kept = 0;
			for (int i = 0; i < t; i++) {
				kept += mine[touched[i]] > 0 ? 1 : 0;
			}
			ballots[v] = new int[kept];
			points[v] = new int[kept];
			int j = 0;
			for (int i = 0; i < t; i++) {
				int p = touched[i];
				if (mine[p] > 0) {
					ballots[v][j] = p;
					points[v][j++] = mine[p];
					votes[p] += mine[p];
					count[p]++;
				}
				mine[p] = 0;
			}
		}
		supporters = new int[m][];
		utilities = new int[m][];
		for (int p = 0; p < m; p++) {
			supporters[p] = new int[count[p]];
			utilities[p] = new int[count[p]];
		}
		Arrays.fill(count, 0);
		for (int v = 0; v < n; v++) {
			for (int j = 0; j < ballots[v].length; j++) {
				int p = ballots[v][j];
				supporters[p][count[p]] = v;
				utilities[p][count[p]++] = points[v][j];
			}
		}
	}

	Map<String, Long> votesById() {
		Map<String, Long> out = new HashMap<>();
		for (int p = 0; p < m; p++) {
			out.put(ids[p], votes[p]);
		}
		return out;
	}
}
