package org.ortakakil.meetings.calendar;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes an RFC 5545 iCalendar document that calendar applications subscribe to: one VCALENDAR
 * (PUBLISH) with the Europe/Istanbul time zone and one VEVENT per meeting. It is our own small writer
 * because the feeds need only this much: text values are escaped (backslash, semicolon, comma,
 * newline), lines end in CRLF and are folded at 75 octets without cutting a UTF-8 character in two.
 * A calendar is written whole into a string; the feeds cap how many events they hold.
 */
public final class ICalendarWriter {

	public static final String TIME_ZONE = "Europe/Istanbul";
	public static final ZoneId ISTANBUL = ZoneId.of(TIME_ZONE);
	public static final String PRODID = "-//Ortak Akil//Meetings//TR";
	/** Octets a line may hold, without its CRLF (RFC 5545 3.1). */
	static final int LINE_OCTETS = 75;

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);
	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT);

	/**
	 * One event. {@code stamp} is written as DTSTAMP and LAST-MODIFIED (the meeting's last change, so
	 * the same meetings give the same document and an unchanged feed keeps its ETag); {@code alarm}, when
	 * not null, is the text of a display alarm 24 hours before. Optional fields may be null.
	 */
	public record Event(String uid, OffsetDateTime stamp, int sequence, OffsetDateTime start, OffsetDateTime end,
			String summary, String description, String location, Double lat, Double lon, String url, String alarm) {
	}

	private final StringBuilder out = new StringBuilder(4096);

	private ICalendarWriter() {
	}

	/** The whole calendar: its name ({@code X-WR-CALNAME}) and its events in the given order. */
	public static String write(String name, List<Event> events) {
		ICalendarWriter writer = new ICalendarWriter();
		writer.line("BEGIN", "VCALENDAR");
		writer.line("VERSION", "2.0");
		writer.line("PRODID", PRODID);
		writer.line("CALSCALE", "GREGORIAN");
		writer.line("METHOD", "PUBLISH");
		writer.line("X-WR-CALNAME", text(name));
		writer.line("X-WR-TIMEZONE", TIME_ZONE);
		writer.timeZone();
		for (Event event : events) {
			writer.event(event);
		}
		writer.line("END", "VCALENDAR");
		return writer.out.toString();
	}

	/** İstanbul has kept +03:00 all year since 2016; the feeds begin 30 days ago, so one rule suffices. */
	private void timeZone() {
		line("BEGIN", "VTIMEZONE");
		line("TZID", TIME_ZONE);
		line("BEGIN", "STANDARD");
		line("DTSTART", "19700101T000000");
		line("TZOFFSETFROM", "+0300");
		line("TZOFFSETTO", "+0300");
		line("TZNAME", "+03");
		line("END", "STANDARD");
		line("END", "VTIMEZONE");
	}

	private void event(Event event) {
		line("BEGIN", "VEVENT");
		line("UID", event.uid());
		line("DTSTAMP", utc(event.stamp()));
		line("LAST-MODIFIED", utc(event.stamp()));
		line("SEQUENCE", Integer.toString(event.sequence()));
		line("DTSTART;TZID=" + TIME_ZONE, local(event.start()));
		line("DTEND;TZID=" + TIME_ZONE, local(event.end()));
		line("SUMMARY", text(event.summary()));
		if (event.description() != null && !event.description().isBlank()) {
			line("DESCRIPTION", text(event.description()));
		}
		if (event.location() != null && !event.location().isBlank()) {
			line("LOCATION", text(event.location()));
		}
		if (event.lat() != null && event.lon() != null) {
			line("GEO", String.format(Locale.ROOT, "%.6f;%.6f", event.lat(), event.lon()));
		}
		if (event.url() != null) {
			line("URL", event.url());
		}
		line("STATUS", "CONFIRMED");
		if (event.alarm() != null) {
			line("BEGIN", "VALARM");
			line("ACTION", "DISPLAY");
			line("TRIGGER;RELATED=START", "-PT24H");
			line("DESCRIPTION", text(event.alarm()));
			line("END", "VALARM");
		}
		line("END", "VEVENT");
	}

	private static String local(OffsetDateTime time) {
		return time.atZoneSameInstant(ISTANBUL).format(LOCAL);
	}

	private static String utc(OffsetDateTime time) {
		return time.withOffsetSameInstant(ZoneOffset.UTC).format(UTC);
	}

	/**
	 * A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, every kind of line break
	 * written as {@code \n}, other control characters left out.
	 */
	static String text(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(value.length() + 16);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> escaped.append("\\\\");
				case ';' -> escaped.append("\\;");
				case ',' -> escaped.append("\\,");
				case '\r' -> {
					escaped.append("\\n");
					if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
						i++;
					}
				}
				case '\n' -> escaped.append("\\n");
				default -> {
					if (c >= 0x20 && c != 0x7f || c == '\t') {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

	/** Appends {@code name:value} folded: a line holds at most 75 octets, a continuation starts with a space. */
	private void line(String name, String value) {
		fold(name + ":" + value, out);
	}

	static void fold(String line, StringBuilder out) {
		int octets = 0;
		for (int i = 0; i < line.length();) {
			int codePoint = line.codePointAt(i);
			int size = utf8Length(codePoint);
			if (octets + size > LINE_OCTETS) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

	private static int utf8Length(int codePoint) {
		return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
	}

}
