package org.ortakakil.requests.teams;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

import org.ortakakil.requests.RequestState;
import org.ortakakil.requests.ServiceRequestStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When the unit takes a request out of a team's hands (rejects, merges or resolves it itself, waits for
 * the resident, or has it back), the team's unfinished job ends with it, in the same transaction, so
 * it no longer counts against the team's capacity. The team's own resolve and give-back finish the
 * job first, so this finds nothing to do for them.
 */
@Component
class JobsFollowRequests {

	private static final Set<RequestState> WITH_A_TEAM = EnumSet.of(RequestState.ASSIGNED, RequestState.IN_PROGRESS);

	private final JdbcClient jdbc;

	JobsFollowRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(ServiceRequestStatusChanged changed) {
		if (changed.to() == null || WITH_A_TEAM.contains(changed.to())) {
			return;
		}
		OffsetDateTime now = OffsetDateTime.ofInstant(changed.occurredAt(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		jdbc.sql("""
				UPDATE team_job SET finished_at = ?, outcome = ?, note = ?, active_request_id = NULL
				WHERE active_request_id = ? AND finished_at IS NULL""")
			.params(now, changed.to() == RequestState.RESOLVED ? "RESOLVED" : "CANNOT_RESOLVE", "unit: " + changed.step(),
					changed.requestId())
			.update();
	}
}
