package org.ortakakil.meetings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.identity.AccountSupport;
import org.ortakakil.identity.Role;
import org.ortakakil.meetings.MeetingType;
import org.ortakakil.meetings.OrganiserKind;
import org.ortakakil.meetings.RegistrationStatus;
import org.ortakakil.meetings.internal.MeetingDraft;
import org.ortakakil.meetings.internal.Meetings;
import org.ortakakil.meetings.internal.RegistrationView;
import org.ortakakil.meetings.internal.Registrations;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.shared.Slug;
import org.ortakakil.spaces.AssemblyType;
import org.ortakakil.spaces.SpaceKind;
import org.ortakakil.spaces.internal.AssemblyAdministration;
import org.ortakakil.spaces.internal.AssemblyDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jakarta.servlet.http.Cookie;

/**
 * The meeting pages with every bad input of the issue: a meeting ending before it starts or in the
 * past, registering twice, a full meeting's waiting list and its promotion, someone else's
 * registration, another meeting's code at the door, minutes by someone who is not an organiser, and an
 * agenda item once a published agenda's meeting has begun.
 */
@IntegrationTest
class MeetingPagesIT {

	static final int KADIKOY = 1421;
	static final int CAFERAGA = 40512;
	static final Actor ACTOR = new Actor("test", "127.0.0.1");

	@Autowired
	MockMvc mvc;
	@Autowired
	ApplicationContext context;
	@Autowired
	Meetings meetings;
	@Autowired
	Registrations registrations;
	@Autowired
	AssemblyAdministration assemblies;
	@Autowired
	JdbcClient jdbc;

	AccountSupport support;
	String slug;
	long spaceId;
	Cookie coordinator;

	@BeforeEach
	void space() throws Exception {
		support = new AccountSupport(mvc, context);
		slug = "toplanti-" + System.nanoTime();
		spaceId = assemblies.createAssembly(new AssemblyDraft(new Slug(slug), AssemblyType.DISTRICT_COUNCIL,
				LocalizedText.of("Toplantı meclisi"), null, null, Set.of(KADIKOY), Set.of()), ACTOR);
		assemblies.setAssemblyPublished(spaceId, true, ACTOR);
		coordinator = support.newAccount("koordinator", "Koordinatör Zeynep");
		support.grant(support.idOf(coordinator), Role.DISTRICT_COORDINATOR, String.valueOf(KADIKOY));
	}

	long meeting(String title, Integer capacity, int reserved) {
		OffsetDateTime start = OffsetDateTime.now().plusDays(3).withNano(0);
		return meetings.create(new MeetingDraft(SpaceKind.ASSEMBLY, spaceId, LocalizedText.of(title), null,
				MeetingType.HYBRID, "Moda Caddesi 1, Kadıköy", null, null, null, KADIKOY, CAFERAGA,
				"https://toplanti.example.org/oda", start, start.plusHours(2), OrganiserKind.DISTRICT_COORDINATOR,
				CAFERAGA, true, true, false, List.of("tr", "en"), true, capacity, reserved,
				List.of(new MeetingDraft.Question("Hangi konuyu konuşmak istersiniz?", true))), null, ACTOR);
	}

	long questionOf(long meeting) {
		return jdbc.sql("SELECT id FROM meeting_question WHERE meeting_id = ?").param(meeting).query(Long.class).single();
	}

	MockHttpServletRequestBuilder register(long meeting, Cookie who) {
		return post("/meetings/" + meeting + "/register").with(csrf()).cookie(who)
			.param("answer-" + questionOf(meeting), "Sahil yolu");
	}

	MockHttpServletRequestBuilder form(Cookie who, String date, String start, String end) {
		return post("/meetings/new").param("space", slug).with(csrf()).cookie(who).param("title[tr]", "Yeni toplantı")
			.param("type", "IN_PERSON").param("address", "Moda Caddesi 1").param("district", String.valueOf(KADIKOY))
			.param("startDate", date).param("startTime", start).param("endTime", end)
			.param("organiserKind", "DISTRICT_COORDINATOR").param("capacity", "20").param("reservedPlaces", "2");
	}

	@Test
	void anOrganiserCreatesAMeetingAndSeesEachMistakeBesideItsField() throws Exception {
		String later = LocalDate.now().plusDays(10).toString();
		mvc.perform(get("/meetings/new").param("space", slug).param("district", String.valueOf(KADIKOY)).cookie(coordinator))
			.andExpect(status().isOk()).andExpect(content().string(containsString("name=\"startDate\"")));
		mvc.perform(form(coordinator, later, "18:00", "17:00"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"endTime\" name=\"endTime\" type=\"time\" required value=\"17:00\" aria-invalid=\"true\"")))
			.andExpect(content().string(containsString("value=\"Yeni toplantı\"")));
		mvc.perform(form(coordinator, LocalDate.now().minusDays(2).toString(), "18:00", "20:00"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("aria-invalid=\"true\" aria-describedby=\"startDate-error\"")));
		mvc.perform(form(coordinator, "gelecek hafta", "18:00", "20:00"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Başlangıç tarihini ve saatini girin")));
		mvc.perform(form(coordinator, later, "18:00", "20:00")).andExpect(redirectedUrlPattern("/meetings/*?created"));
		mvc.perform(get("/meetings").param("district", "kadikoy")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Yeni toplantı")));
	}

	@Test
	void someoneWhoOrganisesNothingMayNotCreateOrWriteMinutes() throws Exception {
		Cookie resident = support.newAccount("sakin", "Sakin Ali");
		long id = meeting("Başkasının toplantısı", null, 0);
		mvc.perform(get("/meetings/new").param("space", slug).cookie(resident)).andExpect(status().isForbidden());
		mvc.perform(get("/meetings/" + id + "/minutes").cookie(resident)).andExpect(status().isForbidden());
		mvc.perform(post("/meetings/" + id + "/minutes").with(csrf()).cookie(resident).param("minutes[tr]", "Yazdım"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/meetings/" + id + "/checkin").cookie(resident)).andExpect(status().isForbidden());
	}

	@Test
	void theListMapAndCalendarShowAMeetingAndABadMonthIsRefused() throws Exception {
		long id = meeting("Takvimdeki toplantı", null, 0);
		String month = jdbc.sql("SELECT starts_at FROM meeting WHERE id = ?").param(id).query(OffsetDateTime.class)
			.single().atZoneSameInstant(MeetingFinder.ISTANBUL).toString().substring(0, 7);
		mvc.perform(get("/meetings").param("space", slug).param("signLanguage", "true")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Takvimdeki toplantı")));
		mvc.perform(get("/meetings").param("space", slug).param("childcare", "true"))
			.andExpect(content().string(not(containsString("Takvimdeki toplantı"))));
		mvc.perform(get("/meetings/calendar").param("month", month).param("space", slug)).andExpect(status().isOk())
			.andExpect(content().string(containsString("<table class=\"month-grid\">")))
			.andExpect(content().string(containsString("Takvimdeki toplantı")));
		mvc.perform(get("/meetings/calendar").param("month", "2026-13")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("bir ay değil")));
		mvc.perform(get("/meetings/map.json").param("space", slug)).andExpect(status().isOk());
		mvc.perform(get("/meetings/" + id)).andExpect(status().isOk())
			.andExpect(content().string(containsString("İşaret dili çevirisi")))
			.andExpect(content().string(not(containsString("toplanti.example.org"))));
	}

	@Test
	void anAnonymousVisitorIsSentToLogIn() throws Exception {
		long id = meeting("Giriş isteyen toplantı", null, 0);
		mvc.perform(post("/meetings/" + id + "/register").with(csrf())).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/account/meetings")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aResidentRegistersOnceSeesTheCodeAndQrAndMayNotRegisterTwice() throws Exception {
		Cookie resident = support.newAccount("kayit", "Kayıtlı Ayşe");
		long id = meeting("Kayıt toplantısı", 10, 0);
		mvc.perform(post("/meetings/" + id + "/register").with(csrf()).cookie(resident))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(register(id, resident)).andExpect(redirectedUrl("/meetings/" + id + "/registration"));
		mvc.perform(register(id, resident)).andExpect(status().isConflict());
		String code = registrations.find(id, String.valueOf(support.idOf(resident))).orElseThrow().code();
		mvc.perform(get("/meetings/" + id + "/registration").cookie(resident)).andExpect(status().isOk())
			.andExpect(content().string(containsString(code))).andExpect(content().string(containsString("<svg")));
		mvc.perform(get("/account/meetings").cookie(resident))
			.andExpect(content().string(containsString("Kayıt toplantısı")));
	}

	@Test
	void aFullMeetingPutsPeopleOnTheWaitingListAndACancellationPromotesThem() throws Exception {
		Cookie first = support.newAccount("ilk", "İlk Gelen");
		Cookie second = support.newAccount("ikinci", "İkinci Gelen");
		long id = meeting("Dolu toplantı", 1, 0);
		mvc.perform(register(id, first)).andExpect(status().is3xxRedirection());
		mvc.perform(register(id, second)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/meetings/" + id + "/registration").cookie(second))
			.andExpect(content().string(containsString("Bekleme listesinde")));
		RegistrationView firstRegistration = registrations.find(id, String.valueOf(support.idOf(first))).orElseThrow();
		mvc.perform(post("/meetings/" + id + "/registration/cancel").with(csrf()).cookie(second)
			.param("registration", String.valueOf(firstRegistration.id()))).andExpect(status().isForbidden());
		mvc.perform(post("/meetings/" + id + "/registration/cancel").with(csrf()).cookie(first))
			.andExpect(status().is3xxRedirection());
		assertThat(registrations.find(id, String.valueOf(support.idOf(second))).orElseThrow().status())
			.isEqualTo(RegistrationStatus.REGISTERED);
	}

	@Test
	void aStaffMemberRegistersAResidentWhoIsPresentOnAReservedPlace() throws Exception {
		long id = meeting("Ayrılmış yerli toplantı", 2, 1);
		long question = questionOf(id);
		assertThat(registrations.register(id, "sakin-1-" + id, "tr", Map.of(question, "a"), null).status())
			.isEqualTo(RegistrationStatus.REGISTERED);
		assertThat(registrations.register(id, "sakin-2-" + id, "tr", Map.of(question, "a"), null).status())
			.isEqualTo(RegistrationStatus.WAITING);
		RegistrationView assisted = registrations.register(id, "sakin-3-" + id, "tr", Map.of(question, "a"), "ofis-1");
		assertThat(assisted.status()).isEqualTo(RegistrationStatus.REGISTERED);
		assertThat(assisted.reserved()).isTrue();
	}

	@Test
	void theDoorChecksInByCodeAndRefusesAnotherMeetingsCode() throws Exception {
		Cookie muhtar = support.newAccount("muhtar", "Muhtar Hasan");
		support.grant(support.idOf(muhtar), Role.MUHTAR, String.valueOf(CAFERAGA));
		Cookie resident = support.newAccount("kapi", "Kapıdaki Can");
		long id = meeting("Kapı toplantısı", null, 0);
		long other = meeting("Öteki toplantı", null, 0);
		mvc.perform(register(id, resident));
		mvc.perform(register(other, resident));
		String principal = String.valueOf(support.idOf(resident));
		String code = registrations.find(id, principal).orElseThrow().code();
		String otherCode = registrations.find(other, principal).orElseThrow().code();
		mvc.perform(post("/meetings/" + id + "/checkin").with(csrf()).cookie(muhtar).param("code", otherCode))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/meetings/" + id + "/checkin").with(csrf()).cookie(muhtar).param("code", "ZZZZZZZZ"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/meetings/" + id + "/checkin").with(csrf()).cookie(muhtar).param("code", code.toLowerCase())
			.header("HX-Request", "true")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Kapıdaki Can")));
		mvc.perform(get("/meetings/" + id + "/checkin/count").cookie(muhtar))
			.andExpect(content().string(containsString("1 / 1")));
	}

	@Test
	void aPublishedAgendaIsClosedOnceTheMeetingStartsAndMinutesArePublished() throws Exception {
		long id = meeting("Gündemli toplantı", null, 0);
		mvc.perform(post("/meetings/" + id + "/agenda").with(csrf()).cookie(coordinator).param("title", "Açılış")
			.param("durationMinutes", "10")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/meetings/" + id + "/agenda").with(csrf()).cookie(coordinator).param("title", "")
			.param("durationMinutes", "10")).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/meetings/" + id + "/agenda/publish").with(csrf()).cookie(coordinator))
			.andExpect(status().is3xxRedirection());
		jdbc.sql("UPDATE meeting SET starts_at = ? WHERE id = ?").params(OffsetDateTime.now().minusMinutes(10), id).update();
		mvc.perform(post("/meetings/" + id + "/agenda").with(csrf()).cookie(coordinator).param("title", "Geç madde"))
			.andExpect(status().isConflict());
		mvc.perform(post("/meetings/" + id + "/minutes").with(csrf()).cookie(coordinator)
			.param("minutes[tr]", "Sahil yolu konuşuldu.").param("attendance", "12")
			.param("organisations[0].organisation", "Moda Derneği").param("organisations[0].attendees", "4")
			.param("decisions[0].decision", "Bank konulacak, ayrıca çöp kutusu").param("decisions[0].responsible", "Muhtarlık")
			.param("decisions[0].dueOn", LocalDate.now().plusMonths(1).toString()).param("then", "publish"))
			.andExpect(redirectedUrl("/meetings/" + id + "#minutes"));
		mvc.perform(get("/meetings/" + id)).andExpect(content().string(containsString("Sahil yolu konuşuldu.")))
			.andExpect(content().string(containsString("Bank konulacak, ayrıca çöp kutusu")))
			.andExpect(content().string(containsString("Moda Derneği")));
	}

	@Test
	void everyOrganiserPageOpensForTheCoordinatorAndAChangeIsSaved() throws Exception {
		long id = meeting("Yönetilen toplantı", 5, 1);
		for (String page : List.of("edit", "agenda", "attendees", "checkin", "minutes")) {
			mvc.perform(get("/meetings/" + id + "/" + page).cookie(coordinator)).andExpect(status().isOk())
				.andExpect(content().string(containsString("Yönetilen toplantı")));
		}
		mvc.perform(get("/meetings/" + id).cookie(coordinator))
			.andExpect(content().string(containsString("/meetings/" + id + "/checkin")));
		String date = LocalDate.now().plusDays(12).toString();
		mvc.perform(post("/meetings/" + id + "/edit").with(csrf()).cookie(coordinator).param("title[tr]", "Yönetilen toplantı")
			.param("type", "ONLINE").param("onlineUrl", "http://duz.example.org").param("startDate", date)
			.param("startTime", "10:00").param("endTime", "11:00").param("organiserKind", "COUNCIL"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("aria-invalid=\"true\" aria-describedby=\"onlineUrl-error\"")));
		mvc.perform(post("/meetings/" + id + "/edit").with(csrf()).cookie(coordinator).param("title[tr]", "Yönetilen toplantı")
			.param("type", "ONLINE").param("onlineUrl", "https://oda.example.org").param("startDate", date)
			.param("startTime", "10:00").param("endTime", "11:00").param("organiserKind", "COUNCIL")
			.param("_registrationOpen", "on")).andExpect(redirectedUrl("/meetings/" + id));
		assertThat(jdbc.sql("SELECT registration_open FROM meeting WHERE id = ?").param(id).query(Boolean.class).single())
			.isFalse();
	}
}
