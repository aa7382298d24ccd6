package org.ortakakil.budgeting;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An idea or project of a budget, as written by its author (in one language) and as reviewed.
 *
 * @param cost the reviewed cost in TRY (null until found feasible); the vote uses this
 * @param channel WEB, OFFICE, MUHTAR, PROPOSAL (promoted from a proposal) or PAPER
 * @param proposalId the proposal it was promoted from (channel PROPOSAL); else null
 * @param implementation PLANNED, IN_PROGRESS, DONE or CANCELLED once selected; else null
 */
public record ProjectView(long id, long pbId, long budgetId, ProjectState state, String title, String body,
		String language, String topic, Integer districtId, Integer neighbourhoodId, String address, Double lat,
		Double lon, BigDecimal proposedCost, BigDecimal cost, String reviewReason, Long mergedInto, String author,
		String channel, Long proposalId, int supportCount, boolean shortlisted, String implementation, Instant createdAt) {

	/** On the ballot: feasible and, after a support phase, shortlisted. */
	public boolean onBallot() {
		return state == ProjectState.FEASIBLE && shortlisted;
	}
}
