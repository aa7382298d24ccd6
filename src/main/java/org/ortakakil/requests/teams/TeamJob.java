package org.ortakakil.requests.teams;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A request given to a team, with the time of each step the team took and how it ended, and what the
 * team needs to find the place: the request's public id, category, point, address and description.
 */
public record TeamJob(long id, long teamId, long requestId, String serviceRequestId, String serviceCode,
		Double lat, Double lon, String address, String description, OffsetDateTime assignedAt, String assignedBy,
		boolean automatic, OffsetDateTime acceptedAt, OffsetDateTime onTheWayAt, OffsetDateTime onSiteAt,
		OffsetDateTime finishedAt, Outcome outcome, String note, String photoKey) {

	/** How a finished job ended. */
	public enum Outcome { RESOLVED, CANNOT_RESOLVE }

	/** The steps a team member takes, in order. */
	public enum Step { ACCEPT, ON_THE_WAY, ON_SITE }

	static final String SELECT = """
			SELECT j.id, j.team_id, j.request_id, r.service_request_id, r.category_code, r.lat, r.lon, r.address_string,
			r.description, j.assigned_at, j.assigned_by, j.automatic, j.accepted_at, j.on_the_way_at, j.on_site_at,
			j.finished_at, j.outcome, j.note, j.photo_key
			FROM team_job j JOIN service_request r ON r.id = j.request_id""";

	public boolean finished() {
		return finishedAt != null;
	}

	/** The next step the team may take, or null once on site (then it resolves or gives back). */
	public Step nextStep() {
		if (finished() || onSiteAt != null) {
			return null;
		}
		return acceptedAt == null ? Step.ACCEPT : onTheWayAt == null ? Step.ON_THE_WAY : Step.ON_SITE;
	}

	static TeamJob read(ResultSet rs, int row) throws SQLException {
		String outcome = rs.getString("outcome");
		return new TeamJob(rs.getLong("id"), rs.getLong("team_id"), rs.getLong("request_id"),
				rs.getString("service_request_id"), rs.getString("category_code"), rs.getObject("lat", Double.class),
				rs.getObject("lon", Double.class), rs.getString("address_string"), rs.getString("description"),
				time(rs, "assigned_at"), rs.getString("assigned_by"), rs.getBoolean("automatic"),
				time(rs, "accepted_at"), time(rs, "on_the_way_at"), time(rs, "on_site_at"), time(rs, "finished_at"),
				outcome == null ? null : Outcome.valueOf(outcome), rs.getString("note"), rs.getString("photo_key"));
	}

	private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC);
	}
}
