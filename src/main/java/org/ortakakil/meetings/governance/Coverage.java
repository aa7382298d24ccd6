package org.ortakakil.meetings.governance;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ortakakil.geography.District;
import org.ortakakil.geography.Geography;
import org.ortakakil.geography.Neighbourhood;
import org.ortakakil.meetings.internal.MeetingStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far the governance programme reaches: for every neighbourhood of the city or of one district,
 * its last meeting held (and how many attended: the count in the minutes, else those checked in), the
 * decisions of its published minutes open and done, and its next meeting. One set-based query answers
 * for all neighbourhoods at once; the neighbourhoods themselves come from the geography in memory.
 */
@Service
@Transactional(readOnly = true)
public class Coverage {

	/** A neighbourhood met within this many days counts as covered on the map. */
	public static final int RECENT_DAYS = 90;

	private static final String QUERY = """
			WITH held AS (
			  SELECT m.neighbourhood_id, m.id, m.ends_at, m.attendance_count,
			         ROW_NUMBER() OVER (PARTITION BY m.neighbourhood_id ORDER BY m.ends_at DESC, m.id DESC) AS turn
			  FROM meeting m WHERE m.neighbourhood_id IS NOT NULL AND m.ends_at < :now %1$s),
			coming AS (
			  SELECT m.neighbourhood_id, m.id, m.starts_at,
			         ROW_NUMBER() OVER (PARTITION BY m.neighbourhood_id ORDER BY m.starts_at, m.id) AS turn
			  FROM meeting m WHERE m.neighbourhood_id IS NOT NULL AND m.starts_at > :now %1$s),
			decided AS (
			  SELECT m.neighbourhood_id, SUM(CASE WHEN d.status = 'OPEN' THEN 1 ELSE 0 END) AS open_count,
			         SUM(CASE WHEN d.status = 'DONE' THEN 1 ELSE 0 END) AS done_count
			  FROM meeting_decision d JOIN meeting m ON m.id = d.meeting_id
			  WHERE m.neighbourhood_id IS NOT NULL AND m.minutes_published_at IS NOT NULL %1$s
			  GROUP BY m.neighbourhood_id),
			checked AS (
			  SELECT r.meeting_id, COUNT(*) AS checked_in FROM meeting_registration r
			  JOIN held h ON h.id = r.meeting_id AND h.turn = 1 AND h.attendance_count IS NULL
			  WHERE r.checked_in_at IS NOT NULL GROUP BY r.meeting_id),
			touched AS (
			  SELECT neighbourhood_id FROM held WHERE turn = 1 UNION SELECT neighbourhood_id FROM coming WHERE turn = 1
			  UNION SELECT neighbourhood_id FROM decided)
			SELECT t.neighbourhood_id, h.id AS last_id, h.ends_at AS last_at,
			       COALESCE(h.attendance_count, k.checked_in, 0) AS attended,
			       COALESCE(d.open_count, 0) AS open_count, COALESCE(d.done_count, 0) AS done_count,
			       c.id AS next_id, c.starts_at AS next_at
			FROM touched t
			LEFT JOIN held h ON h.neighbourhood_id = t.neighbourhood_id AND h.turn = 1
			LEFT JOIN coming c ON c.neighbourhood_id = t.neighbourhood_id AND c.turn = 1
			LEFT JOIN decided d ON d.neighbourhood_id = t.neighbourhood_id
			LEFT JOIN checked k ON k.meeting_id = h.id""";

	private final JdbcClient jdbc;
	private final Geography geography;
	private final Clock clock;

	Coverage(JdbcClient jdbc, Geography geography, Clock clock) {
		this.jdbc = jdbc;
		this.geography = geography;
		this.clock = clock;
	}

	/** What is known of a neighbourhood's meetings; ids and times null when there is none. */
	public record Row(District district, Neighbourhood neighbourhood, Long lastMeetingId, OffsetDateTime lastHeld,
			Integer attended, long decisionsOpen, long decisionsDone, Long nextMeetingId, OffsetDateTime nextStarts,
			Recency recency) {
	}

	/** How recently a neighbourhood last met. */
	public enum Recency {
		RECENT, OLDER, NEVER
	}

	/** A district's share of neighbourhoods met in the last {@link #RECENT_DAYS} days. */
	public record DistrictShare(District district, int neighbourhoods, int recent) {

		public int percent() {
			return neighbourhoods == 0 ? 0 : Math.round(100f * recent / neighbourhoods);
		}
	}

	/** The view of a district (or the city, for null), neighbourhoods by district and name. */
	public record View(List<Row> rows, List<DistrictShare> districts) {

		public long count(Recency recency) {
			return rows.stream().filter(r -> r.recency() == recency).count();
		}
	}

	public View of(District only) {
		OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
		OffsetDateTime recentSince = now.minus(Duration.ofDays(RECENT_DAYS));
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("now", now);
		if (only != null) {
			parameters.put("district", only.id());
		}
		Map<Integer, Row> found = new HashMap<>();
		jdbc.sql(QUERY.formatted(only == null ? "" : "AND m.district_id = :district")).params(parameters)
			.query(rs -> {
				int id = rs.getInt("neighbourhood_id");
				Long last = rs.getObject("last_id", Long.class);
				OffsetDateTime lastAt = MeetingStore.time(rs, "last_at");
				Recency recency = lastAt == null ? Recency.NEVER
						: lastAt.isBefore(recentSince) ? Recency.OLDER : Recency.RECENT;
				found.put(id, new Row(null, null, last, lastAt, last == null ? null : rs.getInt("attended"),
						rs.getLong("open_count"), rs.getLong("done_count"), rs.getObject("next_id", Long.class),
						MeetingStore.time(rs, "next_at"), recency));
			});
		List<Row> rows = new ArrayList<>();
		List<DistrictShare> shares = new ArrayList<>();
		for (District district : only == null ? geography.districts() : List.of(only)) {
			int recent = 0;
			List<Neighbourhood> neighbourhoods = geography.neighbourhoods(district.slug());
			for (Neighbourhood neighbourhood : neighbourhoods) {
				Row row = found.get(neighbourhood.id());
				rows.add(row == null ? new Row(district, neighbourhood, null, null, null, 0, 0, null, null, Recency.NEVER)
						: new Row(district, neighbourhood, row.lastMeetingId(), row.lastHeld(), row.attended(),
								row.decisionsOpen(), row.decisionsDone(), row.nextMeetingId(), row.nextStarts(),
								row.recency()));
				if (row != null && row.recency() == Recency.RECENT) {
					recent++;
				}
			}
			shares.add(new DistrictShare(district, neighbourhoods.size(), recent));
		}
		return new View(rows, shares);
	}

	/** The district shares by slug, for the map. */
	public static Map<String, Integer> percentBySlug(View view) {
		Map<String, Integer> percent = new LinkedHashMap<>();
		view.districts().forEach(d -> percent.put(d.district().slug(), d.percent()));
		return percent;
	}
}
