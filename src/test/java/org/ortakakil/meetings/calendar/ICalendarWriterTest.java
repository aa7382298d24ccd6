package org.ortakakil.meetings.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;

/**
 * The writer on its own: TEXT escaping, CRLF line ends, folding at 75 octets of long Turkish and
 * Arabic text without cutting a character, and a document biweekly parses and validates without a
 * warning, with its times in Europe/Istanbul. {@link #parse} is what the feed tests check feeds with.
 */
class ICalendarWriterTest {

	static final String TURKISH = "Çağlayan Mahallesi’nde şişli ığdır öğüt: İstanbul’un ılık güz akşamında "
			+ "komşularımızla birlikte çöp toplama, ağaç dikimi ve çocuk oyun alanı üzerine görüşeceğiz; "
			+ "herkes davetlidir, çay ve simit bizden.";
	static final String ARABIC = "اجتماع الحي لمناقشة حديقة الأطفال، وجمع النفايات، وزراعة الأشجار في شارع "
			+ "الاستقلال؛ الجميع مدعوون، والشاي علينا. 🌳";

	static final OffsetDateTime START = OffsetDateTime.parse("2026-05-19T15:30:00Z");

	static ICalendarWriter.Event event(String summary, String description) {
		return new ICalendarWriter.Event("meeting-7@ortakakil.istanbul", OffsetDateTime.parse("2026-05-01T08:00:00Z"),
				3, START, START.plusHours(2), summary, description, "Caferağa Mah., Moda Cd. 1, Kadıköy", 40.9869,
				29.0253, "https://katilim.example/meetings/7", "Yarın: " + summary);
	}

	/** Parses with biweekly, failing on any parse or validation warning; the calendars. */
	static List<ICalendar> parse(String document) throws Exception {
		List<List<ParseWarning>> warnings = new ArrayList<>();
		List<ICalendar> calendars = Biweekly.parse(document).warnings(warnings).all();
		assertThat(warnings.stream().flatMap(List::stream).toList()).as("parse warnings").isEmpty();
		assertThat(calendars).hasSize(1);
		assertThat(calendars.get(0).validate(ICalVersion.V2_0).isEmpty())
			.as(calendars.get(0).validate(ICalVersion.V2_0).toString()).isTrue();
		assertLines(document);
		return calendars;
	}

	/** Every line ends in CRLF, holds at most 75 octets, and is whole UTF-8 on its own. */
	static void assertLines(String document) throws CharacterCodingException {
		assertThat(document).endsWith("\r\n");
		assertThat(document.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
		for (String line : document.split("\r\n")) {
			byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
			assertThat(bytes.length).as(line).isLessThanOrEqualTo(75);
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
		}
	}

	@Test
	void textIsEscaped() {
		assertThat(ICalendarWriter.text("a\\b;c,d\ne\r\nf\rg")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng");
		assertThat(ICalendarWriter.text("zil\u0007sesi\tsekme")).isEqualTo("zilsesi\tsekme");
	}

	@Test
	void longTurkishAndArabicLinesAreFoldedWithoutCuttingACharacter() throws Exception {
		StringBuilder folded = new StringBuilder();
		ICalendarWriter.fold("DESCRIPTION:" + TURKISH, folded);
		ICalendarWriter.fold("SUMMARY:" + ARABIC, folded);
		String document = folded.toString();
		assertLines(document);
		assertThat(document.split("\r\n")).hasSizeGreaterThan(4);
		// at least one continuation line is exactly full where characters of two octets allow it
		String unfolded = document.replace("\r\n ", "");
		assertThat(unfolded).isEqualTo("DESCRIPTION:" + TURKISH + "\r\nSUMMARY:" + ARABIC + "\r\n");
	}

	@Test
	void aShortLineIsNotFolded() {
		StringBuilder out = new StringBuilder();
		ICalendarWriter.fold("X".repeat(75), out);
		assertThat(out.toString()).isEqualTo("X".repeat(75) + "\r\n");
		out.setLength(0);
		ICalendarWriter.fold("X".repeat(76), out);
		assertThat(out.toString()).isEqualTo("X".repeat(75) + "\r\n X\r\n");
	}

	@Test
	void aCalendarParsesWithoutWarningsInIstanbulTime() throws Exception {
		String document = ICalendarWriter.write("Kadıköy – toplantılar, herkese açık",
				List.of(event("Caferağa; mahalle toplantısı, 2026", TURKISH + "\n\nİkinci paragraf: a\\b")));
		assertThat(document).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
			.contains("METHOD:PUBLISH\r\n", "CALSCALE:GREGORIAN\r\n", "X-WR-TIMEZONE:Europe/Istanbul\r\n",
					"TZID:Europe/Istanbul\r\n", "TZOFFSETTO:+0300\r\n", "DTSTART;TZID=Europe/Istanbul:20260519T183000\r\n",
					"DTEND;TZID=Europe/Istanbul:20260519T203000\r\n", "DTSTAMP:20260501T080000Z\r\n",
					"GEO:40.986900;29.025300\r\n", "STATUS:CONFIRMED\r\n", "TRIGGER;RELATED=START:-PT24H\r\n", "SEQUENCE:3\r\n",
					"SUMMARY:Caferağa\\; mahalle toplantısı\\, 2026\r\n");
		ICalendar calendar = parse(document).get(0);
		// biweekly keeps an unknown property's value as written, escapes included
		assertThat(calendar.getExperimentalProperty("X-WR-CALNAME").getValue())
			.isEqualTo("Kadıköy – toplantılar\\, herkese açık");
		VEvent parsed = calendar.getEvents().get(0);
		assertThat(parsed.getUid().getValue()).isEqualTo("meeting-7@ortakakil.istanbul");
		assertThat(parsed.getSummary().getValue()).isEqualTo("Caferağa; mahalle toplantısı, 2026");
		assertThat(parsed.getDescription().getValue()).isEqualTo(TURKISH + "\n\nİkinci paragraf: a\\b");
		assertThat(parsed.getDateStart().getValue().toInstant()).isEqualTo(START.toInstant());
		assertThat(parsed.getDateEnd().getValue().toInstant()).isEqualTo(START.plusHours(2).toInstant());
		assertThat(calendar.getTimezoneInfo().getTimezone(parsed.getDateStart()).getComponent().getTimezoneId()
			.getValue()).isEqualTo("Europe/Istanbul");
		assertThat(parsed.getGeo().getLatitude()).isEqualTo(40.9869);
		assertThat(parsed.getLocation().getValue()).isEqualTo("Caferağa Mah., Moda Cd. 1, Kadıköy");
		assertThat(parsed.getAlarms()).hasSize(1);
		assertThat(parsed.getAlarms().get(0).getTrigger().getDuration().toString()).isEqualTo("-PT24H");
	}

	@Test
	void anArabicCalendarParsesToTheSameText() throws Exception {
		String document = ICalendarWriter.write(ARABIC, List.of(event(ARABIC, ARABIC)));
		VEvent parsed = parse(document).get(0).getEvents().get(0);
		assertThat(parsed.getSummary().getValue()).isEqualTo(ARABIC);
		assertThat(parsed.getDescription().getValue()).isEqualTo(ARABIC);
	}
}
