package org.ortakakil.requests.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.audit.AuditEntry;
import org.ortakakil.audit.AuditLog;
import org.ortakakil.identity.AccountSupport;
import org.ortakakil.identity.Role;
import org.ortakakil.requests.Channel;
import org.ortakakil.requests.NeighbourhoodNeedChanged;
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
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jakarta.servlet.http.Cookie;

/**
 * "My Neighbourhood, My Muhtar": only a neighbourhood's muhtar changes its list of needs, only the
 * district's coordinator sees the district's needs and report; ranks stay 1..n; every bad input is
 * shown with its reason in the page's language and stores nothing; the monthly CSV is exact. The
 * neighbourhoods are Adalar's (district 1103), which no other test uses for needs.
 */
@IntegrationTest
class NeedsIT {

	static final int ADALAR = 1103;
	static final int BURGAZADA = 40139;
	static final int HEYBELIADA = 40142;
	static final int KINALIADA = 40143;
	static final String CODE = "needs-" + UUID.randomUUID().toString().substring(0, 8);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	CatalogueAdministration catalogue;

	@Autowired
	CatalogueStore categories;

	@Autowired
	ServiceRequests requests;

	@Autowired
	RequestHandling handling;

	@Autowired
	AuditLog audit;

	@Autowired
	NeighbourhoodNeeds needs;

	@BeforeEach
	void category() {
		if (categories.any(CODE).isEmpty()) {
			catalogue.create(new CategoryDraft(CODE, LocalizedText.of("Kaldırım bozuk", "Broken pavement"), null,
					ServiceGroup.ROADS, List.of(), false, false, true, "yol-bakim", Map.of(Priority.NORMAL, 72)),
					Actor.SYSTEM);
		}
	}

	/** A confirmed, logged-in account holding the role; its SESSION cookie. */
	Cookie account(Role role, String scope) throws Exception {
		AccountSupport accounts = new AccountSupport(mvc, context);
		Cookie session = accounts.newAccount("needs", "Muhtar");
		if (role != null) {
			accounts.grant(accounts.idOf(session), role, scope);
		}
		return session;
	}

	static MockHttpServletRequestBuilder as(Cookie session, MockHttpServletRequestBuilder request) {
		return request.cookie(session).with(csrf());
	}

	MockHttpServletRequestBuilder addNeed(Cookie muhtar, int neighbourhood, String title, String cost) {
		return as(muhtar, post("/muhtar/needs")).param("neighbourhood", String.valueOf(neighbourhood))
			.param("title", title).param("description", "").param("cost", cost);
	}

	long needId(int neighbourhood, String title) {
		return jdbc.sql("SELECT id FROM neighbourhood_need WHERE neighbourhood_id = ? AND title = ?")
			.params(neighbourhood, title).query(Long.class).single();
	}

	List<String> titlesInOrder(int neighbourhood) {
		return jdbc.sql("SELECT title FROM neighbourhood_need WHERE neighbourhood_id = ? ORDER BY rank")
			.param(neighbourhood).query(String.class).list();
	}

	List<Integer> ranks(int neighbourhood) {
		return jdbc.sql("SELECT rank FROM neighbourhood_need WHERE neighbourhood_id = ? ORDER BY rank")
			.param(neighbourhood).query(Integer.class).list();
	}

	String request(int neighbourhood) {
		return requests.create(new RequestDraft(CODE, null, null, "İskele Caddesi", null, null, null, null, null, null,
				null, "Kaldırım taşları kalkmış", null, Map.of(), Channel.MUHTAR, neighbourhood, null, "tr"), Actor.SYSTEM)
			.serviceRequestId();
	}

	@Test
	void theMuhtarKeepsARankedListWhoseRanksStayOneToN() throws Exception {
		Cookie muhtar = account(Role.MUHTAR, String.valueOf(KINALIADA));
		String a = "İskeleye rampa " + CODE;
		String b = "Sahil aydınlatması " + CODE;
		String c = "Çocuk parkı " + CODE;
		for (String title : List.of(a, b, c)) {
			mvc.perform(addNeed(muhtar, KINALIADA, title, "1.250.000,50")).andExpect(status().isFound());
		}
		mvc.perform(get("/muhtar").cookie(muhtar)).andExpect(status().isOk())
			.andExpect(content().string(containsString(a)))
			.andExpect(content().string(containsString("/requests/new?neighbourhood=" + KINALIADA)));
		assertThat(jdbc.sql("SELECT estimated_cost FROM neighbourhood_need WHERE id = ?").param(needId(KINALIADA, a))
			.query(java.math.BigDecimal.class).single()).isEqualByComparingTo("1250000.50");

		mvc.perform(as(muhtar, post("/muhtar/needs/" + needId(KINALIADA, c) + "/move")).param("direction", "-1"))
			.andExpect(status().isFound());
		assertThat(titlesInOrder(KINALIADA)).containsExactly(a, c, b);
		mvc.perform(as(muhtar, post("/muhtar/needs/" + needId(KINALIADA, c) + "/move")).param("direction", "-1"));
		mvc.perform(as(muhtar, post("/muhtar/needs/" + needId(KINALIADA, c) + "/move")).param("direction", "-1"));
		mvc.perform(as(muhtar, post("/muhtar/needs/" + needId(KINALIADA, b) + "/move")).param("direction", "1"));
		assertThat(titlesInOrder(KINALIADA)).containsExactly(c, a, b);
		assertThat(ranks(KINALIADA)).containsExactly(1, 2, 3);

		mvc.perform(as(muhtar, post("/muhtar/needs/" + needId(KINALIADA, b) + "/status")).param("status", "DONE"))
			.andExpect(status().isFound());
		mvc.perform(as(muhtar, post("/muhtar/needs/" + needId(KINALIADA, b) + "/status")).param("status", "FINISHED")
			.param("lang", "en")).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("is not a known status")));
		long moved = needId(KINALIADA, c);
		Awaitility.await().untilAsserted(() -> assertThat(audit.latest(200, NeighbourhoodNeedChanged.RESOURCE_TYPE))
			.filteredOn(e -> e.resourceId().equals(String.valueOf(moved))).extracting(AuditEntry::action)
			.contains("neighbourhood-need.created", "neighbourhood-need.moved"));
	}

	@Test
	void onlyTheNeighbourhoodsMuhtarSeesAndChangesItsNeeds() throws Exception {
		Cookie muhtar = account(Role.MUHTAR, String.valueOf(BURGAZADA));
		String title = "Vapur iskelesine gölgelik " + CODE;
		mvc.perform(addNeed(muhtar, BURGAZADA, title, "")).andExpect(status().isFound());
		long need = needId(BURGAZADA, title);

		Cookie otherMuhtar = account(Role.MUHTAR, String.valueOf(HEYBELIADA));
		Cookie resident = account(null, null);
		for (Cookie stranger : List.of(otherMuhtar, resident)) {
			mvc.perform(get("/muhtar").param("neighbourhood", String.valueOf(BURGAZADA)).cookie(stranger))
				.andExpect(status().isForbidden());
			mvc.perform(as(stranger, post("/muhtar/needs/" + need)).param("title", "Değişti"))
				.andExpect(status().isForbidden());
			mvc.perform(as(stranger, post("/muhtar/needs/" + need + "/move")).param("direction", "1"))
				.andExpect(status().isForbidden());
			mvc.perform(addNeed(stranger, BURGAZADA, "Başkasının " + CODE, "")).andExpect(status().isForbidden());
		}
		mvc.perform(get("/muhtar").cookie(resident)).andExpect(status().isForbidden());
		assertThat(titlesInOrder(BURGAZADA)).contains(title).noneMatch(t -> t.startsWith("Başkasının"))
			.noneMatch(t -> t.equals("Değişti"));
		mvc.perform(get("/muhtar")).andExpect(status().is3xxRedirection());

		Cookie kadikoy = account(Role.DISTRICT_COORDINATOR, "1421");
		for (Cookie stranger : List.of(kadikoy, resident, muhtar)) {
			mvc.perform(get("/coordinator/needs").param("district", "adalar").cookie(stranger))
				.andExpect(status().isForbidden());
			mvc.perform(get("/coordinator/needs/report.csv").param("district", "adalar").cookie(stranger))
				.andExpect(status().isForbidden());
		}
		Cookie adalar = account(Role.DISTRICT_COORDINATOR, String.valueOf(ADALAR));
		mvc.perform(get("/coordinator/needs").param("district", "adalar").cookie(adalar)).andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("Nizam")));
		mvc.perform(get("/coordinator/needs").cookie(adalar)).andExpect(status().isFound());
	}

	@Test
	void onlyRequestsOfTheSameNeighbourhoodCanBeLinked() throws Exception {
		Cookie muhtar = account(Role.MUHTAR, String.valueOf(HEYBELIADA));
		String title = "Mektep Sokak merdivenleri " + CODE;
		mvc.perform(addNeed(muhtar, HEYBELIADA, title, "")).andExpect(status().isFound());
		long need = needId(HEYBELIADA, title);
		String here = request(HEYBELIADA);
		String elsewhere = request(BURGAZADA);

		mvc.perform(as(muhtar, post("/muhtar/needs/" + need + "/links")).param("kind", "REQUEST")
			.param("reference", elsewhere).param("lang", "en")).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("is in another neighbourhood")));
		mvc.perform(as(muhtar, post("/muhtar/needs/" + need + "/links")).param("kind", "REQUEST")
			.param("reference", "NOSUCHREQUEST")).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("numaralı bir bildirim yok")));
		mvc.perform(as(muhtar, post("/muhtar/needs/" + need + "/links")).param("kind", "REQUEST")
			.param("reference", here.toLowerCase())).andExpect(status().isFound());
		mvc.perform(as(muhtar, post("/muhtar/needs/" + need + "/links")).param("kind", "REQUEST")
			.param("reference", here)).andExpect(status().isUnprocessableContent());
		mvc.perform(as(muhtar, post("/muhtar/needs/" + need + "/links")).param("kind", "PROPOSAL")
			.param("reference", "https://ortakakil.istanbul/proposals/42")).andExpect(status().isFound());
		assertThat(jdbc.sql("SELECT kind || ':' || reference FROM neighbourhood_need_link WHERE need_id = ? ORDER BY id")
			.param(need).query(String.class).list())
			.containsExactly("REQUEST:" + here, "PROPOSAL:https://ortakakil.istanbul/proposals/42");
		mvc.perform(get("/muhtar").param("neighbourhood", String.valueOf(HEYBELIADA)).cookie(muhtar))
			.andExpect(content().string(containsString(here)))
			.andExpect(content().string(containsString("href=\"https://ortakakil.istanbul/proposals/42\"")));
	}

	@Test
	void aBadCostIsShownAtTheFieldAndNothingIsStored() throws Exception {
		Cookie muhtar = account(Role.MUHTAR, String.valueOf(BURGAZADA));
		int before = titlesInOrder(BURGAZADA).size();
		mvc.perform(addNeed(muhtar, BURGAZADA, "Eksi " + CODE, "-500").param("lang", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("The estimated cost cannot be negative.")))
			.andExpect(content().string(containsString("id=\"new-cost-error\"")))
			.andExpect(content().string(containsString("value=\"Eksi " + CODE + "\"")));
		mvc.perform(addNeed(muhtar, BURGAZADA, "Harfler " + CODE, "on bin lira"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("bir tutar değil")));
		mvc.perform(addNeed(muhtar, BURGAZADA, " ", "100")).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("İhtiyacın bir başlığı olmalı.")));
		assertThat(titlesInOrder(BURGAZADA)).hasSize(before);

		String title = "Düzenlenecek " + CODE;
		mvc.perform(addNeed(muhtar, BURGAZADA, title, "100")).andExpect(status().isFound());
		long need = needId(BURGAZADA, title);
		mvc.perform(as(muhtar, post("/muhtar/needs/" + need)).param("title", title).param("cost", "12abc"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"need-" + need + "-cost-error\"")));
		assertThat(jdbc.sql("SELECT estimated_cost FROM neighbourhood_need WHERE id = ?").param(need)
			.query(java.math.BigDecimal.class).single()).isEqualByComparingTo("100");
	}

	@Test
	void aBadMonthIsRefusedInThePagesLanguage() throws Exception {
		Cookie coordinator = account(Role.DISTRICT_COORDINATOR, String.valueOf(ADALAR));
		mvc.perform(get("/coordinator/needs/report.csv").param("district", "adalar").param("month", "2026-13")
			.cookie(coordinator)).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("bir ay değil")));
		mvc.perform(get("/coordinator/needs/report").param("district", "adalar").param("month", "abc")
			.cookie(coordinator).param("lang", "en")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("is not a month")));
	}

	@Test
	void theMonthlyCsvIsExactAndCountsTheMonthsRequests() throws Exception {
		Cookie muhtar = account(Role.MUHTAR, String.valueOf(BURGAZADA));
		Cookie coordinator = account(Role.DISTRICT_COORDINATOR, String.valueOf(ADALAR));
		String month = YearMonth.now(ZoneId.of("Europe/Istanbul")).toString();
		long[] before = counts(csv(coordinator, month), "Burgazada");

		String title = "Gezinti yolu, iskele \"Yalı\" önü " + CODE;
		mvc.perform(addNeed(muhtar, BURGAZADA, title, "75000")).andExpect(status().isFound());
		String first = request(BURGAZADA);
		request(BURGAZADA);
		request(BURGAZADA);
		handling.accept(first, null, Actor.SYSTEM);
		handling.resolve(first, "Taşlar yerine kondu.", null, Actor.SYSTEM);
		mvc.perform(as(muhtar, post("/muhtar/needs/" + needId(BURGAZADA, title) + "/links")).param("kind", "REQUEST")
			.param("reference", first)).andExpect(status().isFound());

		MvcResult result = mvc.perform(get("/coordinator/needs/report.csv").param("district", "adalar")
			.param("month", month).cookie(coordinator)).andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("ihtiyaclar-adalar-" + month + ".csv")))
			.andReturn();
		assertThat(result.getResponse().getContentType()).startsWith("text/csv");
		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text.lines().findFirst().orElseThrow()).isEqualTo(NeedsCsv.BOM
				+ "Mahalle,Sıra,İhtiyaç,Durum,Tahmini maliyet (TL),Bağlı bildirim,Ay içinde gelen bildirim,Ay içinde çözülen bildirim");
		assertThat(text).contains("\r\n")
			.contains(",\"Gezinti yolu, iskele \"\"Yalı\"\" önü " + CODE + "\",Önerildi,75000.00,1,")
			.contains("Nizam,,,,,,");
		long[] after = counts(text, "Burgazada");
		assertThat(after[0] - before[0]).isEqualTo(3);
		assertThat(after[1] - before[1]).isEqualTo(1);

		mvc.perform(get("/coordinator/needs/report").param("district", "adalar").param("month", month)
			.cookie(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Adalar mahalle ihtiyaçları raporu")))
			.andExpect(content().string(containsString("/assets/css/print")));
	}

	@Test
	void twoMuhtarsChangingTheListAtOnceLeaveRanksOneToN() throws Exception {
		int maden = 40140;
		Actor muhtar = new Actor("muhtar", "127.0.0.1");
		for (int i = 0; i < 4; i++) {
			needs.create(maden, new NeedDraft("Aynı anda " + i + " " + CODE, null, null), muhtar);
		}
		List<Long> ids = needs.of(maden).stream().map(Need::id).toList();
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
			for (int i = 0; i < 24; i++) {
				long id = ids.get(i % ids.size());
				int direction = i % 3 == 0 ? 1 : -1;
				int n = i;
				done.add(pool.submit(() -> {
					if (n % 8 == 0) {
						needs.create(maden, new NeedDraft("Yeni " + n + " " + CODE, null, null), muhtar);
					}
					needs.move(id, direction, muhtar);
				}));
			}
			for (java.util.concurrent.Future<?> f : done) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(ranks(maden)).containsExactly(1, 2, 3, 4, 5, 6, 7);
	}

	String csv(Cookie coordinator, String month) throws Exception {
		return mvc.perform(get("/coordinator/needs/report.csv").param("district", "adalar").param("month", month)
			.cookie(coordinator)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** Filed and resolved in the month for the neighbourhood: the last two fields of any of its rows. */
	static long[] counts(String csv, String neighbourhood) {
		String row = csv.lines().filter(l -> l.startsWith(neighbourhood + ",")).findFirst().orElseThrow();
		String[] fields = row.split(",");
		return new long[] { Long.parseLong(fields[fields.length - 2]), Long.parseLong(fields[fields.length - 1]) };
	}
}
