package org.ortakakil.requests.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import org.ortakakil.requests.Channel;
import org.ortakakil.requests.Priority;
import org.ortakakil.requests.RequestState;

/**
 * A request as the unit handling it sees it: the public fields, the state, priority and due time, and
 * the reporter's contact details (personal: for the unit and the reporter only). {@code due} is null for
 * a category without a target; {@code lat}/{@code lon} may be null for a request given by address only.
 */
public record HandledRequest(long id, String serviceRequestId, String serviceCode, String unit, RequestState state,
		Priority priority, Channel channel, Integer districtId, Integer neighbourhoodId, Double lat, Double lon,
		String address, String description, String mediaUrl, OffsetDateTime requested, OffsetDateTime due,
		OffsetDateTime waitingSince, long pausedSeconds, OffsetDateTime resolvedAt, OffsetDateTime confirmedAt,
		Long mergedInto, String reporter, String email, String phone, String language, String statusNotes,
		OffsetDateTime warnedAt, OffsetDateTime escalatedAt) {

	static final String SELECT = """
			SELECT r.id, r.service_request_id, r.category_code, r.agency_responsible, r.state, r.priority, r.channel,
			r.district_id, r.neighbourhood_id, r.lat, r.lon, r.address_string, r.description, r.media_url,
			r.requested_datetime, r.expected_datetime, r.waiting_since, r.paused_seconds, r.resolved_at,
			r.confirmed_at, r.merged_into, r.reporter, r.email, r.phone, r.language, r.status_notes, r.warned_at,
			r.escalated_at FROM service_request r""";

	/** Overdue: open, not waiting for the resident, and past its due time. */
	public boolean overdue(OffsetDateTime now) {
		return state.open() && state != RequestState.WAITING && due != null && due.isBefore(now);
	}

	static HandledRequest read(ResultSet rs, int row) throws SQLException {
		return new HandledRequest(rs.getLong("id"), rs.getString("service_request_id"), rs.getString("category_code"),
				rs.getString("agency_responsible"), RequestState.valueOf(rs.getString("state")),
				Priority.valueOf(rs.getString("priority")), Channel.valueOf(rs.getString("channel")),
				rs.getObject("district_id", Integer.class), rs.getObject("neighbourhood_id", Integer.class),
				rs.getObject("lat", Double.class), rs.getObject("lon", Double.class), rs.getString("address_string"),
				rs.getString("description"), rs.getString("media_url"), RequestHandling.time(rs, "requested_datetime"),
				RequestHandling.time(rs, "expected_datetime"), RequestHandling.time(rs, "waiting_since"),
				rs.getLong("paused_seconds"), RequestHandling.time(rs, "resolved_at"),
				RequestHandling.time(rs, "confirmed_at"), rs.getObject("merged_into", Long.class),
				rs.getString("reporter"), rs.getString("email"), rs.getString("phone"), rs.getString("language"),
				rs.getString("status_notes"), RequestHandling.time(rs, "warned_at"),
				RequestHandling.time(rs, "escalated_at"));
	}
}
