package org.ortakakil.meetings.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.identity.AccountSupport;
import org.ortakakil.meetings.calendar.CalendarFixtures;
import org.ortakakil.meetings.internal.Agendas;
import org.ortakakil.meetings.internal.Minutes;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jakarta.servlet.http.Cookie;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The meetings API: the list by space and district, pages by cursor, the day range in İstanbul, public
 * fields only (never the online link); one meeting with its published agenda, minutes and decisions;
 * registration (201 registered or waiting, 409 twice, 401 anonymous); and each bad input answered
 * with a ProblemDetail in the request's language.
 */
@IntegrationTest
class MeetingsApiIT {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Agendas agendas;

	@Autowired
	Minutes minutes;

	JsonNode json(MockHttpServletRequestBuilder request, int status) throws Exception {
		MvcResult result = mvc.perform(request.accept(MediaType.APPLICATION_JSON)).andReturn();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as(body).isEqualTo(status);
		return JSON.readTree(body);
	}

	List<Long> ids(JsonNode listing) {
		return listing.get("meetings").valueStream().map(m -> m.get("id").asLong()).toList();
	}

	@Test
	void meetingsAreListedBySpaceAndDistrictPageByPage() throws Exception {
		CalendarFixtures fixtures = new CalendarFixtures(context);
		CalendarFixtures.Space space = fixtures.space("api-liste");
		long first = fixtures.kadikoy(space, "Birinci", CalendarFixtures.in(2 * 24 * 60), 20);
		long second = fixtures.kadikoy(space, "İkinci", CalendarFixtures.in(3 * 24 * 60), null);
		long third = fixtures.fatih(space, "Üçüncü", CalendarFixtures.in(4 * 24 * 60));
		long past = fixtures.kadikoy(space, "Geçmiş", CalendarFixtures.in(60), null);
		fixtures.moveToPast(past, 10);

		JsonNode page = json(get("/api/v1/meetings?space=" + space.slug() + "&limit=2"), 200);
		assertThat(ids(page)).containsExactly(first, second);
		String next = page.get("next").asString();
		JsonNode rest = json(get("/api/v1/meetings?space=" + space.slug() + "&limit=2&cursor=" + next), 200);
		assertThat(ids(rest)).containsExactly(third);
		assertThat(rest.get("next").isNull()).isTrue();

		assertThat(ids(json(get("/api/v1/meetings?space=" + space.slug() + "&district=kadikoy"), 200)))
			.containsExactly(first, second);
		assertThat(ids(json(get("/api/v1/meetings?space=" + space.slug() + "&district=fatih"), 200)))
			.containsExactly(third);
		String from = CalendarFixtures.in(-11 * 24 * 60).atZoneSameInstant(java.time.ZoneId.of("Europe/Istanbul"))
			.toLocalDate().toString();
		String to = CalendarFixtures.in(2 * 24 * 60).atZoneSameInstant(java.time.ZoneId.of("Europe/Istanbul"))
			.toLocalDate().toString();
		assertThat(ids(json(get("/api/v1/meetings?space=" + space.slug() + "&from=" + from + "&to=" + to), 200)))
			.containsExactly(past, first);

		JsonNode item = page.get("meetings").get(0);
		assertThat(item.get("title").asString()).isEqualTo("Birinci");
		assertThat(item.get("type").asString()).isEqualTo("HYBRID");
		assertThat(item.get("district").asString()).isEqualTo("kadikoy");
		assertThat(item.get("neighbourhoodId").asInt()).isEqualTo(CalendarFixtures.CAFERAGA);
		assertThat(item.get("startsAt").asString()).endsWith("+03:00");
		assertThat(item.get("capacity").asInt()).isEqualTo(20);
		assertThat(item.get("freePlaces").asInt()).isEqualTo(20);
		assertThat(item.get("stepFree").asBoolean()).isTrue();
		assertThat(item.get("url").asString()).isEqualTo("/meetings/" + first);
		assertThat(item.get("calendar").asString()).isEqualTo("/calendar/spaces/" + space.slug() + ".ics");
		assertThat(page.toString()).doesNotContain(CalendarFixtures.ONLINE_URL, "onlineUrl");
		JsonNode english = json(get("/api/v1/meetings?space=" + space.slug() + "&lang=en"), 200);
		assertThat(english.get("meetings").get(0).get("title").asString()).isEqualTo("EN Birinci");
		assertThat(english.get("meetings").get(0).get("language").asString()).isEqualTo("en");
	}

	@Test
	void oneMeetingShowsItsPublishedAgendaMinutesAndDecisions() throws Exception {
		CalendarFixtures fixtures = new CalendarFixtures(context);
		CalendarFixtures.Space space = fixtures.space("api-tek");
		long id = fixtures.kadikoy(space, "Tutanaklı toplantı", CalendarFixtures.in(60), null);
		agendas.add(id, new Agendas.ItemDraft("Park düzenlemesi", "Çocuk parkı", "30", "Muhtar", null));
		JsonNode before = json(get("/api/v1/meetings/" + id), 200);
		assertThat(before.get("agenda").size()).isZero();
		assertThat(before.get("minutes").isNull()).isTrue();
		assertThat(before.get("titles").get("en").asString()).isEqualTo("EN Tutanaklı toplantı");
		agendas.publish(id, Actor.SYSTEM);
		fixtures.moveToPast(id, 1);
		minutes.record(id, LocalizedText.of("Park konuşuldu.", "The park was discussed."), "25",
				Map.of("Mahalle derneği", "5"),
				List.of(new Minutes.DecisionDraft("Bank konacak", "Park birimi", "2030-01-31", null)));
		assertThat(json(get("/api/v1/meetings/" + id), 200).get("minutes").isNull()).isTrue();
		minutes.publish(id, Actor.SYSTEM);

		JsonNode meeting = json(get("/api/v1/meetings/" + id).locale(Locale.ENGLISH), 200);
		assertThat(meeting.get("meeting").get("id").asLong()).isEqualTo(id);
		assertThat(meeting.get("agenda").get(0).get("title").asString()).isEqualTo("Park düzenlemesi");
		assertThat(meeting.get("agenda").get(0).get("durationMinutes").asInt()).isEqualTo(30);
		assertThat(meeting.get("minutes").get("text").asString()).isEqualTo("The park was discussed.");
		assertThat(meeting.get("minutes").get("attendance").asInt()).isEqualTo(25);
		assertThat(meeting.get("minutes").get("byOrganisation").get("Mahalle derneği").asInt()).isEqualTo(5);
		JsonNode decision = meeting.get("minutes").get("decisions").get(0);
		assertThat(decision.get("decision").asString()).isEqualTo("Bank konacak");
		assertThat(decision.get("dueOn").asString()).isEqualTo("2030-01-31");
		assertThat(decision.get("status").asString()).isEqualTo("OPEN");
		assertThat(meeting.toString()).doesNotContain(CalendarFixtures.ONLINE_URL);

		assertThat(json(get("/api/v1/meetings/999999999"), 404).get("code").asString()).isEqualTo("meetings.not-found");
	}

	@Test
	void aLoggedInPersonRegistersOnceAndTheNextWaits() throws Exception {
		AccountSupport accounts = new AccountSupport(mvc, context);
		Cookie first = accounts.newAccount("api-kayit", "API Kayıt");
		Cookie second = accounts.newAccount("api-kayit-iki", "API Bekleyen");
		CalendarFixtures fixtures = new CalendarFixtures(context);
		long id = fixtures.kadikoy(fixtures.space("api-kayit"), "Tek kişilik", CalendarFixtures.in(3 * 24 * 60), 1);
		String path = "/api/v1/meetings/" + id + "/registrations";

		assertThat(json(post(path).with(csrf()), 401).get("code").asString()).isEqualTo("authentication.required");
		JsonNode registered = json(post(path).with(csrf()).cookie(first), 201);
		assertThat(registered.get("status").asString()).isEqualTo("REGISTERED");
		assertThat(registered.get("code").asString()).hasSize(8);
		assertThat(json(post(path).with(csrf()).cookie(first).contentType(MediaType.APPLICATION_JSON).content("{}"), 409)
			.get("code").asString()).isEqualTo("meetings.already-registered");
		JsonNode waiting = json(post(path).with(csrf()).cookie(second).contentType(MediaType.APPLICATION_JSON)
			.content("{\"answers\": {}}"), 201);
		assertThat(waiting.get("status").asString()).isEqualTo("WAITING");
		assertThat(json(get("/api/v1/meetings/" + id), 200).get("meeting").get("freePlaces").asInt()).isZero();

		Cookie third = accounts.newAccount("api-kayit-uc", "API Hatalı");
		assertThat(json(post(path).with(csrf()).cookie(third).contentType(MediaType.APPLICATION_JSON)
			.content("{\"answers\": {\"soru\": \"evet\"}}"), 400).get("code").asString())
			.isEqualTo("meetings.api.question-invalid");
		assertThat(json(post("/api/v1/meetings/999999999/registrations").with(csrf()).cookie(third), 404)
			.get("code").asString()).isEqualTo("meetings.not-found");
	}

	@Test
	void badFiltersAreRefusedInTheRequestsLanguage() throws Exception {
		assertProblem("from=2026-13-01", "meetings.api.date-invalid", "from must be a date");
		assertProblem("to=yarin", "meetings.api.date-invalid", "to must be a date");
		assertProblem("from=2026-06-02&to=2026-06-01", "meetings.api.range-invalid", "cannot be after");
		assertProblem("district=atlantis", "meetings.api.district-unknown", "There is no district “atlantis”");
		assertProblem("space=boyle-bir-alan-yok", "meetings.api.space-unknown", "“boyle-bir-alan-yok”");
		assertProblem("cursor=abc", "meetings.api.cursor-invalid", "page marker");
		assertProblem("limit=0", "meetings.api.limit-invalid", "from 1 to 200");
		assertProblem("limit=201", "meetings.api.limit-invalid", "from 1 to 200");
		JsonNode turkish = json(get("/api/v1/meetings?district=atlantis").locale(Locale.forLanguageTag("tr")), 400);
		assertThat(turkish.get("detail").asString()).isEqualTo("“atlantis” adında bir ilçe yok.");
	}

	void assertProblem(String query, String code, String detail) throws Exception {
		MvcResult result = mvc.perform(get("/api/v1/meetings?" + query).locale(Locale.ENGLISH)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
		JsonNode problem = JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(problem.get("code").asString()).isEqualTo(code);
		assertThat(problem.get("detail").asString()).contains(detail);
	}
}
