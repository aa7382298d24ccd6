package org.ortakakil.meetings.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ortakakil.geography.Geography;
import org.ortakakil.identity.Accounts;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.meetings.MeetingType;
import org.ortakakil.meetings.MeetingView;
import org.ortakakil.meetings.RegistrationStatus;
import org.ortakakil.meetings.internal.MeetingStore;
import org.ortakakil.shared.DomainException;
import org.ortakakil.spaces.SpaceKind;
import org.ortakakil.spaces.Spaces;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The iCalendar feeds: a space's meetings, a district's, and a person's own registrations (registered
 * or waiting) behind their secret link. Each holds the meetings that start from {@link #PAST} ago to
 * {@link #AHEAD} ahead, at most {@link #MAX_EVENTS}, soonest first, in the asked language (Turkish
 * where a text has none). The online link never goes into a public feed; in a person's own feed it is
 * written only for a registered attendee once the meeting page would show it ({@link MeetingView#linkVisibleAt}).
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeeds {

	static final Duration PAST = Duration.ofDays(30);
	static final Duration AHEAD = Duration.ofDays(366);
	static final int MAX_EVENTS = 2000;

	private static final String SELECT = MeetingStore.SELECT.replaceFirst("SELECT ",
			"SELECT m.created_at AS feed_created, m.updated_at AS feed_updated, ");
	private static final String WINDOW = " m.starts_at >= ? AND m.starts_at < ? ORDER BY m.starts_at, m.id"
			+ " FETCH FIRST " + MAX_EVENTS + " ROWS ONLY";

	/** A meeting with its change times and, in a person's feed, their registration. */
	private record Row(MeetingView meeting, OffsetDateTime created, OffsetDateTime updated,
			RegistrationStatus status, String code) {
	}

	private final JdbcClient jdbc;
	private final Spaces spaces;
	private final Geography geography;
	private final CalendarLinks links;
	private final Accounts accounts;
	private final MessageSource messages;
	private final Clock clock;
	private final String baseUrl;

	CalendarFeeds(JdbcClient jdbc, Spaces spaces, Geography geography, CalendarLinks links, Accounts accounts,
			MessageSource messages,
			Clock clock, @Value("${ortakakil.accounts.base-url:http://localhost:8080}") String baseUrl) {
		this.jdbc = jdbc;
		this.spaces = spaces;
		this.geography = geography;
		this.links = links;
		this.accounts = accounts;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** The meetings of the process or assembly with this slug; NOT_FOUND {@code calendar.space-unknown}. */
	public String space(String slug, Locale locale) {
		SpaceKind kind;
		long id;
		String title;
		var process = spaces.process(slug);
		if (process.isPresent()) {
			kind = SpaceKind.PROCESS;
			id = process.get().id();
			title = process.get().title().in(locale);
		}
		else {
			var assembly = spaces.assembly(slug).orElseThrow(() -> DomainException.notFound("calendar.space-unknown"));
			kind = SpaceKind.ASSEMBLY;
			id = assembly.id();
			title = assembly.title().in(locale);
		}
		OffsetDateTime now = now();
		List<Row> rows = jdbc.sql(SELECT + " WHERE m.space_kind = ? AND m.space_id = ? AND" + WINDOW)
			.params(kind.name(), id, now.minus(PAST), now.plus(AHEAD)).query(CalendarFeeds::row).list();
		return write(message("calendar.name", locale, title), rows, locale, now, false);
	}

	/** The meetings in the district with this slug; NOT_FOUND {@code calendar.district-unknown}. */
	public String district(String slug, Locale locale) {
		var district = geography.district(slug).orElseThrow(() -> DomainException.notFound("calendar.district-unknown"));
		OffsetDateTime now = now();
		List<Row> rows = jdbc.sql(SELECT + " WHERE m.district_id = ? AND" + WINDOW)
			.params(district.id(), now.minus(PAST), now.plus(AHEAD)).query(CalendarFeeds::row).list();
		return write(message("calendar.name", locale, district.name()), rows, locale, now, false);
	}

	/**
	 * The registrations of the person whose secret link this is, with an alarm a day before each;
	 * NOT_FOUND {@code calendar.link-unknown}. {@code locale} null means the language of the person's
	 * account (a calendar application sends none).
	 */
	public String personal(String token, Locale locale) {
		String principal = links.principalOf(token).orElseThrow(() -> DomainException.notFound("calendar.link-unknown"));
		Locale language = locale != null ? locale
				: Locale.forLanguageTag(accounts.byPrincipal(principal).map(CurrentAccount::language).orElse("tr"));
		OffsetDateTime now = now();
		List<Row> rows = jdbc.sql(SELECT.replaceFirst(" FROM meeting m", ", r.status AS registration_status, "
				+ "r.code AS registration_code FROM meeting m JOIN meeting_registration r ON r.meeting_id = m.id")
				+ " WHERE r.principal = ? AND r.status IN ('REGISTERED', 'WAITING') AND" + WINDOW)
			.params(principal, now.minus(PAST), now.plus(AHEAD)).query(CalendarFeeds::personalRow).list();
		return write(message("calendar.name.mine", language), rows, language, now, true);
	}

	private String write(String name, List<Row> rows, Locale locale, OffsetDateTime now, boolean personal) {
		List<ICalendarWriter.Event> events = new ArrayList<>(rows.size());
		for (Row row : rows) {
			events.add(event(row, locale, now, personal));
		}
		return ICalendarWriter.write(name, events);
	}

	private ICalendarWriter.Event event(Row row, Locale locale, OffsetDateTime now, boolean personal) {
		MeetingView meeting = row.meeting();
		String title = meeting.title().in(locale);
		List<String> lines = new ArrayList<>();
		if (personal) {
			lines.add(row.status() == RegistrationStatus.REGISTERED
					? message("calendar.event.registered", locale, row.code())
					: message("calendar.event.waiting", locale));
			if (row.status() == RegistrationStatus.REGISTERED && meeting.linkVisibleAt(now)) {
				lines.add(message("calendar.event.link", locale, meeting.onlineUrl()));
			}
		}
		if (meeting.description() != null) {
			lines.add(meeting.description().in(locale));
		}
		String url = baseUrl + "/meetings/" + meeting.id();
		lines.add(url);
		return new ICalendarWriter.Event(uid(meeting.id()), row.updated(), sequence(row), meeting.startsAt(),
				meeting.endsAt(), title, String.join("\n\n", lines), location(meeting, locale), meeting.lat(),
				meeting.lon(), url, personal ? message("calendar.alarm", locale, title) : null);
	}

	/** The address, "online", or both for a hybrid meeting. */
	private String location(MeetingView meeting, Locale locale) {
		String online = message("calendar.online", locale);
		if (meeting.type() == MeetingType.ONLINE) {
			return online;
		}
		return meeting.type() == MeetingType.HYBRID && meeting.address() != null ? meeting.address() + " / " + online
				: meeting.address();
	}

	/**
	 * A number that grows with every change of the meeting: minutes from its creation to its last change
	 * (the schema keeps no revision count, and this one never goes back).
	 */
	private static int sequence(Row row) {
		return (int) Math.max(0, Duration.between(row.created(), row.updated()).toMinutes());
	}

	public static String uid(long meetingId) {
		return "meeting-" + meetingId + "@ortakakil.istanbul";
	}

	private String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(MeetingStore.read(rs, n), MeetingStore.time(rs, "feed_created"),
				MeetingStore.time(rs, "feed_updated"), null, null);
	}

	private static Row personalRow(ResultSet rs, int n) throws SQLException {
		return new Row(MeetingStore.read(rs, n), MeetingStore.time(rs, "feed_created"),
				MeetingStore.time(rs, "feed_updated"), RegistrationStatus.valueOf(rs.getString("registration_status")),
				rs.getString("registration_code"));
	}
}
