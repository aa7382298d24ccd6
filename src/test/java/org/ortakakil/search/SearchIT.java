package org.ortakakil.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.TestDatabase;
import org.ortakakil.geography.Geography;
import org.ortakakil.proposals.ProposalEvent;
import org.ortakakil.proposals.ProposalState;
import org.ortakakil.proposals.ProposalView;
import org.ortakakil.notifications.ProposalsDouble;
import org.ortakakil.search.internal.SearchDocument;
import org.ortakakil.search.internal.SearchEngine;
import org.ortakakil.search.internal.SearchIndex;
import org.ortakakil.search.internal.SearchQuery;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.shared.Slug;
import org.ortakakil.spaces.ScopeType;
import org.ortakakil.spaces.SpaceKind;
import org.ortakakil.spaces.internal.ProcessAdministration;
import org.ortakakil.spaces.internal.ProcessDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Search end to end on the test database (H2, or PostgreSQL with ORTAKAKIL_TEST_DB=postgresql): Turkish
 * folding both ways, stems on PostgreSQL, the index following proposal and space events (proposals come
 * from a test double until the proposals module is merged), filters, highlighting that escapes, the page
 * and the JSON API with its errors. Every document carries a made-up word of its own, so other tests'
 * documents never get in the way.
 */
@IntegrationTest
class SearchIT {

	private static final Random RANDOM = new Random();

	@Autowired
	SearchIndex index;

	@Autowired
	SearchEngine engine;

	/** Stands in for the proposals of these tests (made-up ids), shared with the notification tests. */
	@Autowired
	ProposalsDouble proposals;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Geography geography;

	@Autowired
	ProcessAdministration processes;

	@Autowired
	MockMvc mvc;

	/** A made-up word of ASCII letters, the same in every folding and stem. */
	static String marker() {
		StringBuilder word = new StringBuilder("zq");
		for (int i = 0; i < 8; i++) {
			word.append((char) ('a' + RANDOM.nextInt(26)));
		}
		return word.toString();
	}

	static long id() {
		return 1_000_000_000L + RANDOM.nextInt(1_000_000_000);
	}

	List<Long> find(String q) {
		return find(new SearchQuery.Raw(q, null, null, null, null, null, "100"));
	}

	List<Long> find(SearchQuery.Raw raw) {
		return engine.search(SearchQuery.parse(raw, geography), "tr").hits().stream().map(SearchEngine.Hit::id).toList();
	}

	long proposal(String title, String body, Set<Integer> districts, LocalDate dated) {
		long id = id();
		index.put(new SearchDocument("proposal", id, "/proposals/" + id, dated, true, districts,
				List.of(new SearchDocument.Text("tr", title, body))));
		return id;
	}

	@Test
	void capitalsAndDotsFoldTheTurkishWay() {
		String m = marker();
		long upper = proposal("İSTANBUL " + m, "Kent geneli", Set.of(), null);
		long light = proposal("IŞIK " + m, "Sokak lambaları", Set.of(), null);
		long lower = proposal("ışık " + m + " saatleri", "", Set.of(), null);

		assertThat(find("istanbul " + m)).containsExactly(upper);
		assertThat(find("İstanbul " + m)).containsExactly(upper);
		assertThat(find("ışık " + m)).containsExactlyInAnyOrder(light, lower);
		assertThat(find("Işık " + m)).containsExactlyInAnyOrder(light, lower);
		// typed without Turkish letters
		assertThat(find("isik " + m)).containsExactlyInAnyOrder(light, lower);
		assertThat(find("ISIK " + m)).containsExactlyInAnyOrder(light, lower);
		// but I is not i: "istanbul" does not turn into "ıstanbul" and lose the match
		assertThat(find("ıstanbul " + m)).containsExactly(upper);
	}

	@Test
	void stemsFindOtherFormsOnPostgreSql() {
		assumeTrue(TestDatabase.isPostgreSql(), "stems need PostgreSQL's turkish text search");
		String m = marker();
		long park = proposal("Moda park " + m, "Çocuklar için oyun alanı", Set.of(), null);
		long trees = proposal("Ağaçlar " + m, "Sahile ağaç dikilsin", Set.of(), null);
		assertThat(find("parklar " + m)).containsExactly(park);
		assertThat(find("parklarda " + m)).containsExactly(park);
		assertThat(find("ağaçları " + m)).containsExactly(trees);
	}

	@Test
	void proposalEventsKeepTheIndexCurrent() {
		String m = marker();
		long id = id();
		proposals.put(view(id, "Kadıköy’de bisiklet yolu " + m, false, ProposalState.PUBLISHED));
		publish(id, ProposalEvent.Kind.PUBLISHED);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> find("bisiklet " + m).contains(id));

		proposals.put(view(id, "Kadıköy’de yürüyüş yolu " + m, false, ProposalState.PUBLISHED));
		publish(id, ProposalEvent.Kind.CHANGED);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> find("yürüyüş " + m).contains(id));
		assertThat(find("bisiklet " + m)).isEmpty();

		proposals.put(view(id, "Kadıköy’de yürüyüş yolu " + m, true, ProposalState.PUBLISHED));
		publish(id, ProposalEvent.Kind.HIDDEN);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> find("yürüyüş " + m).isEmpty());

		proposals.put(view(id, "Kadıköy’de yürüyüş yolu " + m, false, ProposalState.PUBLISHED));
		publish(id, ProposalEvent.Kind.RESTORED);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> find("yürüyüş " + m).contains(id));

		proposals.put(view(id, "Kadıköy’de yürüyüş yolu " + m, false, ProposalState.WITHDRAWN));
		publish(id, ProposalEvent.Kind.WITHDRAWN);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> find("yürüyüş " + m).isEmpty());
	}

	@Test
	void spaceEventsKeepTheIndexCurrentInEveryLanguage() {
		String m = marker();
		long process = processes.createProcess(new ProcessDraft(new Slug("arama-" + m),
				LocalizedText.of("Üsküdar sahil düzenlemesi " + m, "Üsküdar waterfront " + m), null, ScopeType.DISTRICTS,
				Set.of(geography.district("uskudar").orElseThrow().id()), null), Actor.SYSTEM);
		processes.setProcessPublished(process, true, Actor.SYSTEM);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> find("uskudar " + m).contains(process));
		assertThat(find("waterfront " + m)).containsExactly(process);
		assertThat(find(new SearchQuery.Raw("sahil " + m, "space", "uskudar", null, null, null, null)))
			.containsExactly(process);
		assertThat(find(new SearchQuery.Raw("sahil " + m, "proposal", null, null, null, null, null))).isEmpty();

		processes.setProcessPublished(process, false, Actor.SYSTEM);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> find("uskudar " + m).isEmpty());
	}

	@Test
	void filtersByTypeDistrictAndDate() {
		String m = marker();
		int kadikoy = geography.district("kadikoy").orElseThrow().id();
		int besiktas = geography.district("besiktas").orElseThrow().id();
		long early = proposal("Çöp toplama " + m, "", Set.of(kadikoy), LocalDate.of(2026, 3, 1));
		long late = proposal("Çöp kutuları " + m, "", Set.of(besiktas, kadikoy), LocalDate.of(2026, 9, 1));
		long cityWide = proposal("Çöp ayrıştırma " + m, "", Set.of(), LocalDate.of(2026, 6, 1));

		assertThat(find("çöp " + m)).containsExactlyInAnyOrder(early, late, cityWide);
		assertThat(find(new SearchQuery.Raw("çöp " + m, null, "kadikoy", null, null, null, null)))
			.containsExactlyInAnyOrder(early, late);
		assertThat(find(new SearchQuery.Raw("cop " + m, null, "besiktas", null, null, null, null))).containsExactly(late);
		assertThat(find(new SearchQuery.Raw("çöp " + m, null, null, "2026-05-01", null, null, null)))
			.containsExactlyInAnyOrder(late, cityWide);
		assertThat(find(new SearchQuery.Raw("çöp " + m, null, null, "2026-05-01", "2026-06-30", null, null)))
			.containsExactly(cityWide);
		assertThat(find(new SearchQuery.Raw("çöp " + m, "space", null, null, null, null, null))).isEmpty();
		assertThat(find(new SearchQuery.Raw("çöp " + m, "proposal", null, null, null, null, null))).hasSize(3);
	}

	@Test
	void theTitleMatchRanksFirstAndHiddenDocumentsAreNotFound() {
		String m = marker();
		long inBody = proposal("Otobüs durağı " + m, "Durağın yanına bir deprem toplanma alanı tabelası", Set.of(), null);
		long inTitle = proposal("Deprem toplanma alanı " + m, "Tabela yok", Set.of(), null);
		assertThat(find("deprem " + m)).containsExactly(inTitle, inBody);
		index.setVisible("proposal", inTitle, false);
		assertThat(find("deprem " + m)).containsExactly(inBody);
	}

	@Test
	void thePageShowsHighlightedResultsAsText() throws Exception {
		String m = marker();
		long id = proposal("<script>alert(1)</script> Işıklı park " + m, "Parkın <b>her</b> yerine ışık", Set.of(), null);
		String html = mvc.perform(get("/search").param("q", "ışık " + m).param("lang", "tr"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("href=\"/proposals/" + id + "\"")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)")
			.contains("<mark>Işıklı</mark>")
			.contains("&lt;b&gt;her&lt;/b&gt;")
			.contains("role=\"status\"")
			.contains("sonuçlar: 1");
	}

	@Test
	void thePageRefusesBadInputWithTheFormAgain() throws Exception {
		mvc.perform(get("/search").param("q", "   ").param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Type at least one word")));
		mvc.perform(get("/search").param("lang", "tr")).andExpect(status().isOk());
	}

	@Test
	void theApiAnswersWithHitsAndEscapedHighlights() throws Exception {
		String m = marker();
		int kadikoy = geography.district("kadikoy").orElseThrow().id();
		long id = proposal("<img src=x onerror=alert(1)> İSTANBUL " + m, "Moda sahili", Set.of(kadikoy),
				LocalDate.of(2026, 5, 4));
		mvc.perform(get("/api/v1/search").param("q", "istanbul " + m).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.query").value("istanbul " + m))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.next").doesNotExist())
			.andExpect(jsonPath("$.results[0].type").value("proposal"))
			.andExpect(jsonPath("$.results[0].kind").value("proposal"))
			.andExpect(jsonPath("$.results[0].id").value(id))
			.andExpect(jsonPath("$.results[0].title").value("<img src=x onerror=alert(1)> İSTANBUL " + m))
			.andExpect(jsonPath("$.results[0].titleHtml")
				.value("&lt;img src=x onerror=alert(1)&gt; <mark>İSTANBUL</mark> <mark>" + m + "</mark>"))
			.andExpect(jsonPath("$.results[0].excerpt").value("Moda sahili"))
			.andExpect(jsonPath("$.results[0].url").value("/proposals/" + id))
			.andExpect(jsonPath("$.results[0].date").value("2026-05-04"))
			.andExpect(jsonPath("$.results[0].districts[0]").value("kadikoy"))
			.andExpect(jsonPath("$.results[0].language").value("tr"));
	}

	@Test
	void theApiPagesThroughResults() throws Exception {
		String m = marker();
		for (int i = 0; i < 5; i++) {
			proposal("Kütüphane " + i + " " + m, "", Set.of(), LocalDate.of(2026, 1, 1 + i));
		}
		mvc.perform(get("/api/v1/search").param("q", "kutuphane " + m).param("limit", "2").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(5))
			.andExpect(jsonPath("$.results.length()").value(2))
			.andExpect(jsonPath("$.next").value(3));
		mvc.perform(get("/api/v1/search").param("q", "kutuphane " + m).param("limit", "2").param("page", "3"))
			.andExpect(jsonPath("$.results.length()").value(1))
			.andExpect(jsonPath("$.next").doesNotExist());
	}

	@Test
	void theApiRefusesBadInputWithAProblemDetail() throws Exception {
		mvc.perform(get("/api/v1/search").param("q", " ").param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("search.query-empty"))
			.andExpect(jsonPath("$.detail").value("Type at least one word to search for."));
		mvc.perform(get("/api/v1/search"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("search.query-empty"));
		mvc.perform(get("/api/v1/search").param("q", "a".repeat(201)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("search.query-too-long"));
		mvc.perform(get("/api/v1/search").param("q", "park").param("type", "meeting"))
			.andExpect(jsonPath("$.code").value("search.type-invalid"));
		mvc.perform(get("/api/v1/search").param("q", "park").param("district", "atlantis"))
			.andExpect(jsonPath("$.code").value("search.district-unknown"));
		mvc.perform(get("/api/v1/search").param("q", "park").param("from", "2026-13-01"))
			.andExpect(jsonPath("$.code").value("search.date-invalid"));
		mvc.perform(get("/api/v1/search").param("q", "park").param("from", "2026-05-01").param("to", "2026-04-01"))
			.andExpect(jsonPath("$.code").value("search.range-invalid"));
		mvc.perform(get("/api/v1/search").param("q", "park").param("limit", "1000"))
			.andExpect(jsonPath("$.code").value("search.limit-invalid"));
		mvc.perform(get("/api/v1/search").param("q", "%_"))
			.andExpect(jsonPath("$.code").value("search.query-empty"));
	}

	ProposalView view(long id, String title, boolean hidden, ProposalState state) {
		Instant published = LocalDate.of(2026, 4, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
		return new ProposalView(id, 1, SpaceKind.PROCESS, 1, title, "Öneri metni **kalın**", "tr", "transport",
				List.of(geography.district("kadikoy").orElseThrow().id()), null, null, null, "yazar@example.org", state, 0,
				hidden, published, published);
	}

	void publish(long id, ProposalEvent.Kind kind) {
		transactions.executeWithoutResult(status -> events.publishEvent(
				new ProposalEvent(id, kind, ProposalState.PUBLISHED, Actor.SYSTEM, Instant.now())));
	}
}
