package org.ortakakil.requests.transparency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.ortakakil.requests.RequestState;
import org.ortakakil.shared.DomainException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requests as the public may see them: pages of the filtered list newest first (a cursor, not an
 * offset, so a page deep in a million rows costs what the first one does, on the indexes of V620), the
 * whole filtered list streamed row by row for the CSV, and the statistics per district and per category
 * computed by the database (PERCENTILE_CONT, which PostgreSQL and H2 2.x both have).
 */
@Service
@Transactional(readOnly = true)
public class PublicRequests {

	/** Rows fetched from the database at a time while streaming, so the CSV never holds the list. */
	static final int FETCH_SIZE = 1000;

	private static final Pattern CURSOR = Pattern.compile("(-?\\d{1,19})_(\\d{1,19})");

	private static final String SELECT = """
			SELECT r.id, r.service_request_id, r.category_code, r.status, r.state, r.district_id,
			r.neighbourhood_id, r.requested_datetime, r.updated_datetime, r.lat, r.lon, r.description, r.media_url,
			COALESCE(c.is_private, FALSE) AS is_private
			FROM service_request r LEFT JOIN service_category c ON c.code = r.category_code WHERE 1 = 1""";

	private static final String ORDER = " ORDER BY r.requested_datetime DESC, r.id DESC";

	/** Durations of the resolved requests in seconds; null for the others, which the percentiles skip. */
	private static final String DURATION = "CASE WHEN r.state = 'RESOLVED' AND r.resolved_at IS NOT NULL THEN "
			+ "EXTRACT(EPOCH FROM r.resolved_at) - EXTRACT(EPOCH FROM r.requested_datetime) END";

	private static final String STATISTICS = """
			SELECT %1$s AS group_key, COUNT(*) AS total,
			SUM(CASE WHEN r.status = 'open' THEN 1 ELSE 0 END) AS open_count,
			SUM(CASE WHEN r.state = 'RESOLVED' THEN 1 ELSE 0 END) AS resolved,
			PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY %2$s) AS median_seconds,
			PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY %2$s) AS p90_seconds,
			SUM(CASE WHEN r.state = 'RESOLVED' AND r.expected_datetime IS NOT NULL THEN 1 ELSE 0 END) AS with_target,
			SUM(CASE WHEN r.state = 'RESOLVED' AND r.resolved_at <= r.expected_datetime THEN 1 ELSE 0 END)
			AS within_target
			FROM service_request r
			WHERE r.requested_datetime >= ? AND r.requested_datetime < ? %3$s""";

	private static final String GROUP = " GROUP BY %1$s ORDER BY COUNT(*) DESC, %1$s";

	/** One page and the cursor of the next one (null on the last page). */
	public record Page(List<PublicRequest> requests, String next) {
	}

	/** The statistics of a period: per district and per category (within the district when one is chosen). */
	public record Statistics(List<StatisticsRow> byDistrict, List<StatisticsRow> byCategory, StatisticsRow total) {
	}

	private final JdbcClient jdbc;
	private final JdbcClient streaming;

	PublicRequests(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.streaming = JdbcClient.create(template);
	}

	/** The page of at most {@code size} requests after the cursor (null for the first page). */
	public Page page(RequestFilter filter, String cursor, int size) {
		StringBuilder sql = new StringBuilder(SELECT);
		List<Object> params = new ArrayList<>();
		where(filter, sql, params);
		if (cursor != null && !cursor.isBlank()) {
			Matcher matcher = CURSOR.matcher(cursor.strip());
			if (!matcher.matches()) {
				throw DomainException.invalid("transparency.cursor-invalid");
			}
			OffsetDateTime time = Instant.EPOCH.plus(Long.parseLong(matcher.group(1)), ChronoUnit.MICROS)
				.atOffset(ZoneOffset.UTC);
			sql.append(" AND (r.requested_datetime < ? OR (r.requested_datetime = ? AND r.id < ?))");
			params.add(time);
			params.add(time);
			params.add(Long.parseLong(matcher.group(2)));
		}
		sql.append(ORDER).append(" FETCH FIRST ? ROWS ONLY");
		params.add(size + 1);
		List<PublicRequest> found = jdbc.sql(sql.toString()).params(params).query(PublicRequests::row).list();
		if (found.size() <= size) {
			return new Page(found, null);
		}
		List<PublicRequest> page = found.subList(0, size);
		return new Page(List.copyOf(page), page.get(size - 1).cursor());
	}

	/** Every request of the filter, newest first, one at a time: the list is never held in memory. */
	public void each(RequestFilter filter, Consumer<PublicRequest> consumer) {
		StringBuilder sql = new StringBuilder(SELECT);
		List<Object> params = new ArrayList<>();
		where(filter, sql, params);
		sql.append(ORDER);
		streaming.sql(sql.toString()).params(params).query(rs -> {
			consumer.accept(row(rs, rs.getRow()));
		});
	}

	/** The statistics of the requests filed from {@code from} (inclusive) to {@code to} (exclusive). */
	public Statistics statistics(OffsetDateTime from, OffsetDateTime to, Integer districtId) {
		String inDistrict = districtId == null ? "" : "AND r.district_id = ?";
		List<Object> params = new ArrayList<>(List.of(from, to));
		if (districtId != null) {
			params.add(districtId);
		}
		List<StatisticsRow> byDistrict = statistics("r.district_id", inDistrict, params);
		List<StatisticsRow> byCategory = statistics("r.category_code", inDistrict, params);
		StatisticsRow total = statistics(null, inDistrict, params).get(0);
		return new Statistics(byDistrict, byCategory, total);
	}

	/** Grouped by the column, or one row for all when it is null. */
	private List<StatisticsRow> statistics(String group, String condition, List<Object> params) {
		String sql = group == null ? STATISTICS.formatted("'all'", DURATION, condition)
				: STATISTICS.formatted(group, DURATION, condition) + GROUP.formatted(group);
		return jdbc.sql(sql).params(params)
			.query((rs, n) -> new StatisticsRow(rs.getString("group_key"), rs.getLong("total"),
					rs.getLong("open_count"), rs.getLong("resolved"), hours(rs, "median_seconds"),
					hours(rs, "p90_seconds"), rs.getLong("with_target"), rs.getLong("within_target")))
			.list();
	}

	private static Double hours(ResultSet rs, String column) throws SQLException {
		double seconds = rs.getDouble(column);
		return rs.wasNull() ? null : seconds / 3600;
	}

	private static void where(RequestFilter filter, StringBuilder sql, List<Object> params) {
		if (filter.district() != null) {
			sql.append(" AND r.district_id = ?");
			params.add(filter.district().id());
		}
		if (filter.neighbourhood() != null) {
			sql.append(" AND r.neighbourhood_id = ?");
			params.add(filter.neighbourhood().id());
		}
		if (filter.category() != null) {
			sql.append(" AND r.category_code = ?");
			params.add(filter.category());
		}
		if (filter.status() != null) {
			sql.append(" AND r.status = ?");
			params.add(filter.status());
		}
		if (filter.state() != null) {
			sql.append(" AND r.state = ?");
			params.add(filter.state().name());
		}
	}

	private static PublicRequest row(ResultSet rs, int number) throws SQLException {
		boolean isPrivate = rs.getBoolean("is_private");
		OffsetDateTime requested = time(rs, "requested_datetime");
		long micros = ChronoUnit.MICROS.between(Instant.EPOCH, requested.toInstant());
		return new PublicRequest(rs.getString("service_request_id"), rs.getString("category_code"),
				rs.getObject("district_id", Integer.class), rs.getObject("neighbourhood_id", Integer.class),
				rs.getString("status"), RequestState.valueOf(rs.getString("state")), requested,
				time(rs, "updated_datetime"), isPrivate ? null : rs.getObject("lat", Double.class),
				isPrivate ? null : rs.getObject("lon", Double.class), isPrivate ? null : rs.getString("description"),
				isPrivate ? null : rs.getString("media_url"), isPrivate, micros + "_" + rs.getLong("id"));
	}

	private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC);
	}
}
