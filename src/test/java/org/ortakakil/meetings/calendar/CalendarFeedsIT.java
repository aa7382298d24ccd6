package org.ortakakil.meetings.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.identity.AccountSupport;
import org.ortakakil.meetings.RegistrationStatus;
import org.ortakakil.meetings.internal.MeetingStore;
import org.ortakakil.meetings.internal.Registrations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import jakarta.servlet.http.Cookie;

/**
 * The feeds over HTTP, each parsed by biweekly without a warning: a district's and a space's meetings
 * from 30 days ago to a year ahead and no others, in the asked language, times in Europe/Istanbul,
 * never the online link; ETag answered with 304; unknown slugs and links 404. A person's own feed
 * behind the secret link made on /account/calendar: their registered and waiting meetings with alarms,
 * the code, the link once it may be shown, and a new link retiring the old one.
 */
@IntegrationTest
class CalendarFeedsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Registrations registrations;

	@Autowired
	MeetingStore store;

	@Autowired
	JdbcClient jdbc;

	MvcResult fetch(MockHttpServletRequestBuilder request, int status) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(status);
		return result;
	}

	String calendar(String path) throws Exception {
		MvcResult result = fetch(get(path), 200);
		assertThat(result.getResponse().getContentType()).isEqualToIgnoringCase("text/calendar;charset=UTF-8");
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	static List<String> uids(ICalendar calendar) {
		return calendar.getEvents().stream().map(e -> e.getUid().getValue()).toList();
	}

	static VEvent event(ICalendar calendar, long meetingId) {
		return calendar.getEvents().stream().filter(e -> e.getUid().getValue().equals(CalendarFeeds.uid(meetingId)))
			.findFirst().orElseThrow();
	}

	@Test
	void aDistrictFeedHoldsItsMeetingsOfTheWindowInIstanbulTime() throws Exception {
		CalendarFixtures fixtures = new CalendarFixtures(context);
		CalendarFixtures.Space space = fixtures.space("takvim-ilce");
		long soon = fixtures.kadikoy(space, "Caferağa buluşması, bahar", CalendarFixtures.in(2 * 24 * 60), 30);
		long recent = fixtures.kadikoy(space, "Geçen ayın toplantısı", CalendarFixtures.in(60), null);
		fixtures.moveToPast(recent, 20);
		long old = fixtures.kadikoy(space, "Eski toplantı", CalendarFixtures.in(60), null);
		fixtures.moveToPast(old, 40);
		long far = fixtures.kadikoy(space, "Gelecek yılın toplantısı", CalendarFixtures.in(400L * 24 * 60), null);
		long fatih = fixtures.fatih(space, "Fatih toplantısı", CalendarFixtures.in(3 * 24 * 60));

		String document = calendar("/calendar/districts/kadikoy.ics");
		ICalendar calendar = ICalendarWriterTest.parse(document).get(0);
		assertThat(uids(calendar)).contains(CalendarFeeds.uid(soon), CalendarFeeds.uid(recent))
			.doesNotContain(CalendarFeeds.uid(old), CalendarFeeds.uid(far), CalendarFeeds.uid(fatih));
		VEvent event = event(calendar, soon);
		assertThat(event.getSummary().getValue()).isEqualTo("Caferağa buluşması, bahar");
		assertThat(event.getDescription().getValue()).startsWith("Gündem: park, çöp; herkes gelsin.\nİkinci satır")
			.endsWith("/meetings/" + soon);
		assertThat(event.getUrl().getValue()).endsWith("/meetings/" + soon);
		assertThat(event.getLocation().getValue()).contains("Caferağa Mah., Moda Cd. No:1, Kadıköy");
		assertThat(event.getGeo().getLatitude()).isEqualTo(40.9869);
		assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(store.get(soon).startsAt().toInstant());
		assertThat(calendar.getTimezoneInfo().getTimezone(event.getDateStart()).getComponent().getTimezoneId()
			.getValue()).isEqualTo("Europe/Istanbul");
		assertThat(event.getAlarms()).isEmpty();
		assertThat(document).contains("X-WR-CALNAME:Kadıköy – Ortak Akıl toplantıları")
			.doesNotContain(CalendarFixtures.ONLINE_URL);

		ICalendar english = ICalendarWriterTest.parse(calendar("/calendar/districts/kadikoy.ics?lang=en")).get(0);
		assertThat(event(english, soon).getSummary().getValue()).isEqualTo("EN Caferağa buluşması, bahar");
		assertThat(event(english, soon).getLocation().getValue()).endsWith("/ Online");

		ICalendar fatihFeed = ICalendarWriterTest.parse(calendar("/calendar/districts/fatih.ics")).get(0);
		assertThat(uids(fatihFeed)).contains(CalendarFeeds.uid(fatih)).doesNotContain(CalendarFeeds.uid(soon));
	}

	@Test
	void aSpaceFeedHoldsOnlyItsOwnMeetingsAndPollingIsCheap() throws Exception {
		CalendarFixtures fixtures = new CalendarFixtures(context);
		CalendarFixtures.Space space = fixtures.space("takvim-alan");
		CalendarFixtures.Space other = fixtures.space("takvim-baska");
		long mine = fixtures.kadikoy(space, "Alan toplantısı", CalendarFixtures.in(5 * 24 * 60), null);
		long fatih = fixtures.fatih(space, "Alanın Fatih toplantısı", CalendarFixtures.in(6 * 24 * 60));
		long theirs = fixtures.kadikoy(other, "Başka alan", CalendarFixtures.in(5 * 24 * 60), null);

		String path = "/calendar/spaces/" + space.slug() + ".ics";
		MvcResult first = fetch(get(path), 200);
		String etag = first.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(first.getResponse().getHeader("Cache-Control")).contains("max-age=900", "public");
		ICalendar calendar = ICalendarWriterTest.parse(first.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.get(0);
		assertThat(uids(calendar)).containsExactly(CalendarFeeds.uid(mine), CalendarFeeds.uid(fatih));
		assertThat(uids(calendar)).doesNotContain(CalendarFeeds.uid(theirs));

		assertThat(fetch(get(path).header("If-None-Match", etag), 304).getResponse().getContentLength()).isZero();
		fixtures.kadikoy(space, "Yeni eklenen", CalendarFixtures.in(7 * 24 * 60), null);
		assertThat(fetch(get(path).header("If-None-Match", etag), 200).getResponse().getHeader("ETag"))
			.isNotEqualTo(etag);
	}

	@Test
	void unknownSpacesDistrictsAndLinksAreNotFound() throws Exception {
		fetch(get("/calendar/spaces/boyle-bir-alan-yok.ics"), 404);
		fetch(get("/calendar/districts/atlantis.ics"), 404);
		fetch(get("/calendar/me/bilinmeyen-bir-anahtar.ics"), 404);
		fetch(get("/calendar/me/" + "x".repeat(100) + ".ics"), 404);
	}

	@Test
	void aPersonsOwnFeedHoldsTheirRegistrationsBehindASecretLink() throws Exception {
		AccountSupport accounts = new AccountSupport(mvc, context);
		Cookie session = accounts.newAccount("takvim", "Takvim Sahibi");
		String principal = Long.toString(accounts.idOf(session));
		Cookie firstComer = accounts.newAccount("takvim-ilk", "İlk Gelen");
		CalendarFixtures fixtures = new CalendarFixtures(context);
		CalendarFixtures.Space space = fixtures.space("takvim-kisi");
		long startingSoon = fixtures.kadikoy(space, "Birazdan başlıyor", CalendarFixtures.in(10), null);
		long full = fixtures.kadikoy(space, "Dolu toplantı", CalendarFixtures.in(3 * 24 * 60), 1);
		long cancelled = fixtures.kadikoy(space, "Vazgeçilen", CalendarFixtures.in(4 * 24 * 60), null);
		long notMine = fixtures.kadikoy(space, "Başkasının", CalendarFixtures.in(4 * 24 * 60), null);
		String code = registrations.register(startingSoon, principal, "tr", Map.of(), null).code();
		registrations.register(full, Long.toString(accounts.idOf(firstComer)), "tr", Map.of(), null);
		assertThat(registrations.register(full, principal, "tr", Map.of(), null).status())
			.isEqualTo(RegistrationStatus.WAITING);
		registrations.cancel(registrations.register(cancelled, principal, "tr", Map.of(), null).id(), principal, false);

		assertThat(fetch(get("/account/calendar"), 302).getResponse().getRedirectedUrl()).endsWith("/login");
		String page = fetch(get("/account/calendar").cookie(session), 200).getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Henüz bir takvim bağlantınız yok.").doesNotContain("/calendar/me/");
		fetch(post("/account/calendar").with(csrf()).cookie(session), 302);
		String token = jdbc.sql("SELECT token FROM meeting_calendar_link WHERE principal = ?").param(principal)
			.query(String.class).single();
		page = fetch(get("/account/calendar").cookie(session), 200).getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("/calendar/me/" + token + ".ics", "webcal://localhost:8080/calendar/me/" + token);

		String document = calendar("/calendar/me/" + token + ".ics");
		assertThat(fetch(get("/calendar/me/" + token + ".ics"), 200).getResponse().getHeader("Cache-Control"))
			.contains("private");
		ICalendar calendar = ICalendarWriterTest.parse(document).get(0);
		assertThat(uids(calendar)).containsExactly(CalendarFeeds.uid(startingSoon), CalendarFeeds.uid(full));
		assertThat(uids(calendar)).doesNotContain(CalendarFeeds.uid(cancelled), CalendarFeeds.uid(notMine));
		VEvent soon = event(calendar, startingSoon);
		assertThat(soon.getAlarms()).hasSize(1);
		assertThat(soon.getDescription().getValue()).contains("Giriş kodunuz: " + code,
				store.get(startingSoon).onlineUrl());
		VEvent waiting = event(calendar, full);
		assertThat(waiting.getDescription().getValue()).contains("Bekleme listesindesiniz")
			.doesNotContain(CalendarFixtures.ONLINE_URL);
		assertThat(document).contains("X-WR-CALNAME:Ortak Akıl – toplantılarım");
		assertThat(calendar("/calendar/me/" + token + ".ics?lang=en")).contains("X-WR-CALNAME:Ortak Akıl – my meetings");

		fetch(post("/account/calendar").with(csrf()).cookie(session), 302);
		fetch(get("/calendar/me/" + token + ".ics"), 404);
		String renewed = jdbc.sql("SELECT token FROM meeting_calendar_link WHERE principal = ?").param(principal)
			.query(String.class).single();
		assertThat(renewed).isNotEqualTo(token);
		ICalendarWriterTest.parse(calendar("/calendar/me/" + renewed + ".ics"));
	}
}
