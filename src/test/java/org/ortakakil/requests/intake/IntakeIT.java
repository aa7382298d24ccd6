package org.ortakakil.requests.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ortakakil.requests.intake.IntakeFixtures.CAFERAGA;
import static org.ortakakil.requests.intake.IntakeFixtures.KADIKOY;
import static org.ortakakil.requests.intake.IntakeFixtures.KUZGUNCUK;
import static org.ortakakil.requests.intake.IntakeFixtures.LAT;
import static org.ortakakil.requests.intake.IntakeFixtures.LIGHT;
import static org.ortakakil.requests.intake.IntakeFixtures.LON;
import static org.ortakakil.requests.intake.IntakeFixtures.SUPPORT;
import static org.ortakakil.requests.intake.IntakeFixtures.UNIT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.identity.AccountSupport;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Role;
import org.ortakakil.requests.Channel;
import org.ortakakil.requests.internal.CatalogueAdministration;
import org.ortakakil.requests.internal.CatalogueStore;
import org.ortakakil.requests.photos.TestPhotos;
import org.ortakakil.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import jakarta.servlet.http.Cookie;

/**
 * Reporting on the site: the form with and without an account, with a photo; the channel for each kind
 * of reporter (site, office, muhtar, call centre, field); every bad input refused with 422, the
 * message in the page's language next to its field and no row stored; "me too" on a request nearby
 * (within 250 m only, once per person, never for a private category).
 */
@IntegrationTest
class IntakeIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Intake intake;

	AccountSupport accounts;

	@BeforeEach
	void setUp(@Autowired CatalogueAdministration administration, @Autowired CatalogueStore store) {
		IntakeFixtures.catalogue(administration, store);
		accounts = new AccountSupport(mvc, context);
	}

	static String email() {
		return "intake-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	/** A complete anonymous report of a street light, in English. */
	static MockMultipartHttpServletRequestBuilder report(String... namesAndValues) {
		return reportIn("en", namesAndValues);
	}

	static MockMultipartHttpServletRequestBuilder reportIn(String language, String... namesAndValues) {
		MockMultipartHttpServletRequestBuilder request = multipart("/requests/new");
		request.with(csrf()).header("Accept-Language", language);
		List<String> given = Arrays.asList(namesAndValues);
		String[][] defaults = { { "serviceCode", LIGHT }, { "lat", String.valueOf(LAT) }, { "lon", String.valueOf(LON) },
				{ "districtId", String.valueOf(KADIKOY) }, { "neighbourhoodId", String.valueOf(CAFERAGA) },
				{ "description", "Lamba yanmıyor" }, { "attribute[LIGHTS_OUT]", "2" }, { "email", email() } };
		for (String[] pair : defaults) {
			if (!given.contains(pair[0])) {
				request.param(pair[0], pair[1]);
			}
		}
		for (int i = 0; i < namesAndValues.length; i += 2) {
			if (namesAndValues[i + 1] != null) {
				request.param(namesAndValues[i], namesAndValues[i + 1]);
			}
		}
		return request;
	}

	int requests() {
		return jdbc.sql("SELECT COUNT(*) FROM service_request WHERE category_code IN (?, ?)").params(LIGHT, SUPPORT)
			.query(Integer.class).single();
	}

	String created(MvcResult result) {
		assertThat(result.getResponse().getStatus()).as(() -> body(result)).isEqualTo(302);
		return result.getResponse().getRedirectedUrl().substring("/requests/".length());
	}

	static String body(MvcResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	String column(String id, String column) {
		return jdbc.sql("SELECT " + column + " FROM service_request WHERE service_request_id = ?").param(id)
			.query((rs, n) -> Optional.ofNullable(rs.getString(1))).single().orElse(null);
	}

	@Test
	void anonymousResidentReportsWithAPhotoAndSeesTheRequest() throws Exception {
		String email = email();
		MvcResult result = mvc.perform(report("email", email, "attribute[POLE]", "steel")
			.file(new MockMultipartFile("photo", "lamba.png", "image/png", TestPhotos.streetLight()))).andReturn();
		String id = created(result);
		assertThat(column(id, "channel")).isEqualTo("WEB");
		assertThat(column(id, "email")).isEqualTo(email);
		assertThat(column(id, "reporter")).isNull();
		assertThat(column(id, "language")).isEqualTo("en");
		assertThat(column(id, "neighbourhood_id")).isEqualTo(String.valueOf(CAFERAGA));
		String media = column(id, "media_url");
		assertThat(media).matches("/requests/photos/[0-9a-f]{24}\\.jpg");
		MvcResult photo = mvc.perform(get(media)).andReturn();
		assertThat(photo.getResponse().getStatus()).isEqualTo(200);
		assertThat(photo.getResponse().getContentType()).isEqualTo("image/jpeg");
		assertThat(photo.getResponse().getContentAsByteArray()[0] & 0xFF).isEqualTo(0xFF);
		String page = body(mvc.perform(get("/requests/" + id).header("Accept-Language", "en")).andReturn());
		assertThat(page).contains("Light out " + IntakeFixtures.SUFFIX).contains(">New<").contains(media)
			.contains("Kadıköy");
		assertThat(mvc.perform(get("/requests/photos/0123456789abcdef01234567.jpg")).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void theFormOffersTheCategoryQuestionsWithAndWithoutJavaScript() throws Exception {
		String page = body(mvc.perform(get("/requests/new").header("Accept-Language", "en")).andReturn());
		assertThat(page).contains("Light out " + IntakeFixtures.SUFFIX).contains("name=\"photo\"").contains("10 MB");
		String fragment = body(mvc.perform(get("/requests/new/attributes").param("serviceCode", LIGHT)
			.header("Accept-Language", "en")).andReturn());
		assertThat(fragment).contains("name=\"attribute[LIGHTS_OUT]\"").contains("type=\"number\"")
			.contains("type=\"datetime-local\"").contains("type=\"radio\"").doesNotContain("<html");
		MvcResult continued = mvc.perform(report("step", "continue", "description", "yazdığım metin")).andReturn();
		assertThat(continued.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(continued)).contains("name=\"attribute[LIGHTS_OUT]\"").contains("yazdığım metin");
		String neighbourhoods = body(mvc.perform(get("/requests/new/neighbourhoods").param("districtId",
				String.valueOf(KADIKOY))).andReturn());
		assertThat(neighbourhoods).contains("value=\"" + CAFERAGA + "\"").doesNotContain("value=\"" + KUZGUNCUK + "\"");
	}

	@Test
	void badInputIsRefusedInThePageLanguageNextToItsFieldAndNothingIsStored() throws Exception {
		refused(report("lat", "39.9334", "lon", "32.8597", "districtId", null, "neighbourhoodId", null), "location",
				"not within the province of İstanbul");
		refused(report("serviceCode", ""), "category", "Choose the kind of problem.");
		refused(report("serviceCode", "no-such-kind"), "category", "is not a kind of problem that can be reported");
		refused(report("attribute[LIGHTS_OUT]", "iki"), "attributes", "does not fit its type");
		refused(report("attribute[LIGHTS_OUT]", ""), "attributes", "An answer to");
		byte[] huge = new byte[30 * 1024 * 1024];
		huge[0] = (byte) 0xFF;
		huge[1] = (byte) 0xD8;
		huge[2] = (byte) 0xFF;
		refused(report().file(new MockMultipartFile("photo", "big.jpg", "image/jpeg", huge)), "photo",
				"The photo is too large");
		refused(report().file(new MockMultipartFile("photo", "photo.jpg", "image/jpeg",
				"%PDF-1.4\n%âãÏÓ\n1 0 obj <<>> endobj\n".getBytes(StandardCharsets.ISO_8859_1))), "photo",
				"This file is not a photo");
		refused(report("email", ""), "email", "give an e-mail address for the updates");
		refused(report("serviceCode", SUPPORT), "category", "log in to report it");
		refused(report("neighbourhoodId", String.valueOf(KUZGUNCUK)), "neighbourhood",
				"The chosen neighbourhood is not in this point’s district.");
		String turkish = body(mvc.perform(reportIn("tr", "email", "")).andReturn());
		assertThat(turkish).contains("e-posta adresi verin");
	}

	void refused(MockMultipartHttpServletRequestBuilder request, String field, String message) throws Exception {
		int before = requests();
		MvcResult result = mvc.perform(request.param("description", "metin kalır")).andReturn();
		String page = body(result);
		assertThat(result.getResponse().getStatus()).as(message).isEqualTo(422);
		assertThat(page).as(message).contains(message).contains("class=\"field-error\"").contains("metin kalır");
		assertThat(page).as(field).containsPattern("aria-invalid=\"true\"");
		assertThat(requests()).as(message).isEqualTo(before);
	}

	@Test
	void eachKindOfReporterFilesThroughItsChannel() throws Exception {
		Cookie resident = accounts.newAccount("intake-resident", "Sakin");
		String web = created(mvc.perform(report("email", null).cookie(resident)).andReturn());
		assertThat(column(web, "channel")).isEqualTo("WEB");
		assertThat(column(web, "reporter")).isEqualTo(String.valueOf(accounts.idOf(resident)));
		assertThat(column(web, "email")).isNull();

		Cookie muhtar = accounts.newAccount("intake-muhtar", "Muhtar");
		accounts.grant(accounts.idOf(muhtar), Role.MUHTAR, String.valueOf(CAFERAGA));
		assertThat(column(created(mvc.perform(report().cookie(muhtar)).andReturn()), "channel")).isEqualTo("MUHTAR");
		// not their neighbourhood: an ordinary report
		assertThat(column(created(mvc.perform(report("neighbourhoodId", null).cookie(muhtar)).andReturn()),
				"channel")).isEqualTo("WEB");

		Cookie staff = accounts.newAccount("intake-staff", "Görevli");
		accounts.grant(accounts.idOf(staff), Role.STAFF, UNIT);
		assertThat(body(mvc.perform(get("/requests/new").cookie(staff)).andReturn())).contains("name=\"callerName\"");
		String call = created(mvc.perform(report("callerName", "Arayan Kişi", "callerPhone", "02161234567")
			.cookie(staff)).andReturn());
		assertThat(column(call, "channel")).isEqualTo("CALL_CENTRE");
		assertThat(column(call, "first_name")).isEqualTo("Arayan Kişi");
		assertThat(column(call, "phone")).isEqualTo("02161234567");
		assertThat(column(call, "reporter")).isNull();
		String field = created(mvc.perform(report("channel", "FIELD").cookie(staff)).andReturn());
		assertThat(column(field, "channel")).isEqualTo("FIELD");

		CurrentAccount assisted = new CurrentAccount(991, "991", "Sakin", "sakin991@example.org", "tr", List.of(),
				Optional.empty(), "office-staff");
		IntakeForm form = new IntakeForm();
		form.setServiceCode(LIGHT);
		form.setLat(String.valueOf(LAT));
		form.setLon(String.valueOf(LON));
		form.readAnswers(java.util.Map.of("attribute[LIGHTS_OUT]", new String[] { "1" }));
		String office = intake.submit(form, null, assisted, new Actor("991", "127.0.0.1", "office-staff"),
				Locale.forLanguageTag("tr")).serviceRequestId();
		assertThat(column(office, "channel")).isEqualTo(Channel.OFFICE.name());
		assertThat(column(office, "reporter")).isEqualTo("991");
	}

	@Test
	void meTooOnAnOpenRequestNearbyInsteadOfADuplicate() throws Exception {
		double lat = 40.9905;
		double lon = 29.0290;
		String id = created(mvc.perform(report("lat", String.valueOf(lat), "lon", String.valueOf(lon))).andReturn());
		// about 100 m north: found; about 400 m north: not
		String near = body(mvc.perform(get("/api/v1/requests/nearby").param("service_code", LIGHT)
			.param("lat", String.valueOf(lat + 0.0009)).param("lon", String.valueOf(lon))).andReturn());
		assertThat(near).contains("\"service_request_id\":\"" + id + "\"").contains("\"distance_m\":100,")
			.contains("\"me_too\":0");
		String far = body(mvc.perform(get("/api/v1/requests/nearby").param("service_code", LIGHT)
			.param("lat", String.valueOf(lat + 0.0036)).param("lon", String.valueOf(lon))).andReturn());
		assertThat(far).doesNotContain(id);
		assertThat(body(mvc.perform(report("step", "continue", "lat", String.valueOf(lat + 0.0009), "lon",
				String.valueOf(lon))).andReturn())).contains("/requests/" + id + "/me-too");

		String supporter = email();
		for (int i = 0; i < 2; i++) {
			MvcResult meToo = mvc.perform(post("/requests/" + id + "/me-too").with(csrf()).param("email", supporter))
				.andReturn();
			assertThat(meToo.getResponse().getRedirectedUrl()).isEqualTo("/requests/" + id);
		}
		Cookie resident = accounts.newAccount("intake-metoo", "Komşu");
		mvc.perform(post("/requests/" + id + "/me-too").with(csrf()).cookie(resident));
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM service_request_support s JOIN service_request r ON r.id = s.request_id
				WHERE r.service_request_id = ?""").param(id).query(Integer.class).single()).isEqualTo(2);
		MvcResult anonymous = mvc.perform(post("/requests/" + id + "/me-too").with(csrf())
			.header("Accept-Language", "en")).andReturn();
		assertThat(anonymous.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(mvc.perform(get("/account/requests").cookie(resident)).andReturn())).contains(id);

		Cookie privateReporter = accounts.newAccount("intake-private", "Gizli");
		String hidden = created(mvc.perform(report("serviceCode", SUPPORT, "attribute[LIGHTS_OUT]", null,
				"email", null, "lat", String.valueOf(lat), "lon", String.valueOf(lon)).cookie(privateReporter)
			.file(new MockMultipartFile("photo", "ev.png", "image/png", TestPhotos.streetLight()))).andReturn());
		String photo = column(hidden, "media_url");
		assertThat(mvc.perform(get(photo)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get(photo).cookie(resident)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get(photo).cookie(privateReporter)).andReturn().getResponse().getStatus()).isEqualTo(200);
		Cookie staff = accounts.newAccount("intake-unit-staff", "Birim");
		accounts.grant(accounts.idOf(staff), Role.STAFF, UNIT);
		assertThat(mvc.perform(get(photo).cookie(staff)).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(body(mvc.perform(get("/requests/" + hidden)).andReturn())).doesNotContain(photo);
		assertThat(intake.nearby(SUPPORT, lat, lon)).isEmpty();
		MvcResult refused = mvc.perform(post("/requests/" + hidden + "/me-too").with(csrf()).cookie(resident)).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(mvc.perform(get("/account/requests").cookie(privateReporter)).andReturn())).contains(hidden);
	}
}
