package org.ortakakil.meetings.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.identity.AccountSupport;
import org.ortakakil.identity.Role;
import org.ortakakil.identity.census.CensusFixtures;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.shared.Slug;
import org.ortakakil.spaces.AssemblyType;
import org.ortakakil.spaces.Spaces;
import org.ortakakil.spaces.internal.AssemblyAdministration;
import org.ortakakil.spaces.internal.AssemblyDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jakarta.servlet.http.Cookie;

/**
 * The governance programme through the web: a coordinator of Şile plans a cycle (preview, confirm), the
 * meetings are stored with the muhtar as co-host and the verified residents are invited exactly once,
 * in their language; every bad input is refused and stores nothing; residents propose agenda items and
 * the muhtar takes them. Şile (1659) is used by no other test.
 */
@IntegrationTest
class GovernanceIT {

	static final int SILE = 1659;
	static final int KUMBABA = 40957;
	static final int HACI_KASIM = 40958;
	static final int CAVUS = 40959;
	static final int AGVA = 40961;
	static final int BALIBEY = 40960;
	static final int CAFERAGA = 40512;
	static final LocalDate BORN = LocalDate.of(1979, 2, 11);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Spaces spaces;

	@Autowired
	AssemblyAdministration assemblies;

	AccountSupport accounts;

	static Cookie coordinator;

	@BeforeEach
	void setUp() throws Exception {
		accounts = new AccountSupport(mvc, context);
		if (spaces.assembly("sile-kent-konseyi").isEmpty()) {
			long id = assemblies.createAssembly(new AssemblyDraft(new Slug("sile-kent-konseyi"), AssemblyType.DISTRICT_COUNCIL,
					LocalizedText.of("Şile Kent Konseyi"), null, null, Set.of(SILE), Set.of()), Actor.SYSTEM);
			assemblies.setAssemblyPublished(id, true, Actor.SYSTEM);
		}
		if (coordinator == null) {
			coordinator = account(Role.DISTRICT_COORDINATOR, String.valueOf(SILE));
		}
	}

	Cookie account(Role role, String scope) throws Exception {
		Cookie session = accounts.newAccount("yonetisim", "Yönetişim");
		if (role != null) {
			accounts.grant(accounts.idOf(session), role, scope);
		}
		return session;
	}

	/** A new account verified as a resident of the neighbourhood, reading mail in the language. */
	Cookie resident(int neighbourhood, int district, String language) throws Exception {
		String tckn = CensusFixtures.randomTckn();
		CensusFixtures.add(context, tckn, BORN, neighbourhood, district);
		Cookie session = accounts.newAccount("sakin", "Sakin");
		mvc.perform(post("/account/verify").cookie(session).with(csrf()).param("tckn", tckn)
			.param("birthDate", BORN.toString())).andExpect(status().is3xxRedirection());
		jdbc.sql("UPDATE account SET language = ? WHERE id = ?").params(language, accounts.idOf(session)).update();
		return session;
	}

	String email(Cookie session) throws Exception {
		return jdbc.sql("SELECT email FROM account WHERE id = ?").param(accounts.idOf(session)).query(String.class).single();
	}

	/** The cycle form for Şile, changed by the caller. */
	MockHttpServletRequestBuilder cycle(Cookie session, String action, LocalDate first, LocalDate last,
			List<String> weekdays, List<Integer> neighbourhoods, String title) {
		MockHttpServletRequestBuilder request = post("/governance/cycles/new").param("district", "sile")
			.cookie(session).with(csrf()).param("action", action).param("space", "sile-kent-konseyi")
			.param("titleTr", title).param("titleEn", "{mahalle} Governance Meeting")
			.param("firstDate", first.toString()).param("lastDate", last.toString()).param("times", "19:00")
			.param("times", "").param("duration", "90").param("capacity", "40").param("reserved", "4")
			.param("stepFree", "true").param("where", "muhtar");
		weekdays.forEach(day -> request.param("weekdays", day));
		neighbourhoods.forEach(n -> request.param("neighbourhoods", String.valueOf(n)));
		return request;
	}

	static final String TITLE = "{mahalle} Mahalle Yönetişim Toplantısı";

	LocalDate inDays(int days) {
		return LocalDate.now(CyclePlanner.ISTANBUL).plusDays(days);
	}

	long cycles() {
		return jdbc.sql("SELECT COUNT(*) FROM meeting_cycle WHERE district_id = ?").param(SILE).query(Long.class).single();
	}

	long meetingsInSile() {
		return jdbc.sql("SELECT COUNT(*) FROM meeting WHERE district_id = ?").param(SILE).query(Long.class).single();
	}

	@Test
	void aCoordinatorPreviewsAndConfirmsACycleAndTheResidentsAreInvitedOnce() throws Exception {
		Cookie kumbabaTr = resident(KUMBABA, SILE, "tr");
		Cookie kumbabaEn = resident(KUMBABA, SILE, "en");
		Cookie haciKasim = resident(HACI_KASIM, SILE, "tr");
		Cookie elsewhere = resident(BALIBEY, SILE, "tr");
		List<Integer> three = List.of(KUMBABA, HACI_KASIM, CAVUS);
		long cyclesBefore = cycles();
		long meetingsBefore = meetingsInSile();

		String preview = mvc.perform(cycle(coordinator, "preview", inDays(30), inDays(44), List.of("TUESDAY", "THURSDAY"),
				three, TITLE)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(preview).contains("Planlanan toplantılar: 3").contains("Kumbaba").contains("Hacı Kasım")
			.contains("Çavuş").contains("muhtarlık kayıtlı değil").contains("19:00–20:30");
		assertThat(cycles()).isEqualTo(cyclesBefore);
		assertThat(meetingsInSile()).isEqualTo(meetingsBefore);

		MvcResult confirmed = mvc.perform(cycle(coordinator, "confirm", inDays(30), inDays(44),
				List.of("TUESDAY", "THURSDAY"), three, TITLE)).andExpect(status().is3xxRedirection()).andReturn();
		assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/governance/coverage?district=sile");
		long cycleId = jdbc.sql("SELECT MAX(id) FROM meeting_cycle WHERE district_id = ?").param(SILE)
			.query(Long.class).single();
		List<Map<String, Object>> meetings = jdbc.sql("""
				SELECT id, neighbourhood_id, co_host_neighbourhood, organiser_kind, meeting_type, title, address,
				capacity, reserved_places, step_free, space_kind, starts_at FROM meeting WHERE cycle_id = ?
				ORDER BY starts_at""").param(cycleId).query().listOfRows();
		assertThat(meetings).hasSize(3);
		assertThat(meetings).allSatisfy(m -> {
			assertThat(m.get("co_host_neighbourhood")).isEqualTo(m.get("neighbourhood_id"));
			assertThat(m.get("organiser_kind")).isEqualTo("DISTRICT_COORDINATOR");
			assertThat(m.get("meeting_type")).isEqualTo("IN_PERSON");
			assertThat(m.get("space_kind")).isEqualTo("ASSEMBLY");
			assertThat(m.get("capacity")).isEqualTo(40);
			assertThat(m.get("reserved_places")).isEqualTo(4);
			assertThat(m.get("step_free")).isEqualTo(true);
		});
		assertThat(meetings).extracting(m -> ((Number) m.get("neighbourhood_id")).intValue())
			.containsExactlyInAnyOrderElementsOf(three);
		Map<String, Object> kumbaba = meetings.stream()
			.filter(m -> ((Number) m.get("neighbourhood_id")).intValue() == KUMBABA).findFirst().orElseThrow();
		assertThat((String) kumbaba.get("title")).contains("Kumbaba Mahalle Yönetişim Toplantısı")
			.contains("Kumbaba Governance Meeting");
		assertThat(kumbaba.get("address")).isEqualTo("Kumbaba, Şile");
		long kumbabaId = ((Number) kumbaba.get("id")).longValue();

		// exactly one mail per resident of a planned neighbourhood, in their language, none for the others
		Map<String, List<String>> mails = new java.util.HashMap<>();
		for (Cookie resident : List.of(kumbabaTr, kumbabaEn, haciKasim, elsewhere)) {
			String address = email(resident);
			mails.put(address, jdbc.sql("SELECT subject || '\n' || body FROM mail_outbox WHERE recipient = ?"
					+ " AND (subject LIKE 'Davet:%' OR subject LIKE 'Invitation:%')").param(address)
				.query(String.class).list());
		}
		assertThat(mails.get(email(kumbabaTr))).singleElement().asString()
			.startsWith("Davet: Kumbaba Mahalle Yönetişim Toplantısı").contains("/meetings/" + kumbabaId)
			.contains("Kumbaba, Şile").contains("19:00").contains("İstanbul saati");
		assertThat(mails.get(email(kumbabaEn))).singleElement().asString()
			.startsWith("Invitation: Kumbaba Governance Meeting").contains("/meetings/" + kumbabaId)
			.contains("/governance/meetings/" + kumbabaId + "/proposals");
		assertThat(mails.get(email(haciKasim))).singleElement().asString().contains("Hacı Kasım");
		assertThat(mails.get(email(elsewhere))).isEmpty();
		org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM audit_entry WHERE action = 'meeting.cycle-planned' AND resource_type = 'meeting'
				AND resource_id = ?""").param(String.valueOf(kumbabaId)).query(Long.class).single()).isEqualTo(1));

		// the coverage page lists the next meetings
		String coverage = mvc.perform(get("/governance/coverage").param("district", "sile"))
			.andReturn().getResponse().getContentAsString();
		assertThat(coverage).contains("/meetings/" + kumbabaId);
	}

	String refused(MockHttpServletRequestBuilder request) throws Exception {
		long cyclesBefore = cycles();
		long meetingsBefore = meetingsInSile();
		String page = mvc.perform(request).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
			.getContentAsString();
		assertThat(cycles()).isEqualTo(cyclesBefore);
		assertThat(meetingsInSile()).isEqualTo(meetingsBefore);
		return page;
	}

	@Test
	void badInputsAreRefusedWithTheirReasonAndStoreNothing() throws Exception {
		List<String> tuesdays = List.of("TUESDAY");
		List<Integer> two = List.of(KUMBABA, CAVUS);
		for (String action : List.of("preview", "confirm")) {
			assertThat(refused(cycle(coordinator, action, inDays(40), inDays(30), tuesdays, two, TITLE)))
				.contains("Son gün ilk günden önce olamaz");
			assertThat(refused(cycle(coordinator, action, inDays(30), inDays(60), List.of(), two, TITLE)))
				.contains("En az bir gün seçin");
			assertThat(refused(cycle(coordinator, action, inDays(-3), inDays(60), tuesdays, two, TITLE)))
				.contains("Geçmişe toplantı planlanamaz");
			assertThat(refused(cycle(coordinator, action, inDays(30), inDays(60), tuesdays, List.of(KUMBABA, CAFERAGA),
					TITLE))).contains("40512 numaralı mahalle Şile ilçesinde değil");
			assertThat(refused(cycle(coordinator, action, inDays(200), inDays(206), tuesdays,
					List.of(KUMBABA, CAVUS, HACI_KASIM, AGVA), TITLE)))
				.contains("4 mahalle için yalnızca 1 boş zaman var");
			assertThat(refused(cycle(coordinator, action, inDays(30), inDays(60), tuesdays, two, " ")))
				.contains("Türkçe başlık şablonu zorunludur");
		}
	}

	@Test
	void whenOneMeetingOfTheCycleIsRefusedNothingIsStoredAndNobodyInvited() throws Exception {
		Cookie agva = resident(AGVA, SILE, "tr");
		// 26 placeholders: Kumbaba's title stays under 300 characters, Ağva Merkez's goes over
		String title = "{mahalle}".repeat(26) + " Toplantısı Şile";
		assertThat(title).hasSizeLessThanOrEqualTo(250);
		assertThat(refused(cycle(coordinator, "confirm", inDays(100), inDays(130), List.of("MONDAY", "FRIDAY"),
				List.of(KUMBABA, AGVA), title))).contains("error-summary");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND subject LIKE 'Davet:%'")
			.param(email(agva)).query(Long.class).single()).isZero();
	}

	@Test
	void onlyCoordinatorsOfTheDistrictMayPlan() throws Exception {
		Cookie kadikoy = account(Role.DISTRICT_COORDINATOR, "1421");
		mvc.perform(get("/governance/cycles/new").param("district", "sile").cookie(kadikoy))
			.andExpect(status().isForbidden());
		long before = cycles();
		mvc.perform(cycle(kadikoy, "confirm", inDays(30), inDays(60), List.of("MONDAY"), List.of(KUMBABA), TITLE))
			.andExpect(status().isForbidden());
		assertThat(cycles()).isEqualTo(before);
		mvc.perform(get("/governance/cycles/new").param("district", "kadikoy").cookie(kadikoy))
			.andExpect(status().isOk());
		mvc.perform(get("/governance/cycles/new").param("district", "sile"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/governance/cycles/new").param("district", "nowhere").cookie(kadikoy))
			.andExpect(status().isNotFound());
		String form = mvc.perform(get("/governance/cycles/new").param("district", "sile").cookie(coordinator))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("sile-kent-konseyi").contains("Kumbaba").contains("{mahalle} Mahalle Yönetişim Toplantısı");
	}

	/** A meeting of Kumbaba planned through a one-neighbourhood cycle; its id. */
	long kumbabaMeeting(int inDays) throws Exception {
		mvc.perform(cycle(coordinator, "confirm", inDays(inDays), inDays(inDays + 6),
				List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"), List.of(KUMBABA),
				TITLE)).andExpect(status().is3xxRedirection());
		return jdbc.sql("SELECT MAX(id) FROM meeting WHERE neighbourhood_id = ?").param(KUMBABA).query(Long.class).single();
	}

	long proposals(long meetingId) {
		return jdbc.sql("SELECT COUNT(*) FROM meeting_agenda_item WHERE meeting_id = ? AND status = 'PROPOSED'")
			.param(meetingId).query(Long.class).single();
	}

	MockHttpServletRequestBuilder propose(Cookie session, long meetingId, String title) {
		return post("/governance/meetings/{id}/proposals", meetingId).cookie(session).with(csrf()).param("title", title)
			.param("description", "Parkın aydınlatması yetersiz.");
	}

	@Test
	void residentsProposeAndTheMuhtarTakesOrDeclines() throws Exception {
		long meeting = kumbabaMeeting(150);
		Cookie resident = resident(KUMBABA, SILE, "tr");
		Cookie neighbour = resident(HACI_KASIM, SILE, "tr");
		Cookie unverified = account(null, null);

		mvc.perform(get("/governance/meetings/{id}/proposals", meeting).cookie(resident)).andExpect(status().isOk());
		mvc.perform(propose(resident, meeting, "Park aydınlatması")).andExpect(status().is3xxRedirection());
		mvc.perform(propose(resident, meeting, "Pazar yeri düzeni")).andExpect(status().is3xxRedirection());
		assertThat(proposals(meeting)).isEqualTo(2);
		mvc.perform(propose(neighbour, meeting, "Başka mahalle")).andExpect(status().isForbidden());
		mvc.perform(propose(unverified, meeting, "Doğrulanmamış")).andExpect(status().isForbidden());
		assertThat(mvc.perform(get("/governance/meetings/{id}/proposals", meeting).cookie(unverified))
			.andReturn().getResponse().getContentAsString()).contains("doğrulanmış sakinleri");
		assertThat(proposals(meeting)).isEqualTo(2);

		// the muhtar of Kumbaba organises with the coordinator; a resident may not
		Cookie muhtar = account(Role.MUHTAR, String.valueOf(KUMBABA));
		mvc.perform(get("/governance/meetings/{id}/agenda", meeting).cookie(resident)).andExpect(status().isForbidden());
		String agenda = mvc.perform(get("/governance/meetings/{id}/agenda", meeting).cookie(muhtar))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(agenda).contains("Park aydınlatması").contains("Pazar yeri düzeni");
		long park = jdbc.sql("SELECT id FROM meeting_agenda_item WHERE meeting_id = ? AND title = 'Park aydınlatması'")
			.param(meeting).query(Long.class).single();
		long market = jdbc.sql("SELECT id FROM meeting_agenda_item WHERE meeting_id = ? AND title = 'Pazar yeri düzeni'")
			.param(meeting).query(Long.class).single();
		mvc.perform(post("/governance/meetings/{id}/agenda/{item}/decide", meeting, park).param("accept", "true")
			.cookie(resident).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/governance/meetings/{id}/agenda/{item}/decide", meeting, park).param("accept", "true")
			.cookie(muhtar).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/governance/meetings/{id}/agenda/{item}/decide", meeting, market).param("accept", "false")
			.cookie(coordinator).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT status FROM meeting_agenda_item WHERE id = ?").param(park).query(String.class).single())
			.isEqualTo("ACCEPTED");
		assertThat(jdbc.sql("SELECT status FROM meeting_agenda_item WHERE id = ?").param(market).query(String.class).single())
			.isEqualTo("DECLINED");
		mvc.perform(post("/governance/meetings/{id}/agenda/publish", meeting).cookie(muhtar).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT agenda_published_at FROM meeting WHERE id = ?").param(meeting)
			.query(OffsetDateTime.class).single()).isNotNull();

		// once the meeting has started, proposals are refused
		OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(10);
		jdbc.sql("UPDATE meeting SET starts_at = ?, ends_at = ? WHERE id = ?")
			.params(started, started.plusHours(2), meeting).update();
		assertThat(mvc.perform(propose(resident, meeting, "Geç kalan öneri")).andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString()).contains("Geç kalan öneri").contains("Toplantı başladı");
		assertThat(proposals(meeting)).isZero();
	}
}
