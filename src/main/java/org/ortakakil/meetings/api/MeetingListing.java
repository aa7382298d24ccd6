package org.ortakakil.meetings.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ortakakil.geography.District;
import org.ortakakil.geography.Geography;
import org.ortakakil.meetings.MeetingView;
import org.ortakakil.meetings.calendar.ICalendarWriter;
import org.ortakakil.meetings.internal.MeetingStore;
import org.ortakakil.shared.DomainException;
import org.ortakakil.spaces.SpaceKind;
import org.ortakakil.spaces.Spaces;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pages of meetings for the JSON API, soonest first: filtered by district, space and a range of days
 * in İstanbul, one page at a time after a cursor that names the last meeting's (start, id), so every
 * page costs what the first does on the indexes (district, starts_at) and (space, starts_at). Each bad
 * filter is INVALID with its own code.
 */
@Service
@Transactional(readOnly = true)
class MeetingListing {

	static final int LIMIT_DEFAULT = 50;
	static final int LIMIT_MAX = 200;

	private static final Pattern CURSOR = Pattern.compile("(-?\\d{1,19})_(\\d{1,19})");

	/** The filters as given, still unchecked; any may be null. */
	record Query(String district, String space, String from, String to, String cursor, String limit) {
	}

	/** A page and the cursor of the next one (null on the last page). */
	record Page(List<MeetingView> meetings, String next) {
	}

	private final JdbcClient jdbc;
	private final Geography geography;
	private final Spaces spaces;

	MeetingListing(JdbcClient jdbc, Geography geography, Spaces spaces) {
		this.jdbc = jdbc;
		this.geography = geography;
		this.spaces = spaces;
	}

	Page page(Query query, LocalDate today) {
		StringBuilder sql = new StringBuilder(MeetingStore.SELECT).append(" WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		if (present(query.district())) {
			District district = geography.district(query.district().strip())
				.orElseThrow(() -> DomainException.invalid("meetings.api.district-unknown", query.district()));
			sql.append(" AND m.district_id = ?");
			params.add(district.id());
		}
		if (present(query.space())) {
			String slug = query.space().strip();
			var process = spaces.process(slug);
			var assembly = process.isPresent() ? null : spaces.assembly(slug).orElseThrow(
					() -> DomainException.invalid("meetings.api.space-unknown", slug));
			sql.append(" AND m.space_kind = ? AND m.space_id = ?");
			params.add(process.isPresent() ? SpaceKind.PROCESS.name() : SpaceKind.ASSEMBLY.name());
			params.add(process.isPresent() ? process.get().id() : assembly.id());
		}
		LocalDate from = present(query.from()) ? date("from", query.from()) : today;
		LocalDate to = present(query.to()) ? date("to", query.to()) : null;
		if (to != null && from.isAfter(to)) {
			throw DomainException.invalid("meetings.api.range-invalid");
		}
		sql.append(" AND m.starts_at >= ?");
		params.add(startOf(from));
		if (to != null) {
			sql.append(" AND m.starts_at < ?");
			params.add(startOf(to.plusDays(1)));
		}
		if (present(query.cursor())) {
			Matcher matcher = CURSOR.matcher(query.cursor().strip());
			if (!matcher.matches()) {
				throw DomainException.invalid("meetings.api.cursor-invalid");
			}
			OffsetDateTime time = Instant.EPOCH.plus(Long.parseLong(matcher.group(1)), ChronoUnit.MICROS)
				.atOffset(ZoneOffset.UTC);
			sql.append(" AND (m.starts_at > ? OR (m.starts_at = ? AND m.id > ?))");
			params.add(time);
			params.add(time);
			params.add(Long.parseLong(matcher.group(2)));
		}
		int limit = limit(query.limit());
		sql.append(" ORDER BY m.starts_at, m.id FETCH FIRST ? ROWS ONLY");
		params.add(limit + 1);
		List<MeetingView> found = jdbc.sql(sql.toString()).params(params).query(MeetingStore::read).list();
		if (found.size() <= limit) {
			return new Page(found, null);
		}
		List<MeetingView> page = List.copyOf(found.subList(0, limit));
		return new Page(page, cursor(page.get(limit - 1)));
	}

	static String cursor(MeetingView meeting) {
		return ChronoUnit.MICROS.between(Instant.EPOCH, meeting.startsAt().toInstant()) + "_" + meeting.id();
	}

	private static OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay(ICalendarWriter.ISTANBUL).toOffsetDateTime();
	}

	private static LocalDate date(String name, String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw DomainException.invalid("meetings.api.date-invalid", name);
		}
	}

	private static int limit(String limit) {
		if (!present(limit)) {
			return LIMIT_DEFAULT;
		}
		try {
			int value = Integer.parseInt(limit.strip());
			if (value >= 1 && value <= LIMIT_MAX) {
				return value;
			}
		}
		catch (NumberFormatException e) {
			// answered below
		}
		throw DomainException.invalid("meetings.api.limit-invalid", 1, LIMIT_MAX);
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}
}
