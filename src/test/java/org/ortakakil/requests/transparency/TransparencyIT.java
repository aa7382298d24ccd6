package org.ortakakil.requests.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.requests.Channel;
import org.ortakakil.requests.Priority;
import org.ortakakil.requests.ServiceGroup;
import org.ortakakil.requests.internal.CatalogueAdministration;
import org.ortakakil.requests.internal.CatalogueStore;
import org.ortakakil.requests.internal.CategoryDraft;
import org.ortakakil.requests.internal.RequestDraft;
import org.ortakakil.requests.internal.RequestHandling;
import org.ortakakil.requests.internal.ServiceRequests;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public list, map JSON, statistics and CSVs: each filter (district, neighbourhood, category,
 * status and state), a private category's point, description and photo never shown in HTML, JSON or
 * CSV, the statistics of a hand-made set in a period of its own (2020-03-01, which no other test uses),
 * the CSVs' BOM, header and quoting, the Open311 district extension, and bad filters refused with a
 * message in the page's language. Its categories are its own.
 */
@IntegrationTest
class TransparencyIT {

	static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
	static final String LAMP = "tr-lamp-" + SUFFIX;
	static final String SUPPORT = "tr-support-" + SUFFIX;
	static final String STATS = "tr-stats-" + SUFFIX;
	static final int CAFERAGA = 40512;
	static final String SECRET = "Gizli-aciklama-" + SUFFIX;
	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	CatalogueAdministration administration;

	@Autowired
	CatalogueStore store;

	@Autowired
	ServiceRequests requests;

	@Autowired
	RequestHandling handling;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void catalogue() {
		if (store.any(LAMP).isPresent()) {
			return;
		}
		administration.create(new CategoryDraft(LAMP, LocalizedText.of("Lamba yanmıyor", "Lamp out"), null,
				ServiceGroup.LIGHTING, List.of(), false, false, true, "aydinlatma", Map.of(Priority.NORMAL, 48)),
				Actor.SYSTEM);
		administration.create(new CategoryDraft(SUPPORT, LocalizedText.of("Sosyal destek", "Social support"), null,
				ServiceGroup.OTHER, List.of(), true, false, true, "sosyal-hizmetler", Map.of()), Actor.SYSTEM);
		administration.create(new CategoryDraft(STATS, LocalizedText.of("Sayım", "Counting"), null,
				ServiceGroup.OTHER, List.of(), false, false, true, "yol-bakim", Map.of(Priority.NORMAL, 5)),
				Actor.SYSTEM);
	}

	String create(String code, String lat, String lon, Integer neighbourhood, String description) {
		RequestDraft draft = new RequestDraft(code, lat, lon, null, null, "kisi-" + SUFFIX + "@example.org", null,
				null, "Ayşe", "Yılmaz", "5551112233", description, "https://example.org/photo-" + SUFFIX + ".jpg",
				Map.of(), Channel.WEB, neighbourhood, null, "tr");
		return requests.create(draft, Actor.SYSTEM).serviceRequestId();
	}

	String kadikoy(String code, String description) {
		return create(code, "40.9903", "29.0290", CAFERAGA, description);
	}

	String fatih(String code, String description) {
		return create(code, "41.0082", "28.9784", null, description);
	}

	String body(MockHttpServletRequestBuilder request, int status) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(status);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	String page(String query) throws Exception {
		return body(get("/requests?" + query).accept(MediaType.TEXT_HTML).locale(Locale.forLanguageTag("tr")), 200);
	}

	JsonNode api(String query) throws Exception {
		return JSON.readTree(body(get("/api/v1/requests?" + query).accept(MediaType.APPLICATION_JSON), 200));
	}

	@Test
	void theListIsFilteredByDistrictNeighbourhoodCategoryAndStatus() throws Exception {
		String inKadikoy = kadikoy(LAMP, "Kadıköy lambası");
		String inFatih = fatih(LAMP, "Fatih lambası");
		assertThat(page("category=" + LAMP)).contains(inKadikoy, inFatih, "/requests/" + inKadikoy);
		assertThat(page("category=" + LAMP + "&district=kadikoy")).contains(inKadikoy).doesNotContain(inFatih);
		assertThat(page("category=" + LAMP + "&district=fatih")).contains(inFatih).doesNotContain(inKadikoy);
		assertThat(page("category=" + LAMP + "&neighbourhood=" + CAFERAGA)).contains(inKadikoy)
			.doesNotContain(inFatih);
		handling.reject(inFatih, "Başka bir kurumun işi", Actor.SYSTEM);
		assertThat(page("category=" + LAMP + "&status=open")).contains(inKadikoy).doesNotContain(inFatih);
		assertThat(page("category=" + LAMP + "&status=closed")).contains(inFatih).doesNotContain(inKadikoy);
		assertThat(page("category=" + LAMP + "&status=REJECTED")).contains(inFatih).doesNotContain(inKadikoy);
		assertThat(page("category=" + LAMP + "&status=NEW")).contains(inKadikoy).doesNotContain(inFatih);

		JsonNode listed = api("service_code=" + LAMP + "&district=kadikoy&status=NEW");
		assertThat(listed.toString()).contains(inKadikoy).doesNotContain(inFatih, "kisi-" + SUFFIX, "Ayşe", "5551112233");
		JsonNode item = listed.get("requests").valueStream()
			.filter(r -> r.get("id").asString().equals(inKadikoy)).findFirst().orElseThrow();
		assertThat(item.get("district").asString()).isEqualTo("kadikoy");
		assertThat(item.get("neighbourhoodId").asInt()).isEqualTo(CAFERAGA);
		assertThat(item.get("lat").asDouble()).isEqualTo(40.9903);
		assertThat(item.get("url").asString()).isEqualTo("/requests/" + inKadikoy);
	}

	@Test
	void pagesFollowOneAnotherWithACursor() throws Exception {
		String code = LAMP;
		for (int i = 0; i < 3; i++) {
			fatih(code, "Sayfa " + i);
		}
		JsonNode first = api("service_code=" + code + "&district=fatih&status=open&limit=2");
		assertThat(first.get("requests")).hasSize(2);
		String next = first.get("next").asString();
		JsonNode second = api("service_code=" + code + "&district=fatih&status=open&limit=2&cursor=" + next);
		assertThat(second.get("requests").get(0).get("id").asString())
			.isNotIn(first.get("requests").get(0).get("id").asString(), first.get("requests").get(1).get("id").asString());
		assertThat(page("category=" + code + "&cursor=" + next)).contains(second.get("requests").get(0).get("id").asString());
		body(get("/api/v1/requests?cursor=nonsense").accept(MediaType.APPLICATION_JSON), 400);
		body(get("/api/v1/requests?limit=5000").accept(MediaType.APPLICATION_JSON), 400);
	}

	@Test
	void aPrivateRequestNeverShowsItsPointDescriptionOrPhoto() throws Exception {
		String id = kadikoy(SUPPORT, SECRET);
		String html = page("category=" + SUPPORT);
		assertThat(html).contains(id, "Sosyal destek").doesNotContain(SECRET, "photo-" + SUFFIX, "40.9903", "29.029");
		JsonNode item = api("service_code=" + SUPPORT).get("requests").get(0);
		assertThat(item.get("id").asString()).isEqualTo(id);
		assertThat(item.get("isPrivate").asBoolean()).isTrue();
		assertThat(item.get("lat").isNull()).isTrue();
		assertThat(item.get("lon").isNull()).isTrue();
		assertThat(item.get("description").isNull()).isTrue();
		assertThat(item.get("mediaUrl").isNull()).isTrue();
		String csv = body(get("/requests.csv?category=" + SUPPORT), 200);
		assertThat(csv).contains(id).doesNotContain(SECRET, "photo-" + SUFFIX, "40.9903", "29.029");
		String withPhoto = kadikoy(LAMP, "Açık bir açıklama");
		assertThat(api("service_code=" + LAMP + "&district=kadikoy").toString()).contains(withPhoto, "photo-" + SUFFIX);
	}

	@Test
	void theListCsvHasABomAHeaderAndQuotesAsRfc4180Asks() throws Exception {
		String id = fatih(LAMP, "Lamba, \"yanmıyor\"\nikinci satır");
		MvcResult result = mvc.perform(get("/requests.csv?district=fatih&category=" + LAMP)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).startsWith("text/csv");
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("requests.csv");
		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
		assertThat(csv).startsWith("service_request_id,requested_datetime,updated_datetime,service_code,service_name,"
				+ "district,neighbourhood,status,state,lat,long,description\r\n");
		assertThat(csv).contains(id + ",").contains(",Fatih,,open,NEW,41.0082,28.9784,\"Lamba, \"\"yanmıyor\"\"\nikinci satır\"\r\n");
	}

	@Test
	void statisticsOfAKnownSetAreRight() throws Exception {
		int[] hours = { 1, 2, 3, 4, 10 };
		OffsetDateTime requested = OffsetDateTime.parse("2020-03-01T08:00:00Z");
		for (int h : hours) {
			String id = fatih(STATS, null);
			handling.accept(id, null, Actor.SYSTEM);
			handling.resolve(id, "Onarıldı", null, Actor.SYSTEM);
			jdbc.sql("""
					UPDATE service_request SET requested_datetime = ?, expected_datetime = ?, resolved_at = ?
					WHERE service_request_id = ?""").params(requested, requested.plusHours(5), requested.plusHours(h), id)
				.update();
		}
		String open = fatih(STATS, null);
		String rejected = kadikoy(STATS, null);
		handling.reject(rejected, "Yinelenen", Actor.SYSTEM);
		jdbc.sql("UPDATE service_request SET requested_datetime = TIMESTAMP WITH TIME ZONE '2020-03-01 09:00:00+00' "
				+ "WHERE service_request_id IN (?, ?)").params(open, rejected).update();

		String csv = body(get("/requests/statistics.csv?from=2020-03-01&to=2020-03-01").locale(Locale.ENGLISH), 200)
			.substring(1);
		assertThat(csv).startsWith("group,district,service_code,service_name,from,to,count,open,resolved,median_hours,"
				+ "p90_hours,resolved_within_target_share\r\n");
		assertThat(csv).contains("total,,,,2020-03-01,2020-03-01,7,1,5,3.00,7.60,0.80\r\n");
		assertThat(csv).contains("district,Fatih,,,2020-03-01,2020-03-01,6,1,5,3.00,7.60,0.80\r\n");
		assertThat(csv).contains("district,Kadıköy,,,2020-03-01,2020-03-01,1,0,0,,,\r\n");
		assertThat(csv).contains("category,,%s,Counting,2020-03-01,2020-03-01,7,1,5,3.00,7.60,0.80\r\n".formatted(STATS));
		String inKadikoy = body(get("/requests/statistics.csv?from=2020-03-01&to=2020-03-01&district=kadikoy"), 200);
		assertThat(inKadikoy).contains("category,Kadıköy,%s,Sayım,2020-03-01,2020-03-01,1,0,0,,,\r\n".formatted(STATS))
			.doesNotContain("district,Fatih");

		String html = body(get("/requests/statistics?from=2020-03-01&to=2020-03-01").accept(MediaType.TEXT_HTML)
			.locale(Locale.ENGLISH), 200);
		assertThat(html).contains("Counting", "3.0 h", "7.6 h", "80%", "<table", "<svg");
	}

	@Test
	void badFiltersAreRefusedWithAMessageInThePageLanguage() throws Exception {
		assertThat(body(get("/requests/statistics?from=2020-02-30").accept(MediaType.TEXT_HTML)
			.locale(Locale.ENGLISH), 400)).contains("could not be read", "2020-02-30");
		assertThat(body(get("/requests/statistics?from=dün").accept(MediaType.TEXT_HTML)
			.locale(Locale.forLanguageTag("tr")), 400)).contains("okunamadı");
		assertThat(body(get("/requests/statistics?from=2020-03-02&to=2020-03-01").accept(MediaType.TEXT_HTML)
			.locale(Locale.ENGLISH), 400)).contains("cannot be after");
		assertThat(body(get("/requests/statistics.csv?to=31.12.2020").locale(Locale.ENGLISH), 400))
			.contains("could not be read");
		assertThat(body(get("/requests?district=atlantis").accept(MediaType.TEXT_HTML).locale(Locale.ENGLISH), 400))
			.contains("atlantis");
		assertThat(body(get("/requests?status=lost").accept(MediaType.TEXT_HTML).locale(Locale.ENGLISH), 400))
			.contains("not a status");
		body(get("/requests?neighbourhood=abc").accept(MediaType.TEXT_HTML), 400);
		body(get("/requests?category=tr-none-" + SUFFIX).accept(MediaType.TEXT_HTML), 400);
		body(get("/api/v1/requests?district=atlantis").accept(MediaType.APPLICATION_JSON), 400);
	}

	@Test
	void open311FiltersByDistrictAndRefusesAnUnknownOne() throws Exception {
		String inKadikoy = kadikoy(LAMP, "Open311 Kadıköy");
		String inFatih = fatih(LAMP, "Open311 Fatih");
		String json = body(get("/open311/v2/requests.json?district=kadikoy&status=open&service_code=" + LAMP), 200);
		assertThat(json).contains(inKadikoy).doesNotContain(inFatih);
		String error = body(get("/open311/v2/requests.json?district=atlantis"), 400);
		JsonNode errors = JSON.readTree(error);
		assertThat(errors.get(0).get("code").asInt()).isEqualTo(400);
		assertThat(errors.get(0).get("description").asString()).contains("atlantis");
	}
}
