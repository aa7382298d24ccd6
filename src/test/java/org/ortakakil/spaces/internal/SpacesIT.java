package org.ortakakil.spaces.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.shared.Slug;
import org.ortakakil.spaces.AssemblyType;
import org.ortakakil.spaces.PhaseEnded;
import org.ortakakil.spaces.PhaseStarted;
import org.ortakakil.spaces.ScopeType;
import org.ortakakil.spaces.SpaceKind;
import org.ortakakil.spaces.SpaceRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** Spaces through their service, their pages and their API, on the test database. */
@IntegrationTest
@RecordApplicationEvents
class SpacesIT {

	final Actor admin = new Actor("admin", "127.0.0.1");

	@Autowired
	ProcessAdministration spaces;

	@Autowired
	AssemblyAdministration assemblies;

	@Autowired
	SpaceRoles roles;

	@Autowired
	PhaseClock phaseClock;

	@Autowired
	SpaceDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEvents events;

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	long count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	long createProcess(String slug, ScopeType scope, Set<Integer> districts) {
		return spaces.createProcess(new ProcessDraft(new Slug(slug), LocalizedText.of("Süreç " + slug), null, scope,
				districts, null), admin);
	}

	@Test
	void anUnknownDistrictIsRefusedAndNothingIsStored() {
		long before = count("space_process");
		assertThatThrownBy(() -> createProcess(unique("yok"), ScopeType.DISTRICTS, Set.of(1421, 999_999)))
			.isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).code()).isEqualTo("district.unknown");
		assertThat(count("space_process")).isEqualTo(before);
		assertThatThrownBy(() -> spaces.createProcess(new ProcessDraft(new Slug(unique("yok")), LocalizedText.of("X"), null,
				ScopeType.NEIGHBOURHOOD, Set.of(), 1), admin))
			.isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).code()).isEqualTo("neighbourhood.unknown");
		assertThat(count("space_process")).isEqualTo(before);
	}

	@Test
	void overlappingPhasesAreRefusedAndTheStoredPhasesStayAsTheyWere() {
		long id = createProcess(unique("asamalar"), ScopeType.CITY, Set.of());
		LocalDate start = LocalDate.of(2027, 3, 1);
		spaces.addPhase(id, new PhaseDraft(LocalizedText.of("Fikirler"), null, start, start.plusDays(30)), admin);
		long phases = count("space_phase");

		assertThatThrownBy(() -> spaces.addPhase(id,
				new PhaseDraft(LocalizedText.of("Oylama"), null, start.plusDays(10), start.plusDays(40)), admin))
			.isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).code()).isEqualTo("phase.overlap");
		assertThat(count("space_phase")).isEqualTo(phases);
	}

	@Test
	void aTakenSlugIsAConflict() {
		String slug = unique("ayni");
		createProcess(slug, ScopeType.CITY, Set.of());
		assertThatThrownBy(() -> createProcess(slug, ScopeType.CITY, Set.of()))
			.isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).kind()).isEqualTo(DomainException.Kind.CONFLICT);
	}

	@Test
	void assembliesRefuseCyclesAndProvincesOutsideARegionalCentre() {
		long parent = assemblies.createAssembly(new AssemblyDraft(new Slug(unique("ust")), AssemblyType.CITY_COUNCIL,
				LocalizedText.of("Üst"), null, null, Set.of(), Set.of()), admin);
		long child = assemblies.createAssembly(new AssemblyDraft(new Slug(unique("alt")), AssemblyType.DISTRICT_COUNCIL,
				LocalizedText.of("Alt"), null, parent, Set.of(1421), Set.of()), admin);
		assertThatThrownBy(() -> assemblies.editAssembly(parent, new AssemblyDraft(new Slug(unique("ust")),
				AssemblyType.CITY_COUNCIL, LocalizedText.of("Üst"), null, child, Set.of(), Set.of()), admin))
			.isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).code()).isEqualTo("assembly.parent-cycle");
		assertThatThrownBy(() -> new AssemblyDraft(null, AssemblyType.SCIENCE_BOARD, LocalizedText.of("Kurul"), null,
				null, Set.of(), Set.of(16)))
			.isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).code()).isEqualTo("assembly.provinces-only-for-regional-centre");
		assertThatThrownBy(() -> assemblies.createAssembly(new AssemblyDraft(new Slug(unique("merkez")),
				AssemblyType.REGIONAL_CENTRE, LocalizedText.of("Merkez"), null, null, Set.of(), Set.of(34, 6)), admin))
			.isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).code()).isEqualTo("province.unknown");
	}

	@Test
	void everyAdministrativeActReachesTheAuditLog() {
		long id = createProcess(unique("denetim"), ScopeType.CITY, Set.of());
		spaces.setProcessPublished(id, true, admin);
		roles.grant(SpaceKind.PROCESS, id, "degerlendirici", SpaceRole.EVALUATOR, admin);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc
			.sql("SELECT action FROM audit_entry WHERE resource_type = 'process' AND resource_id = ? ORDER BY sequence_no")
			.param(String.valueOf(id)).query(String.class).list())
			.containsExactlyInAnyOrder("process.created", "process.published", "space-role.granted"));
	}

	@Test
	void phaseStartsAndEndsAreAnnouncedOnce() {
		LocalDate today = LocalDate.now(clock);
		long id = createProcess(unique("saat"), ScopeType.CITY, Set.of());
		spaces.addPhase(id, new PhaseDraft(LocalizedText.of("Geçmiş"), null, today.minusDays(20), today.minusDays(10)), admin);
		spaces.addPhase(id, new PhaseDraft(LocalizedText.of("Şimdi"), null, today.minusDays(9), today.plusDays(9)), admin);
		spaces.addPhase(id, new PhaseDraft(LocalizedText.of("Sonra"), null, today.plusDays(10), today.plusDays(20)), admin);
		spaces.setProcessPublished(id, true, admin);

		phaseClock.tick();
		phaseClock.tick();

		assertThat(events.stream(PhaseStarted.class).filter(e -> e.processId() == id)).hasSize(2);
		assertThat(events.stream(PhaseEnded.class).filter(e -> e.processId() == id)).hasSize(1);
	}

	@Test
	void theApiListsPublishedProcessesOnlyPagedAndByDistrict() throws Exception {
		String kadikoy = unique("kadikoy-sureci");
		String draft = unique("taslak");
		spaces.setProcessPublished(createProcess(kadikoy, ScopeType.DISTRICTS, Set.of(1421)), true, admin);
		createProcess(draft, ScopeType.DISTRICTS, Set.of(1421));

		mvc.perform(get("/api/v1/processes?district=kadikoy&size=100"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].slug", hasItem(kadikoy)))
			.andExpect(jsonPath("$.items[*].slug", not(hasItem(draft))))
			.andExpect(jsonPath("$.size").value(100));
		mvc.perform(get("/api/v1/processes?district=adalar&size=100"))
			.andExpect(jsonPath("$.items[*].slug", not(hasItem(kadikoy))));
		mvc.perform(get("/api/v1/processes?page=0&size=1"))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.totalPages").isNumber());
		mvc.perform(get("/api/v1/processes?district=atlantis"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("/problems/district.unknown"));
		mvc.perform(get("/api/v1/processes?size=1000")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("/problems/page.size-invalid"));
		mvc.perform(get("/api/v1/processes?page=-1")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/processes?state=SOMETIMES")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/processes/" + draft)).andExpect(status().isNotFound());
	}

	@Test
	void theApiListsAssembliesByTypeAndDistrict() throws Exception {
		String slug = unique("konsey");
		long id = assemblies.createAssembly(new AssemblyDraft(new Slug(slug), AssemblyType.DISTRICT_COUNCIL,
				LocalizedText.of("Konsey"), null, null, Set.of(1421), Set.of()), admin);
		assemblies.setAssemblyPublished(id, true, admin);
		mvc.perform(get("/api/v1/assemblies?type=DISTRICT_COUNCIL&district=kadikoy&size=100"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].slug", hasItem(slug)))
			.andExpect(jsonPath("$.items[*].type", not(hasItem("SCIENCE_BOARD"))));
		mvc.perform(get("/api/v1/assemblies?type=PARLIAMENT").header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The value \"type\" is not valid."));
		mvc.perform(get("/api/v1/assemblies/" + slug))
			.andExpect(jsonPath("$.districts[0]").value("kadikoy"))
			.andExpect(jsonPath("$.title.tr").value("Konsey"));
	}

	@Test
	void anAdministratorAddsMembersLinkedToAccountsOrNot() throws Exception {
		String slug = unique("uyeler");
		long id = assemblies.createAssembly(new AssemblyDraft(new Slug(slug), AssemblyType.SCIENCE_BOARD,
				LocalizedText.of("Kurul"), null, null, Set.of(), Set.of()), admin);
		assemblies.setAssemblyPublished(id, true, admin);
		mvc.perform(post("/admin/assemblies/" + id + "/members").with(user("admin").roles("ADMIN")).with(csrf())
				.param("name", "Prof. Dr. Ayşe Yılmaz").param("position", "PRESIDENT").param("accountId", "7"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/assemblies/" + id + "/members").with(user("admin").roles("ADMIN")).with(csrf())
				.param("name", "Can Ak").param("position", "MEMBER").param("accountId", ""))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/assemblies/" + id + "/members").with(user("admin").roles("ADMIN")).with(csrf())
				.param("name", "  ").param("position", "MEMBER"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Üyenin adını yazın")));
		mvc.perform(get("/api/v1/assemblies/" + slug))
			.andExpect(jsonPath("$.members.length()").value(2))
			.andExpect(jsonPath("$.members[0].position").value("PRESIDENT"))
			.andExpect(jsonPath("$.members[0].accountId").value(7))
			.andExpect(jsonPath("$.members[1].accountId").isEmpty());
	}

	@Test
	void aRoleWithoutAPersonOrGrantedTwiceIsRefusedWithAReason() throws Exception {
		long id = createProcess(unique("roller"), ScopeType.CITY, Set.of());
		mvc.perform(post("/admin/processes/" + id + "/roles").with(user("admin").roles("ADMIN")).with(csrf())
				.param("principal", "  ").param("role", "EVALUATOR"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("error", "Rol verilecek kullanıcının adını yazın."));
		mvc.perform(post("/admin/processes/" + id + "/roles").with(user("admin").roles("ADMIN")).with(csrf())
				.param("principal", "ayse").param("role", "EVALUATOR"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("notice", "notice.saved"));
		mvc.perform(post("/admin/processes/" + id + "/roles").with(user("admin").roles("ADMIN")).with(csrf())
				.param("principal", "ayse").param("role", "EVALUATOR"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("error", "ayse kullanıcısı bu alanda zaten EVALUATOR rolüne sahip."));
		assertThat(roles.of(SpaceKind.PROCESS, id)).hasSize(1);
	}

	@Test
	void administrationNeedsAnAdministrator() throws Exception {
		mvc.perform(get("/admin/processes")).andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login"));
		mvc.perform(get("/admin/processes").with(user("resident").roles("USER"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/processes").with(user("admin").roles("ADMIN")).param("title[tr]", "CSRF yok"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAdministratorCreatesAProcessWithAForm() throws Exception {
		String slug = unique("formdan");
		mvc.perform(post("/admin/processes").with(user("admin").roles("ADMIN")).with(csrf())
				.param("title[tr]", "Formdan süreç").param("title[en]", "Process from a form")
				.param("slug", slug).param("scopeType", "DISTRICTS").param("districtIds", "1421", "1183"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/admin/processes/*"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM space_process_district d JOIN space_process p ON p.id = d.process_id"
				+ " WHERE p.slug = ?").param(slug).query(Integer.class).single()).isEqualTo(2);
		long id = jdbc.sql("SELECT id FROM space_process WHERE slug = ?").param(slug).query(Long.class).single();
		mvc.perform(get("/admin/processes/" + id).with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Process from a form\"")))
			.andExpect(content().string(containsString("id=\"neighbourhoodId\" name=\"neighbourhoodId\" type=\"number\" min=\"1\" value=\"\"")));
	}

	@Test
	void aRefusedFormShowsWhyInTheResidentsLanguageAndKeepsWhatWasTyped() throws Exception {
		long before = count("space_process");
		mvc.perform(post("/admin/processes").with(user("admin").roles("ADMIN")).with(csrf())
				.header("Accept-Language", "en")
				.param("title[tr]", "Yazılan başlık").param("scopeType", "DISTRICTS"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Choose at least one district")))
			.andExpect(content().string(containsString("value=\"Yazılan başlık\"")));
		mvc.perform(post("/admin/processes").with(user("admin").roles("ADMIN")).with(csrf())
				.param("title[tr]", "X").param("slug", "Büyük Harf"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("adres olarak kullanılamaz")));
		assertThat(count("space_process")).isEqualTo(before);
	}

	@Test
	void aPhaseEndingBeforeItStartsIsRefusedOnTheFormAndNotStored() throws Exception {
		long id = createProcess(unique("ters"), ScopeType.CITY, Set.of());
		long phases = count("space_phase");
		mvc.perform(post("/admin/processes/" + id + "/phases").with(user("admin").roles("ADMIN")).with(csrf())
				.header("Accept-Language", "en")
				.param("title[tr]", "Ters").param("startsOn", "2027-05-10").param("endsOn", "2027-05-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("A phase cannot end before it starts.")))
			.andExpect(content().string(containsString("value=\"2027-05-10\"")));
		mvc.perform(post("/admin/processes/" + id + "/phases").with(user("admin").roles("ADMIN")).with(csrf())
				.param("title[tr]", "Tarihsiz").param("startsOn", "10.05.2027"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("startsOn: Bu alanın biçimi geçerli değil.")))
			.andExpect(content().string(not(containsString("Failed to convert"))));
		assertThat(count("space_phase")).isEqualTo(phases);
	}

	@Test
	void processesAreListedActiveFirstThenUpcomingThenPast() {
		LocalDate today = LocalDate.now(clock);
		long past = createProcess(unique("gecmis"), ScopeType.CITY, Set.of());
		spaces.addPhase(past, new PhaseDraft(LocalizedText.of("Bitti"), null, today.minusDays(30), today.minusDays(20)), admin);
		long active = createProcess(unique("etkin"), ScopeType.CITY, Set.of());
		spaces.addPhase(active, new PhaseDraft(LocalizedText.of("Sürüyor"), null, today.minusDays(1), today.plusDays(1)), admin);
		long upcoming = createProcess(unique("gelecek"), ScopeType.CITY, Set.of());
		spaces.addPhase(upcoming, new PhaseDraft(LocalizedText.of("Başlayacak"), null, today.plusDays(5), today.plusDays(9)), admin);

		java.util.List<Long> order = directory.allProcesses().stream().map(org.ortakakil.spaces.ProcessView::id)
			.filter(id -> id == past || id == active || id == upcoming).toList();
		assertThat(order).containsExactly(active, upcoming, past);
	}

	@Test
	void thePublicPagesFilterWithAndWithoutHtmx() throws Exception {
		String slug = unique("sayfa");
		spaces.setProcessPublished(createProcess(slug, ScopeType.DISTRICTS, Set.of(1421)), true, admin);
		mvc.perform(get("/processes?district=kadikoy"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/processes/" + slug)))
			.andExpect(content().string(containsString("<html")));
		mvc.perform(get("/processes?district=kadikoy").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/processes/" + slug)))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get("/processes/" + slug)).andExpect(status().isOk());
		mvc.perform(get("/districts/kadikoy")).andExpect(content().string(containsString("/processes/" + slug)));
		mvc.perform(get("/processes?district=atlantis")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("İstanbul ilçesi değil")));
	}
}
