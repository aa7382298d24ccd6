package org.ortakakil.meetings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.ortakakil.meetings.MeetingType;
import org.ortakakil.meetings.MeetingView;
import org.ortakakil.meetings.OrganiserKind;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.spaces.SpaceKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads meetings: the one row, mapped once, for every service and page of the module. */
@Component
public class MeetingStore {

	public static final String SELECT = """
			SELECT m.id, m.space_kind, m.space_id, m.title, m.description, m.meeting_type, m.address, m.lat, m.lon,
			m.place_id, m.district_id, m.neighbourhood_id, m.online_url, m.starts_at, m.ends_at, m.organiser_kind,
			m.co_host_neighbourhood, m.step_free, m.sign_language, m.childcare, m.languages, m.registration_open,
			m.capacity, m.reserved_places, m.registered_count, m.agenda_published_at, m.minutes, m.attendance_count,
			m.minutes_published_at, m.cycle_id FROM meeting m""";

	private final JdbcClient jdbc;

	MeetingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<MeetingView> find(long id) {
		return jdbc.sql(SELECT + " WHERE m.id = ?").param(id).query(MeetingStore::read).optional();
	}

	/** The meeting, or NOT_FOUND {@code meetings.not-found}. */
	public MeetingView get(long id) {
		return find(id).orElseThrow(() -> DomainException.notFound("meetings.not-found", id));
	}

	/** The meeting's row, locked until the transaction ends: registrations of one meeting take turns. */
	MeetingView lock(long id) {
		return jdbc.sql(SELECT + " WHERE m.id = ? FOR UPDATE").param(id).query(MeetingStore::read).optional()
			.orElseThrow(() -> DomainException.notFound("meetings.not-found", id));
	}

	public static MeetingView read(ResultSet rs, int row) throws SQLException {
		String description = rs.getString("description");
		String minutes = rs.getString("minutes");
		return new MeetingView(rs.getLong("id"), SpaceKind.valueOf(rs.getString("space_kind")), rs.getLong("space_id"),
				LocalizedText.fromJson(rs.getString("title")),
				description == null ? null : LocalizedText.fromJson(description),
				MeetingType.valueOf(rs.getString("meeting_type")), rs.getString("address"),
				rs.getObject("lat", Double.class), rs.getObject("lon", Double.class), rs.getObject("place_id", Long.class),
				rs.getObject("district_id", Integer.class), rs.getObject("neighbourhood_id", Integer.class),
				rs.getString("online_url"), time(rs, "starts_at"), time(rs, "ends_at"),
				OrganiserKind.valueOf(rs.getString("organiser_kind")), rs.getObject("co_host_neighbourhood", Integer.class),
				rs.getBoolean("step_free"), rs.getBoolean("sign_language"), rs.getBoolean("childcare"),
				Arrays.asList(rs.getString("languages").split(",")), rs.getBoolean("registration_open"),
				rs.getObject("capacity", Integer.class), rs.getInt("reserved_places"), rs.getInt("registered_count"),
				time(rs, "agenda_published_at"), minutes == null ? null : LocalizedText.fromJson(minutes),
				rs.getObject("attendance_count", Integer.class), time(rs, "minutes_published_at"),
				rs.getObject("cycle_id", Long.class));
	}

	public static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC);
	}

	static List<String> languages(String joined) {
		return Arrays.asList(joined.split(","));
	}
}
