package org.ortakakil.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.identity.AccountSupport;
import org.ortakakil.identity.Role;
import org.ortakakil.identity.census.CensusFixtures;
import org.ortakakil.proposals.internal.Boards;
import org.ortakakil.proposals.internal.ProposalStore;
import org.ortakakil.proposals.internal.Submissions;
import org.ortakakil.spaces.internal.ProcessAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/**
 * The proposals' pages, exports and JSON API through HTTP: reading for anyone, the form refusing bad input
 * (an executable renamed .jpg, a script in the body) with nothing stored, supports through the API with
 * ProblemDetail errors, evaluation pages closed to residents, exports without personal data.
 */
@IntegrationTest
class ProposalPagesIT {

	static final LocalDate BORN = LocalDate.of(1984, 3, 3);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ProcessAdministration processes;

	@Autowired
	Boards boards;

	@Autowired
	Submissions submissions;

	@Autowired
	ProposalStore store;

	AccountSupport accounts;
	long board;
	String space;

	@BeforeEach
	void board() {
		accounts = new AccountSupport(mvc, context);
		board = new ProposalFixture(processes, boards).board(ProposalFixture.settings(null, 2));
		space = boards.board(board).spaceParam();
	}

	Cookie resident() throws Exception {
		String tckn = CensusFixtures.randomTckn();
		CensusFixtures.add(context, tckn, BORN, ProposalFixture.CAFERAGA, ProposalFixture.KADIKOY);
		Cookie session = accounts.newAccount("oneri", "Öneri Sakini");
		mvc.perform(post("/account/verify").cookie(session).with(csrf()).param("tckn", tckn)
			.param("birthDate", BORN.toString()));
		return session;
	}

	long published(String title, String body) {
		return submissions.submit(ProposalFixture.kadikoylu(), board, ProposalFixture.draft(title, body), true, List.of(),
				ProposalFixture.ACTOR);
	}

	@Test
	void anyoneReadsTheListAProposalAndSimilarTitles() throws Exception {
		long id = published("Caddebostan sahiline içme suyu çeşmesi",
				"Sahilde **hiç** çeşme yok.<script>alert(1)</script> [x](javascript:alert(1))");
		mvc.perform(get("/proposals").param("space", space)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Caddebostan sahiline içme suyu çeşmesi")));
		mvc.perform(get("/proposals").param("space", space).param("lang", "ar").param("topic", "environment")
			.param("q", "CADDEBOSTAN")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Caddebostan")));
		mvc.perform(get("/proposals/" + id).param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong>hiç</strong>")))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(not(containsString("javascript:alert"))));
		mvc.perform(get("/proposals/similar").param("space", space).param("title", "caddebostan çeşme")
			.header("HX-Request", "true")).andExpect(status().isOk())
			.andExpect(content().string(containsString("/proposals/" + id)));
		mvc.perform(get("/proposals").param("space", "process:999999999")).andExpect(status().isNotFound());
		mvc.perform(get("/proposals/new").param("space", space)).andExpect(status().is3xxRedirection());
	}

	@Test
	void theFormRefusesAnExecutableRenamedJpgAndStoresAGoodProposal() throws Exception {
		Cookie session = resident();
		mvc.perform(get("/proposals/new").param("space", space).cookie(session)).andExpect(status().isOk());
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		mvc.perform(multipart("/proposals/new").file(new MockMultipartFile("files", "foto.jpg", "image/jpeg", exe))
			.param("space", space).param("lang", "en").param("title", "Parka oyun alanı").param("scopeType", "CITY")
			.param("body", "Çocuklar için güvenli bir oyun alanı yapılsın.").cookie(session).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Only images")))
			.andExpect(content().string(containsString("Parka oyun alanı")));
		mvc.perform(multipart("/proposals/new").param("space", space).param("title", "Parka oyun alanı")
			.param("body", "").cookie(session).with(csrf()))
			.andExpect(status().isUnprocessableContent());
		assertThat(store.page(board, new ProposalStore.Filter(null, null, null, null), null, 10).proposals()).isEmpty();

		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };
		String location = mvc.perform(multipart("/proposals/new")
			.file(new MockMultipartFile("files", "oyun.png", "image/png", png))
			.param("space", space).param("title", "Parka oyun alanı").param("scopeType", "CITY").param("sdgs", "3", "11")
			.param("body", "Çocuklar için güvenli bir oyun alanı yapılsın.").cookie(session).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.replaceAll("\\D", ""));
		assertThat(store.get(id).sdgs()).containsExactly(3, 11);
		mvc.perform(get(location).cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("oyun.png")));
	}

	@Test
	void aRefusedFormShowsEachErrorBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
		Cookie session = resident();
		String html = refusedPage(multipart("/proposals/new").param("space", space).param("lang", "en")
			.param("title", "Park").param("scopeType", "CITY").param("body", "Çocuklar için güvenli bir oyun alanı.")
			.cookie(session));
		assertThat(tag(html, "title")).contains("value=\"Park\"", "aria-invalid=\"true\"",
				"aria-describedby=\"title-error title-hint similar\"");
		assertThat(html).contains("<p class=\"field-error\" id=\"title-error\">The title must have between 5 and 150"
				+ " characters.</p>", "Çocuklar için güvenli bir oyun alanı.</textarea>",
				"<a href=\"#title\">The title must have between 5 and 150 characters.</a>");
		assertThat(tag(html, "body")).doesNotContain("aria-invalid");

		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		html = refusedPage(multipart("/proposals/new").file(new MockMultipartFile("files", "foto.jpg", "image/jpeg", exe))
			.param("space", space).param("title", "Parka oyun alanı").param("scopeType", "CITY")
			.param("body", "Çocuklar için güvenli bir oyun alanı yapılsın.").cookie(session));
		assertThat(tag(html, "files")).contains("aria-invalid=\"true\"", "aria-describedby=\"files-error files-hint\"");
		assertThat(html).contains("id=\"files-error\">Yalnızca resim", "value=\"Parka oyun alanı\"");
		assertThat(tag(html, "title")).doesNotContain("aria-invalid");

		// every check of the form reaches its field
		long kadikoyBoard = new ProposalFixture(processes, boards).board(ProposalFixture.settings(null, 2),
				ProposalFixture.KADIKOY);
		String kadikoy = boards.board(kadikoyBoard).spaceParam();
		String good = "Çocuklar için güvenli bir oyun alanı yapılsın.";
		Object[][] cases = { { space, "title", "", good, "scopeType", "CITY" },
				{ space, "title", "x".repeat(151), good, "scopeType", "CITY" },
				{ space, "body", "Parka oyun alanı", "", "scopeType", "CITY" },
				{ space, "body", "Parka oyun alanı", "x".repeat(10 * 1024 * 1024), "scopeType", "CITY" },
				{ space, "topic", "Parka oyun alanı", good, "topic", "weather" },
				{ space, "sdgs", "Parka oyun alanı", good, "sdgs", "18" },
				{ space, "scope", "Parka oyun alanı", good, "scopeType", "GALAXY" },
				{ kadikoy, "districts", "Parka oyun alanı", good, "districts", String.valueOf(ProposalFixture.BESIKTAS) },
				{ space, "neighbourhood", "Parka oyun alanı", good, "neighbourhood", "999999999" },
				{ space, "location", "Parka oyun alanı", good, "lat", "39.9" },
				{ space, "coauthors", "Parka oyun alanı", good, "coauthors", "yok@example.org" } };
		for (Object[] c : cases) {
			var request = multipart("/proposals/new").param("space", (String) c[0]).param("title", (String) c[2])
				.param("body", (String) c[3]).param((String) c[4], (String) c[5]).cookie(session);
			if ("lat".equals(c[4])) {
				request.param("lon", "32.8");
			}
			String page = refusedPage(request);
			String field = (String) c[1];
			assertThat(page).as(field).contains("id=\"" + field + "-error\"", "<a href=\"#" + field + "\">");
			String marked = "location".equals(field) ? "lat" : "sdgs".equals(field) ? "sdg-1" : "scope".equals(field)
					? "scope-city" : field;
			if (!"sdgs".equals(field)) {
				assertThat(tag(page, marked)).as(field).contains("aria-invalid=\"true\"");
			}
			assertThat(page).as(field).containsOnlyOnce("class=\"field-error\"");
		}
		assertThat(store.page(board, new ProposalStore.Filter(null, null, null, null), null, 10).proposals()).isEmpty();
	}

	@Test
	void officeStaffEnterAProposalReceivedThroughAMuhtarOrTheCallCentreWithoutAScan() throws Exception {
		Cookie staff = accounts.newAccount("oneri-ofis", "Ofis Görevlisi Ayten");
		accounts.grant(accounts.idOf(staff), Role.OFFICE_STAFF, "kadikoy");
		mvc.perform(get("/proposals/paper").param("space", space).param("lang", "en").cookie(staff))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"received-MUHTAR\"")))
			.andExpect(content().string(containsString("id=\"received-CALL_CENTRE\"")));

		String location = mvc.perform(multipart("/proposals/paper").param("space", space).param("receivedAs", "MUHTAR")
			.param("title", "Muhtarlıktan gelen öneri").param("scopeType", "CITY")
			.param("body", "Mahalle parkına bank ve aydınlatma isteniyor.").cookie(staff).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.replaceAll("\\D", ""));
		assertThat(store.get(id).channel()).isEqualTo("MUHTAR");
		mvc.perform(get(location).param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Through a muhtar (entered by the participation office)")))
			.andExpect(content().string(not(containsString("Ofis Görevlisi Ayten"))));
		mvc.perform(get("/api/v1/proposals/" + id)).andExpect(jsonPath("$.channel").value("MUHTAR"));

		String called = mvc.perform(multipart("/proposals/paper").param("space", space).param("receivedAs", "CALL_CENTRE")
			.param("title", "Çağrı merkezinden öneri").param("scopeType", "CITY")
			.param("body", "Durakta oturacak yer yok, yaşlılar ayakta bekliyor.").cookie(staff).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(called).param("lang", "de")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Über das Callcenter (vom Beteiligungsbüro erfasst)")));

		// an unknown channel, or none, is refused beside the choice, with what was typed kept
		for (String unknown : new String[] { "FAX", "" }) {
			String html = refusedPage(multipart("/proposals/paper").param("space", space).param("lang", "en")
				.param("receivedAs", unknown).param("title", "Faksla gelen öneri").param("scopeType", "CITY")
				.param("body", "Faksla gelen bir önerinin açıklaması.").cookie(staff));
			assertThat(tag(html, "receivedAs")).contains("aria-describedby=\"receivedAs-error\"");
			assertThat(tag(html, "received-MUHTAR")).contains("aria-invalid=\"true\"");
			assertThat(html).contains("id=\"receivedAs-error\">Choose how the proposal reached the municipality",
					"<a href=\"#receivedAs\">", "value=\"Faksla gelen öneri\"");
		}
		// a paper form still needs its scan, and a bad scan is refused at the scan
		String html = refusedPage(multipart("/proposals/paper").param("space", space).param("lang", "en")
			.param("receivedAs", "PAPER").param("title", "Kâğıtla gelen öneri").param("scopeType", "CITY")
			.param("body", "Kâğıtla gelen bir önerinin açıklaması.").cookie(staff));
		assertThat(tag(html, "scan")).contains("aria-invalid=\"true\"", "aria-describedby=\"scan-error scan-hint\"");
		assertThat(tag(html, "received-PAPER")).contains("checked");
		assertThat(html).contains("id=\"scan-error\">Attach the scanned paper form.");
		byte[] exe = { 'M', 'Z', 0, 0 };
		html = refusedPage(multipart("/proposals/paper").file(new MockMultipartFile("scan", "form.pdf", "application/pdf", exe))
			.param("space", space).param("receivedAs", "PAPER").param("title", "Kâğıtla gelen öneri")
			.param("scopeType", "CITY").param("body", "Kâğıtla gelen bir önerinin açıklaması.").cookie(staff));
		assertThat(tag(html, "scan")).contains("aria-invalid=\"true\"");
		assertThat(store.page(board, new ProposalStore.Filter(null, null, null, null), null, 10).proposals())
			.extracting(p -> p.title()).containsExactlyInAnyOrder("Muhtarlıktan gelen öneri", "Çağrı merkezinden öneri");
	}

	/** The page of a refused form (422). */
	String refusedPage(org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.with(csrf())).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	/** The opening tag of the element with this id. */
	static String tag(String html, String id) {
		var matcher = java.util.regex.Pattern.compile("<[a-z]+\\s[^>]*id=\"" + id + "\"[^>]*>").matcher(html);
		assertThat(matcher.find()).as("an element with id " + id).isTrue();
		return matcher.group();
	}

	@Test
	void theApiListsAndSupportsWithProblemDetails() throws Exception {
		long id = published("Otobüs durağına saçak", "Yağmurda beklemek çok zor oluyor.");
		mvc.perform(get("/api/v1/proposals").param("space", space)).andExpect(status().isOk())
			.andExpect(jsonPath("$.proposals[0].id").value(id))
			.andExpect(jsonPath("$.proposals[0].author").doesNotExist());
		mvc.perform(get("/api/v1/proposals/" + id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Otobüs durağına saçak"))
			.andExpect(jsonPath("$.author").doesNotExist());
		mvc.perform(get("/api/v1/proposals/999999999")).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.code").value("proposals.not-found"));
		mvc.perform(get("/api/v1/proposals").param("space", space).param("cursor", "nonsense"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("proposals.cursor-invalid"));
		mvc.perform(post("/api/v1/proposals/" + id + "/supports").with(csrf())).andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));

		Cookie session = resident();
		mvc.perform(post("/api/v1/proposals/" + id + "/supports").cookie(session).with(csrf())).andExpect(status().isOk())
			.andExpect(jsonPath("$.changed").value(true)).andExpect(jsonPath("$.supports").value(1));
		mvc.perform(post("/api/v1/proposals/" + id + "/supports").cookie(session).with(csrf())).andExpect(status().isOk())
			.andExpect(jsonPath("$.changed").value(false)).andExpect(jsonPath("$.supports").value(1));
		mvc.perform(delete("/api/v1/proposals/" + id + "/supports").cookie(session).with(csrf()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.supports").value(0));
		Cookie unverified = accounts.newAccount("oneri-dogrulanmamis", "Doğrulanmamış");
		mvc.perform(post("/api/v1/proposals/" + id + "/supports").cookie(unverified).with(csrf()))
			.andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("proposals.not-verified"));
	}

	@Test
	void exportsStreamEveryPublicProposalWithoutPersonalData() throws Exception {
		long id = published("Dışa aktarılan öneri, virgüllü", "=HYPERLINK(\"http://kötü\") ile başlayan metin.");
		String author = store.get(id).author();
		String csv = exported("/proposals/export.csv");
		assertThat(csv).contains("id,title,body", "\"Dışa aktarılan öneri, virgüllü\"", "'=HYPERLINK")
			.doesNotContain(author);
		String json = exported("/proposals/export.json");
		assertThat(json).startsWith("[").contains("Dışa aktarılan öneri").doesNotContain(author);
	}

	String exported(String path) throws Exception {
		var started = mvc.perform(get(path).param("space", space)).andReturn();
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(started))
			.andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void evaluationAndAdministrationAreClosedToResidents() throws Exception {
		long id = published("Değerlendirilecek öneri", "Değerlendirme sayfası denemesi için.");
		Cookie session = resident();
		mvc.perform(get("/proposals/evaluate").param("space", space).cookie(session)).andExpect(status().isForbidden());
		mvc.perform(post("/proposals/" + id + "/answer").cookie(session).with(csrf()).param("text[tr]", "Yanıt")
			.param("outcome", "ACCEPTED")).andExpect(status().isForbidden());
		mvc.perform(get("/proposals/admin").param("space", space).cookie(session)).andExpect(status().isForbidden());
		mvc.perform(get("/proposals/evaluate").param("space", space)).andExpect(status().is3xxRedirection());
	}
}
