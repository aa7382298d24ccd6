package org.ortakakil.requests.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ortakakil.requests.web.Open311ConformanceIT.assertJsonError;
import static org.ortakakil.requests.web.Open311ConformanceIT.assertXmlError;
import static org.ortakakil.requests.web.Open311ConformanceIT.child;
import static org.ortakakil.requests.web.Open311ConformanceIT.children;
import static org.ortakakil.requests.web.Open311ConformanceIT.names;
import static org.ortakakil.requests.web.Open311ConformanceIT.text;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.requests.AttributeDatatype;
import org.ortakakil.requests.AttributeValue;
import org.ortakakil.requests.Priority;
import org.ortakakil.requests.ServiceGroup;
import org.ortakakil.requests.internal.AttributeDraft;
import org.ortakakil.requests.internal.CatalogueAdministration;
import org.ortakakil.requests.internal.CatalogueStore;
import org.ortakakil.requests.internal.CategoryDraft;
import org.ortakakil.requests.internal.Open311Keys;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Element;

import tools.jackson.databind.JsonNode;

/**
 * Checks the service request calls against GeoReport v2 ({@code ../shared/reference/GeoReport_v2.md}):
 * POST a request (its errors: no key, a wrong or revoked key, an unknown service, no location, a point
 * outside İstanbul, a missing or mistyped answer), GET it back with every field the specification lists
 * and nothing personal, GET requests with its filters, a private category blurred, and the token call;
 * in JSON and in XML (read with the JDK's DOM parser). Its categories and key are its own.
 */
@IntegrationTest
class Open311RequestsConformanceIT {

	static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
	static final String POTHOLE = "o311r-pothole-" + SUFFIX;
	static final String SUPPORT = "o311r-support-" + SUFFIX;
	static final List<String> REQUEST_FIELDS = List.of("service_request_id", "status", "status_notes", "service_name",
			"service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
			"updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url");
	static final String[] PERSONAL = { "smit333@example.org", "tt222111", "acc-123456", "Ayşe", "Yılmaz",
			"5551112233" };
	static String key;

	@Autowired
	MockMvc mvc;

	@Autowired
	CatalogueAdministration administration;

	@Autowired
	CatalogueStore store;

	@Autowired
	Open311Keys keys;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void catalogue() {
		if (store.any(POTHOLE).isPresent()) {
			return;
		}
		administration.create(new CategoryDraft(POTHOLE, LocalizedText.of("Yolda çukur", "Pothole"), null,
				ServiceGroup.ROADS, List.of("çukur"), false, false, true, "yol-bakim",
				Map.of(Priority.NORMAL, 48)), Actor.SYSTEM);
		LocalizedText question = LocalizedText.of("Soru", "Question");
		List<AttributeValue> sizes = List.of(new AttributeValue("small", LocalizedText.of("Küçük", "Small")),
				new AttributeValue("large", LocalizedText.of("Büyük", "Large")));
		administration.addAttribute(POTHOLE, new AttributeDraft("DEPTH", AttributeDatatype.number, true, true,
				question, null, List.of()), Actor.SYSTEM);
		administration.addAttribute(POTHOLE, new AttributeDraft("SEEN", AttributeDatatype.datetime, false, true,
				question, null, List.of()), Actor.SYSTEM);
		administration.addAttribute(POTHOLE, new AttributeDraft("SIZE", AttributeDatatype.singlevaluelist, false,
				true, question, null, sizes), Actor.SYSTEM);
		administration.addAttribute(POTHOLE, new AttributeDraft("LANES", AttributeDatatype.multivaluelist, false,
				true, question, null, sizes), Actor.SYSTEM);
		administration.create(new CategoryDraft(SUPPORT, LocalizedText.of("Sosyal destek", "Social support"), null,
				ServiceGroup.OTHER, List.of(), true, false, true, "sosyal-hizmetler", Map.of()), Actor.SYSTEM);
		key = keys.issue("conformance-" + SUFFIX, Actor.SYSTEM).key();
	}

	MockHttpServletRequestBuilder create(String format, String... namesAndValues) {
		MockHttpServletRequestBuilder request = post("/open311/v2/requests." + format)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED);
		for (int i = 0; i < namesAndValues.length; i += 2) {
			request.param(namesAndValues[i], namesAndValues[i + 1]);
		}
		return request;
	}

	MockHttpServletRequestBuilder good(String format, String... more) {
		return create(format, more).param("api_key", key).param("service_code", POTHOLE).param("lat", "41.0082")
			.param("long", "28.9784").param("address_string", "Divanyolu Cd., Fatih, İstanbul")
			.param("email", PERSONAL[0]).param("device_id", PERSONAL[1]).param("account_id", PERSONAL[2])
			.param("first_name", PERSONAL[3]).param("last_name", PERSONAL[4]).param("phone", PERSONAL[5])
			.param("description", "Derin bir çukur").param("media_url", "https://example.org/cukur.jpg")
			.param("attribute[DEPTH]", "12.5").param("attribute[SEEN]", "2026-01-01T10:00:00Z")
			.param("attribute[SIZE]", "large").param("attribute[LANES][]", "small", "large");
	}

	MvcResult call(MockHttpServletRequestBuilder request, int status, String contentType) throws Exception {
		return Open311ConformanceIT.call(mvc, request, status, contentType);
	}

	JsonNode json(MockHttpServletRequestBuilder request, int status) throws Exception {
		return Open311ConformanceIT.json(mvc, request, status);
	}

	Element xml(MockHttpServletRequestBuilder request, int status) throws Exception {
		return Open311ConformanceIT.xml(mvc, request, status);
	}

	/** The field names of a JSON object, in the order written. */
	static List<String> fieldNames(JsonNode object) {
		List<String> names = new ArrayList<>();
		object.propertyNames().forEach(names::add);
		return names;
	}

	String postJson() throws Exception {
		JsonNode created = json(good("json"), 200);
		return created.get(0).get("service_request_id").asString();
	}

	@Test
	void withoutAKeyOrWithAWrongOneItIsTheSpecifications403() throws Exception {
		assertJsonError(json(create("json", "service_code", POTHOLE, "lat", "41.0082", "long", "28.9784"), 403),
				403, "api_key");
		assertXmlError(xml(create("xml", "service_code", POTHOLE, "api_key", "not-a-key"), 403), 403, "API");
		String revoked = keys.issue("revoked-" + SUFFIX, Actor.SYSTEM).key();
		long id = jdbc.sql("SELECT MAX(id) FROM open311_api_key").query(Long.class).single();
		keys.revoke(id, Actor.SYSTEM);
		assertJsonError(json(create("json", "service_code", POTHOLE, "api_key", revoked), 403), 403, "API");
	}

	@Test
	void anUnknownServiceIs404AndAMissingOne400() throws Exception {
		assertJsonError(json(create("json", "api_key", key, "service_code", "o311r-none-" + SUFFIX, "lat", "41.0082",
				"long", "28.9784"), 404), 404, "o311r-none-" + SUFFIX);
		assertXmlError(xml(create("xml", "api_key", key, "lat", "41.0082", "long", "28.9784"), 400), 400,
				"service_code");
	}

	@Test
	void theLocationIsRequiredAndMustBeInIstanbul() throws Exception {
		assertJsonError(json(create("json", "api_key", key, "service_code", POTHOLE, "attribute[DEPTH]", "3"), 400),
				400, "address_string");
		assertJsonError(json(create("json", "api_key", key, "service_code", POTHOLE, "lat", "41.0082",
				"attribute[DEPTH]", "3"), 400), 400, "address_string");
		assertXmlError(xml(create("xml", "api_key", key, "service_code", POTHOLE, "lat", "39.9208", "long",
				"32.8541", "attribute[DEPTH]", "3"), 400), 400, "İstanbul");
		JsonNode byAddress = json(create("json", "api_key", key, "service_code", POTHOLE, "address_string",
				"Cumhuriyet Cd. 5, Şişli", "attribute[DEPTH]", "3"), 200);
		assertThat(byAddress.get(0).get("service_request_id").asString()).isNotBlank();
	}

	@Test
	void requiredAnswersMustBeGivenAndOfTheirType() throws Exception {
		assertJsonError(json(create("json", "api_key", key, "service_code", POTHOLE, "lat", "41.0082", "long",
				"28.9784"), 400), 400, "DEPTH");
		assertJsonError(json(good("json").param("attribute[DEPTH]", "derin"), 400), 400, "DEPTH");
		assertJsonError(json(create("json", "api_key", key, "service_code", POTHOLE, "lat", "41.0082", "long",
				"28.9784", "attribute[DEPTH]", "3", "attribute[SEEN]", "dün"), 400), 400, "SEEN");
		assertJsonError(json(create("json", "api_key", key, "service_code", POTHOLE, "lat", "41.0082", "long",
				"28.9784", "attribute[DEPTH]", "3", "attribute[SIZE]", "huge"), 400), 400, "SIZE");
		assertXmlError(xml(create("xml", "api_key", key, "service_code", POTHOLE, "lat", "41.0082", "long",
				"28.9784", "attribute[DEPTH]", "3", "attribute[LANES][]", "small", "attribute[LANES][]", "huge"), 400),
				400, "LANES");
		assertJsonError(json(create("json", "api_key", key, "service_code", POTHOLE, "lat", "41.0082", "long",
				"28.9784", "attribute[DEPTH]", "3", "description", "x".repeat(4001)), 400), 400, "4");
	}

	@Test
	void aGoodPostInJsonIsReadBackWithEveryFieldAndNothingPersonal() throws Exception {
		JsonNode created = json(good("json"), 200);
		assertThat(created.isArray()).isTrue();
		assertThat(fieldNames(created.get(0))).containsExactly("service_request_id", "service_notice", "account_id");
		assertThat(created.get(0).get("account_id").asString()).isEqualTo(PERSONAL[2]);
		assertThat(created.get(0).get("service_notice").asString()).isNotBlank();
		String id = created.get(0).get("service_request_id").asString();
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = "
				+ "'service-request.submitted' AND summary LIKE ?").param(id + "%").query(Long.class).single() == 1);
		assertThat(jdbc.sql("SELECT summary FROM audit_entry WHERE summary LIKE ?").param(id + "%").query(String.class)
			.single()).doesNotContain(PERSONAL);

		MvcResult read = call(get("/open311/v2/requests/" + id + ".json"), 200, "application/json");
		String body = read.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).doesNotContain(PERSONAL);
		JsonNode request = Open311ConformanceIT.JSON.readTree(body).get(0);
		assertThat(fieldNames(request)).containsExactlyElementsOf(REQUEST_FIELDS);
		assertThat(request.get("service_request_id").asString()).isEqualTo(id);
		assertThat(request.get("status").asString()).isEqualTo("open");
		assertThat(request.get("service_name").asString()).isEqualTo("Yolda çukur");
		assertThat(request.get("service_code").asString()).isEqualTo(POTHOLE);
		assertThat(request.get("description").asString()).isEqualTo("Derin bir çukur");
		assertThat(request.get("agency_responsible").asString()).isEqualTo("yol-bakim");
		OffsetDateTime requested = OffsetDateTime.parse(request.get("requested_datetime").asString());
		assertThat(request.get("requested_datetime").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
		assertThat(OffsetDateTime.parse(request.get("expected_datetime").asString())).isEqualTo(requested.plusHours(48));
		assertThat(request.get("address").asString()).isEqualTo("Divanyolu Cd., Fatih, İstanbul");
		assertThat(request.get("lat").asDouble()).isEqualTo(41.0082);
		assertThat(request.get("long").asDouble()).isEqualTo(28.9784);
		assertThat(request.get("media_url").asString()).isEqualTo("https://example.org/cukur.jpg");
	}

	@Test
	void aGoodPostInXmlIsReadBackWithTheSpecificationsElements() throws Exception {
		Element created = xml(good("xml"), 200);
		assertThat(created.getTagName()).isEqualTo("service_requests");
		assertThat(names(created)).containsExactly("request");
		assertThat(names(child(created, "request"))).containsExactly("service_request_id", "service_notice",
				"account_id");
		String id = text(child(created, "request"), "service_request_id");
		Element read = xml(get("/open311/v2/requests/" + id + ".xml"), 200);
		assertThat(read.getTagName()).isEqualTo("service_requests");
		Element request = child(read, "request");
		assertThat(names(request)).containsExactlyElementsOf(REQUEST_FIELDS);
		assertThat(text(request, "service_code")).isEqualTo(POTHOLE);
		assertThat(text(request, "status")).isEqualTo("open");
		assertThat(text(request, "lat")).isEqualTo("41.0082");
		assertThat(read.getTextContent()).doesNotContain(PERSONAL);
	}

	@Test
	void anUnknownRequestIsTheSpecifications404() throws Exception {
		assertJsonError(json(get("/open311/v2/requests/NOPE" + SUFFIX + ".json"), 404), 404, "NOPE");
		assertXmlError(xml(get("/open311/v2/requests/NOPE" + SUFFIX + ".xml"), 404), 404, "NOPE");
	}

	@Test
	void requestsAreFilteredByIdCodeStatusAndDate() throws Exception {
		String first = postJson();
		String second = postJson();
		JsonNode byIds = json(get("/open311/v2/requests.json").param("service_request_id", first + "," + second), 200);
		assertThat(byIds.size()).isEqualTo(2);
		assertThat(byIds.get(0).get("service_request_id").asString()).isEqualTo(second);
		JsonNode byCode = json(get("/open311/v2/requests.json").param("service_code", POTHOLE), 200);
		assertThat(byCode.size()).isGreaterThanOrEqualTo(2);
		byCode.forEach(r -> assertThat(r.get("service_code").asString()).isEqualTo(POTHOLE));
		assertThat(json(get("/open311/v2/requests.json").param("service_code", POTHOLE).param("status", "closed"),
				200).size()).isZero();
		assertThat(json(get("/open311/v2/requests.json").param("service_code", POTHOLE).param("status", "open,closed"),
				200).size()).isEqualTo(byCode.size());
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		assertThat(json(get("/open311/v2/requests.json").param("service_code", POTHOLE)
			.param("start_date", now.minusDays(2).toString()).param("end_date", now.plusDays(1).toString()), 200).size())
			.isEqualTo(byCode.size());
		assertThat(json(get("/open311/v2/requests.json").param("service_code", POTHOLE)
			.param("start_date", "2010-01-01T00:00:00Z").param("end_date", "2010-02-01T00:00:00Z"), 200).size()).isZero();
		Element xml = xml(get("/open311/v2/requests.xml").param("service_code", POTHOLE).param("page_size", "1"), 200);
		assertThat(xml.getTagName()).isEqualTo("service_requests");
		assertThat(children(xml)).hasSize(1);
		JsonNode secondPage = json(get("/open311/v2/requests.json").param("service_code", POTHOLE)
			.param("page_size", "1").param("page", "2"), 200);
		assertThat(secondPage.get(0).get("service_request_id").asString())
			.isEqualTo(byCode.get(1).get("service_request_id").asString());
		assertThat(json(get("/open311/v2/requests.json").param("service_code", POTHOLE)
			.param("updated_after", now.plusDays(1).toString()), 200).size()).isZero();
	}

	@Test
	void malformedDatesAndStatusesAreTheSpecifications400() throws Exception {
		assertJsonError(json(get("/open311/v2/requests.json").param("start_date", "yesterday"), 400), 400,
				"start_date");
		assertXmlError(xml(get("/open311/v2/requests.xml").param("end_date", "2010-13-01"), 400), 400, "end_date");
		assertJsonError(json(get("/open311/v2/requests.json").param("status", "pending"), 400), 400, "pending");
		assertJsonError(json(get("/open311/v2/requests.json").param("start_date", "2010-01-01T00:00:00Z")
			.param("end_date", "2010-12-01T00:00:00Z"), 400), 400, "90");
		assertJsonError(json(get("/open311/v2/requests.json").param("page_size", "1001"), 400), 400, "page_size");
	}

	@Test
	void aPrivateCategoryIsBlurredAndShowsNoMedia() throws Exception {
		JsonNode created = json(create("json", "api_key", key, "service_code", SUPPORT, "lat", "41.01234", "long",
				"28.97654", "address_string", "Küçük Sk. 3, Fatih", "media_url", "https://example.org/ev.jpg"), 200);
		String id = created.get(0).get("service_request_id").asString();
		JsonNode request = json(get("/open311/v2/requests/" + id + ".json"), 200).get(0);
		assertThat(fieldNames(request)).containsExactlyElementsOf(REQUEST_FIELDS);
		assertThat(request.get("lat").asDouble()).isEqualTo(41.01);
		assertThat(request.get("long").asDouble()).isEqualTo(28.98);
		assertThat(request.get("media_url").isNull()).isTrue();
		assertThat(request.get("address").isNull()).isTrue();
		assertThat(request.get("agency_responsible").asString()).isEqualTo("sosyal-hizmetler");
	}

	@Test
	void aTokenGivesTheRequestIdOnceKnown() throws Exception {
		String id = postJson();
		long requestId = jdbc.sql("SELECT id FROM service_request WHERE service_request_id = ?").param(id)
			.query(Long.class).single();
		String token = "tok-" + SUFFIX;
		jdbc.sql("INSERT INTO open311_token (token, request_id, created_at) VALUES (?, ?, ?)")
			.params(token, requestId, OffsetDateTime.now()).update();
		JsonNode found = json(get("/open311/v2/tokens/" + token + ".json"), 200);
		assertThat(fieldNames(found.get(0))).containsExactly("service_request_id", "token");
		assertThat(found.get(0).get("service_request_id").asString()).isEqualTo(id);
		Element xml = xml(get("/open311/v2/tokens/" + token + ".xml"), 200);
		assertThat(xml.getTagName()).isEqualTo("service_requests");
		assertThat(text(child(xml, "request"), "token")).isEqualTo(token);
		assertJsonError(json(get("/open311/v2/tokens/none-" + SUFFIX + ".json"), 404), 404, "none-" + SUFFIX);
	}

	@Test
	void administratorsIssueAKeyShownOnceAndRevokeIt() throws Exception {
		assertThat(mvc.perform(get("/admin/open311-keys")).andReturn().getResponse().getStatus()).isIn(302, 401, 403);
		String app = "page-" + SUFFIX;
		String page = mvc.perform(post("/admin/open311-keys").param("appName", app).with(user("admin").roles("ADMIN"))
			.with(csrf())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String issued = page.replaceAll("(?s).*<code id=\"issued-key\">([^<]+)</code>.*", "$1");
		assertThat(issued).isNotBlank().doesNotContain("<");
		assertThat(keys.require(issued)).isEqualTo(app);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM open311_api_key WHERE key_hash = ?").param(issued)
			.query(Long.class).single()).isZero();
		long id = jdbc.sql("SELECT id FROM open311_api_key WHERE app_name = ?").param(app).query(Long.class).single();
		String list = mvc.perform(get("/admin/open311-keys").with(user("admin").roles("ADMIN"))).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains(app).doesNotContain(issued);
		assertThat(mvc.perform(post("/admin/open311-keys/" + id + "/revoke").with(user("admin").roles("ADMIN"))
			.with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);
		keys.revoke(id, Actor.SYSTEM);
		assertJsonError(json(create("json", "service_code", POTHOLE, "api_key", issued), 403), 403, "API");
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action IN "
				+ "('open311-key.issued', 'open311-key.revoked') AND resource_id = ?").param(String.valueOf(id))
			.query(Long.class).single() == 2);
	}
}
