package org.ortakakil.requests.teams;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.ortakakil.requests.teams.Team.Shift;
import org.ortakakil.requests.teams.Team.ShiftException;
import org.ortakakil.requests.teams.Team.VehicleKind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The teams' tables: a unit's teams with their members, skills and shifts read in five queries
 * whatever their number, the teams' last positions, their unfinished jobs and the units' dispatch
 * settings. It checks nothing: {@link TeamAdministration} does.
 */
@Repository
class TeamStore {

	private static final String TEAM = """
			SELECT id, name, unit_key, vehicle_plate, vehicle_kind, base_lat, base_lon, capacity, active FROM team""";

	private final JdbcClient jdbc;

	TeamStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Team> ofUnit(String unitKey) {
		return load(" WHERE unit_key = ?", unitKey);
	}

	Optional<Team> find(long id) {
		return load(" WHERE id = ?", id).stream().findFirst();
	}

	/** The teams the account is a member of. */
	List<Team> ofMember(String principal) {
		return load(" WHERE id IN (SELECT team_id FROM team_member WHERE principal = ?)", principal);
	}

	private List<Team> load(String where, Object param) {
		record Row(long id, String name, String unit, String plate, VehicleKind kind, double lat, double lon,
				int capacity, boolean active) {
		}
		List<Row> rows = jdbc.sql(TEAM + where + " ORDER BY name").param(param)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("name"), rs.getString("unit_key"),
					rs.getString("vehicle_plate"), VehicleKind.valueOf(rs.getString("vehicle_kind")),
					rs.getDouble("base_lat"), rs.getDouble("base_lon"), rs.getInt("capacity"), rs.getBoolean("active")))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		String ids = "team_id IN (SELECT id FROM team" + where + ")";
		Map<Long, List<String>> members = new HashMap<>();
		jdbc.sql("SELECT team_id, principal FROM team_member WHERE " + ids + " ORDER BY principal").param(param)
			.query(rs -> {
				members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
			});
		Map<Long, TreeSet<String>> categories = new HashMap<>();
		jdbc.sql("SELECT team_id, category_code FROM team_category WHERE " + ids).param(param)
			.query(rs -> {
				categories.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2));
			});
		Map<Long, List<Shift>> shifts = new HashMap<>();
		jdbc.sql("SELECT team_id, weekday, start_minute, end_minute FROM team_shift WHERE " + ids
				+ " ORDER BY weekday, start_minute").param(param)
			.query(rs -> {
				shifts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new Shift(DayOfWeek.of(rs.getInt(2)), rs.getInt(3), rs.getInt(4)));
			});
		Map<Long, List<ShiftException>> exceptions = new HashMap<>();
		jdbc.sql("SELECT team_id, on_date, off_duty, start_minute, end_minute FROM team_shift_exception WHERE " + ids
				+ " ORDER BY on_date").param(param)
			.query(rs -> {
				exceptions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new ShiftException(rs.getDate(2).toLocalDate(), rs.getBoolean(3),
							rs.getObject(4, Integer.class), rs.getObject(5, Integer.class)));
			});
		return rows.stream()
			.map(r -> new Team(r.id(), r.name(), r.unit(), r.plate(), r.kind(), r.lat(), r.lon(), r.capacity(),
					r.active(), members.getOrDefault(r.id(), List.of()), categories.getOrDefault(r.id(), new TreeSet<>()),
					shifts.getOrDefault(r.id(), List.of()), exceptions.getOrDefault(r.id(), List.of())))
			.toList();
	}

	/** Stores the team (a new one when {@code team.id()} is 0); its id. */
	long save(Team team, Instant now) {
		long id = team.id();
		try {
			if (id == 0) {
				GeneratedKeyHolder key = new GeneratedKeyHolder();
				jdbc.sql("""
						INSERT INTO team (name, unit_key, vehicle_plate, vehicle_kind, base_lat, base_lon, capacity,
						active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(team.name(), team.unitKey(), team.vehiclePlate(), team.vehicleKind().name(), team.baseLat(),
							team.baseLon(), team.capacity(), team.active(), Timestamp.from(now))
					.update(key, "id");
				id = key.getKey().longValue();
			}
			else {
				jdbc.sql("""
						UPDATE team SET name = ?, vehicle_plate = ?, vehicle_kind = ?, base_lat = ?, base_lon = ?,
						capacity = ?, active = ? WHERE id = ?""")
					.params(team.name(), team.vehiclePlate(), team.vehicleKind().name(), team.baseLat(), team.baseLon(),
							team.capacity(), team.active(), id)
					.update();
			}
		}
		catch (DuplicateKeyException taken) {
			throw org.ortakakil.shared.DomainException.conflict("teams.name-taken", team.name());
		}
		for (String table : List.of("team_member", "team_category", "team_shift", "team_shift_exception")) {
			jdbc.sql("DELETE FROM " + table + " WHERE team_id = ?").param(id).update();
		}
		for (String member : team.members()) {
			jdbc.sql("INSERT INTO team_member (team_id, principal) VALUES (?, ?)").params(id, member).update();
		}
		for (String code : team.categories()) {
			jdbc.sql("INSERT INTO team_category (team_id, category_code) VALUES (?, ?)").params(id, code).update();
		}
		for (Shift shift : team.shifts()) {
			jdbc.sql("INSERT INTO team_shift (team_id, weekday, start_minute, end_minute) VALUES (?, ?, ?, ?)")
				.params(id, shift.day().getValue(), shift.start(), shift.end()).update();
		}
		for (ShiftException exception : team.exceptions()) {
			jdbc.sql("""
					INSERT INTO team_shift_exception (team_id, on_date, off_duty, start_minute, end_minute)
					VALUES (?, ?, ?, ?, ?)""")
				.params(id, exception.date(), exception.off(), exception.start(), exception.end()).update();
		}
		return id;
	}

	/** The last positions of the unit's teams, by team id. */
	Map<Long, TeamPosition> positions(String unitKey) {
		Map<Long, TeamPosition> positions = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT p.team_id, p.lat, p.lon, p.reported_at FROM team_position p JOIN team t ON t.id = p.team_id
				WHERE t.unit_key = ?""").param(unitKey)
			.query(rs -> {
				positions.put(rs.getLong(1), new TeamPosition(rs.getLong(1), rs.getDouble(2), rs.getDouble(3),
						rs.getObject(4, OffsetDateTime.class).toInstant()));
			});
		return positions;
	}

	void report(long teamId, double lat, double lon, Instant at) {
		Timestamp time = Timestamp.from(at);
		int changed = jdbc.sql("UPDATE team_position SET lat = ?, lon = ?, reported_at = ? WHERE team_id = ?")
			.params(lat, lon, time, teamId).update();
		if (changed == 0) {
			try {
				jdbc.sql("INSERT INTO team_position (team_id, lat, lon, reported_at) VALUES (?, ?, ?, ?)")
					.params(teamId, lat, lon, time).update();
			}
			catch (DuplicateKeyException reportedMeanwhile) {
				jdbc.sql("UPDATE team_position SET lat = ?, lon = ?, reported_at = ? WHERE team_id = ?")
					.params(lat, lon, time, teamId).update();
			}
		}
	}

	/** How many unfinished jobs each of the unit's teams has. */
	Map<Long, Integer> openJobs(String unitKey) {
		Map<Long, Integer> open = new HashMap<>();
		jdbc.sql("""
				SELECT j.team_id, COUNT(*) FROM team_job j JOIN team t ON t.id = j.team_id
				WHERE t.unit_key = ? AND j.finished_at IS NULL GROUP BY j.team_id""").param(unitKey)
			.query(rs -> {
				open.put(rs.getLong(1), rs.getInt(2));
			});
		return open;
	}

	boolean autoAssign(String unitKey) {
		return jdbc.sql("SELECT auto_assign FROM dispatch_setting WHERE unit_key = ?").param(unitKey)
			.query(Boolean.class).optional().orElse(false);
	}

	void setAutoAssign(String unitKey, boolean on) {
		if (jdbc.sql("UPDATE dispatch_setting SET auto_assign = ? WHERE unit_key = ?").params(on, unitKey).update() == 0) {
			jdbc.sql("INSERT INTO dispatch_setting (unit_key, auto_assign) VALUES (?, ?)").params(unitKey, on).update();
		}
	}
}
