package org.ortakakil.requests.needs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ortakakil.requests.RequestState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service requests of a neighbourhood as its muhtar and the district coordinator see them: what,
 * where it stands and when it is due, without the reporter's contact details.
 */
@Component
@Transactional(readOnly = true)
class NeighbourhoodRequests {

	static final int PAGE_SIZE = 20;
	/** Months of the report are the city's calendar months. */
	static final ZoneId CITY = ZoneId.of("Europe/Istanbul");

	/** One request in the muhtar's list. */
	public record Row(String publicId, String categoryCode, RequestState state, OffsetDateTime requested, OffsetDateTime due) {
	}

	/** One page of the list, newest first; {@code number} counts from 1. */
	public record Page(List<Row> rows, int number, boolean hasNext) {

		public boolean hasPrevious() {
			return number > 1;
		}
	}

	/** How many of a neighbourhood's requests were filed and resolved in a month. */
	public record MonthCounts(long filed, long resolved) {

		static final MonthCounts NONE = new MonthCounts(0, 0);
	}

	private final JdbcClient jdbc;

	NeighbourhoodRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The page of the neighbourhood's requests, in one state or all when {@code state} is null. */
	Page page(int neighbourhoodId, RequestState state, int number) {
		int page = Math.max(1, number);
		List<Row> rows = jdbc.sql("""
				SELECT service_request_id, category_code, state, requested_datetime, expected_datetime
				FROM service_request WHERE neighbourhood_id = :neighbourhood""" + (state == null ? "" : " AND state = :state")
				+ " ORDER BY requested_datetime DESC, id DESC OFFSET :offset ROWS FETCH FIRST :limit ROWS ONLY")
			.param("neighbourhood", neighbourhoodId).param("state", state == null ? null : state.name())
			.param("offset", (page - 1) * PAGE_SIZE).param("limit", PAGE_SIZE + 1)
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), RequestState.valueOf(rs.getString(3)),
					time(rs, 4), time(rs, 5)))
			.list();
		boolean more = rows.size() > PAGE_SIZE;
		return new Page(more ? rows.subList(0, PAGE_SIZE) : rows, page, more);
	}

	/** Requests filed and resolved in the month, by neighbourhood, for the neighbourhoods of a district. */
	Map<Integer, MonthCounts> inMonth(int districtId, YearMonth month) {
		OffsetDateTime from = month.atDay(1).atStartOfDay(CITY).toOffsetDateTime();
		OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(CITY).toOffsetDateTime();
		Map<Integer, Long> filed = count("requested_datetime", districtId, from, to);
		Map<Integer, Long> resolved = count("resolved_at", districtId, from, to);
		Map<Integer, MonthCounts> counts = new HashMap<>();
		filed.forEach((n, c) -> counts.put(n, new MonthCounts(c, resolved.getOrDefault(n, 0L))));
		resolved.forEach((n, c) -> counts.putIfAbsent(n, new MonthCounts(0, c)));
		return counts;
	}

	private Map<Integer, Long> count(String column, int districtId, OffsetDateTime from, OffsetDateTime to) {
		Map<Integer, Long> counts = new HashMap<>();
		jdbc.sql("SELECT neighbourhood_id, COUNT(*) FROM service_request WHERE district_id = ? AND neighbourhood_id IS NOT NULL"
				+ " AND " + column + " >= ? AND " + column + " < ? GROUP BY neighbourhood_id")
			.params(districtId, from, to)
			.query(rs -> {
				counts.put(rs.getInt(1), rs.getLong(2));
			});
		return counts;
	}

	private static OffsetDateTime time(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class);
	}
}
