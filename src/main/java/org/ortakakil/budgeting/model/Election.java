package org.ortakakil.budgeting.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A participatory-budgeting election as a Pabulib file describes it: the budget, the projects in the
 * order of the PROJECTS section, every ballot (n voters = all VOTES rows), the vote type and the META
 * section as written (its {@code rule}, {@code min_project_score_threshold}, …).
 */
public record Election(BigDecimal budget, VoteType voteType, List<Project> projects, List<Ballot> ballots,
		Map<String, String> meta) {

	public Election {
		projects = List.copyOf(projects);
		ballots = List.copyOf(ballots);
		meta = Map.copyOf(meta);
	}
}
