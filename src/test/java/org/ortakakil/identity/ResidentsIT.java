package org.ortakakil.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.identity.census.CensusFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import jakarta.servlet.http.Cookie;

/**
 * Verified residents, assisted sessions at a participation office, and what deleting an account
 * does to the census link, through the web layer.
 */
@IntegrationTest
class ResidentsIT {

	static final int KADIKOY = 1421;
	static final int CAFERAGA = 40512;
	static final int USKUDAR = 1708;
	static final int KUZGUNCUK = 40811;
	static final LocalDate BORN = LocalDate.of(1984, 6, 3);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	AccountSupport support;

	@org.junit.jupiter.api.BeforeEach
	void support() {
		support = new AccountSupport(mvc, context);
	}

	MvcResult verify(Cookie session, String tckn, String birthDate) throws Exception {
		return mvc.perform(post("/account/verify").cookie(session).with(csrf()).param("tckn", tckn)
				.param("birthDate", birthDate)).andReturn();
	}

	@Test
	void aResidentVerifiesAndTheApiShowsTheirDistrict() throws Exception {
		String tckn = CensusFixtures.randomTckn();
		CensusFixtures.add(context, tckn, BORN, CAFERAGA, KADIKOY);
		Cookie session = support.newAccount("dogrula", "Doğrulanan Sakin");
		assertThat(verify(session, tckn, BORN.toString()).getResponse().getRedirectedUrl()).isEqualTo("/account");
		mvc.perform(get("/api/v1/me").cookie(session))
			.andExpect(jsonPath("$.verification.verified").value(true))
			.andExpect(jsonPath("$.verification.district.slug").value("kadikoy"))
			.andExpect(jsonPath("$.verification.neighbourhood.id").value(CAFERAGA));
		assertThat(mvc.perform(get("/account").cookie(session)).andReturn().getResponse().getContentAsString())
			.contains("Doğrulanmış sakin").contains("Caferağa");
		assertThat(verify(session, tckn, BORN.toString()).getResponse().getContentAsString()).contains("zaten doğrulanmış");
	}

	@Test
	void anInvalidNumberIsExplainedBeforeTheCensusIsAsked() throws Exception {
		Cookie session = support.newAccount("gecersiz", "Geçersiz");
		String valid = CensusFixtures.randomTckn();
		String badCheck = valid.substring(0, 10) + ((valid.charAt(10) - '0' + 1) % 10);
		assertThat(verify(session, "1234567890", "1984-06-03").getResponse().getContentAsString()).contains("11 haneli");
		assertThat(verify(session, "1234567890a", "1984-06-03").getResponse().getContentAsString()).contains("yalnızca rakam");
		assertThat(verify(session, "01234567890", "1984-06-03").getResponse().getContentAsString()).contains("0 ile başlayamaz");
		MvcResult bad = verify(session, badCheck, "1984-06-03");
		assertThat(bad.getResponse().getStatus()).isEqualTo(422);
		assertThat(bad.getResponse().getContentAsString()).contains("kontrol haneleri");
		assertThat(verify(session, valid, "03.06.1984").getResponse().getContentAsString()).contains("gün, ay ve yıl");
		// none of these were census attempts
		assertThat(jdbc.sql("SELECT COUNT(*) FROM verification_attempt WHERE account_id = ?")
			.param(support.idOf(session)).query(Long.class).single()).isZero();
	}

	@Test
	void aMismatchSaysOnlyThatTheDataDidNotMatchAndFiveAttemptsAnHourAreAllowed() throws Exception {
		String tckn = CensusFixtures.randomTckn();
		CensusFixtures.add(context, tckn, BORN, CAFERAGA, KADIKOY);
		Cookie session = support.newAccount("eslesme", "Eşleşmeyen");
		String wrongDate = verify(session, tckn, "1984-06-04").getResponse().getContentAsString();
		String unknownNumber = verify(session, CensusFixtures.randomTckn(), BORN.toString()).getResponse().getContentAsString();
		assertThat(wrongDate).contains("nüfus kaydıyla eşleşmedi");
		assertThat(unknownNumber).contains("nüfus kaydıyla eşleşmedi");
		for (int i = 0; i < 3; i++) {
			verify(session, tckn, "1984-06-0" + (5 + i));
		}
		MvcResult sixth = verify(session, tckn, BORN.toString());
		assertThat(sixth.getResponse().getStatus()).isEqualTo(422);
		assertThat(sixth.getResponse().getContentAsString()).contains("en çok 5 kez");
		mvc.perform(get("/api/v1/me").cookie(session)).andExpect(jsonPath("$.verification.verified").value(false));
		long id = support.idOf(session);
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE resource_id = ?"
				+ " AND action = 'resident.verification-failed'").param(String.valueOf(id)).query(Long.class).single() == 5);
	}

	@Test
	void oneCensusPersonVerifiesOneAccountAndIsReleasedWhenThatAccountIsDeleted() throws Exception {
		String tckn = CensusFixtures.randomTckn();
		long person = CensusFixtures.add(context, tckn, BORN, CAFERAGA, KADIKOY);
		Cookie first = support.newAccount("ilk", "İlk Hesap");
		Cookie second = support.newAccount("ikinci", "İkinci Hesap");
		verify(first, tckn, BORN.toString());
		MvcResult taken = verify(second, tckn, BORN.toString());
		assertThat(taken.getResponse().getStatus()).isEqualTo(422);
		assertThat(taken.getResponse().getContentAsString()).contains("başka bir hesapla doğrulanmış");

		// the database itself refuses a second link, whatever the code does
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("INSERT INTO account_census"
				+ " (account_id, census_person_id, verified_at, verified_by) VALUES (?, ?, CURRENT_TIMESTAMP, 'test')")
			.params(support.idOf(second), person).update())
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);

		mvc.perform(post("/account/delete").cookie(first).with(csrf()).param("understood", "true")
				.param("password", AccountsIT.PASSWORD)).andExpect(redirectedUrl("/"));
		assertThat(verify(second, tckn, BORN.toString()).getResponse().getRedirectedUrl()).isEqualTo("/account");
	}

	@Test
	void aMovedResidentGetsTheNewNeighbourhoodAndARemovedOneLosesVerification() throws Exception {
		String tckn = CensusFixtures.randomTckn();
		long person = CensusFixtures.add(context, tckn, BORN, CAFERAGA, KADIKOY);
		Cookie session = support.newAccount("tasinan", "Taşınan");
		verify(session, tckn, BORN.toString());
		// what a re-import does to a person who moved: same census id, new neighbourhood
		jdbc.sql("UPDATE census_person SET neighbourhood_id = ?, district_id = ? WHERE id = ?")
			.params(KUZGUNCUK, USKUDAR, person).update();
		mvc.perform(get("/api/v1/me").cookie(session)).andExpect(jsonPath("$.verification.district.slug").value("uskudar"))
			.andExpect(jsonPath("$.verification.neighbourhood.id").value(KUZGUNCUK));
		// and to a person no longer in the file
		jdbc.sql("DELETE FROM census_person WHERE id = ?").param(person).update();
		mvc.perform(get("/api/v1/me").cookie(session)).andExpect(jsonPath("$.verification.verified").value(false));
	}

	@Test
	void officeStaffActForAResidentWhoIsPresentAndEveryActIsMarkedAndShown() throws Exception {
		String tckn = CensusFixtures.randomTckn();
		CensusFixtures.add(context, tckn, BORN, KUZGUNCUK, USKUDAR);
		Cookie staff = support.newAccount("ofis", "Ofis Görevlisi");
		long staffId = support.idOf(staff);
		support.grant(staffId, Role.OFFICE_STAFF, "uskudar-ofisi");

		mvc.perform(get("/office").cookie(staff)).andExpect(status().isOk());
		// an office that is not theirs
		mvc.perform(post("/office/assist").cookie(staff).with(csrf()).param("office", "kadikoy-ofisi").param("tckn", tckn)
				.param("birthDate", BORN.toString()).param("displayName", "Kuzguncuklu").param("informed", "true"))
			.andExpect(status().isForbidden());
		// a new resident's account needs the clarification text given
		MvcResult uninformed = mvc.perform(post("/office/assist").cookie(staff).with(csrf()).param("office", "uskudar-ofisi")
				.param("tckn", tckn).param("birthDate", BORN.toString()).param("displayName", "Kuzguncuklu")).andReturn();
		assertThat(uninformed.getResponse().getContentAsString()).contains("aydınlatma metnini verin");
		MvcResult mismatch = mvc.perform(post("/office/assist").cookie(staff).with(csrf()).param("office", "uskudar-ofisi")
				.param("tckn", tckn).param("birthDate", "1950-01-01").param("informed", "true")).andReturn();
		assertThat(mismatch.getResponse().getContentAsString()).contains("nüfus kaydıyla eşleşmedi");

		MvcResult started = mvc.perform(post("/office/assist").cookie(staff).with(csrf()).param("office", "uskudar-ofisi")
				.param("tckn", tckn).param("birthDate", BORN.toString()).param("displayName", "Kuzguncuklu Sakin")
				.param("informed", "true")).andReturn();
		assertThat(started.getResponse().getRedirectedUrl()).isEqualTo("/office/assist");
		Cookie assisted = started.getResponse().getCookie("SESSION") == null ? staff : started.getResponse().getCookie("SESSION");

		String page = mvc.perform(get("/processes").cookie(assisted)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("assisted-banner").contains("Kuzguncuklu Sakin adına işlem yapıyorsunuz");
		String me = mvc.perform(get("/api/v1/me").cookie(assisted)).andExpect(jsonPath("$.displayName").value("Kuzguncuklu Sakin"))
			.andExpect(jsonPath("$.assistedBy").value(String.valueOf(staffId)))
			.andExpect(jsonPath("$.verification.district.slug").value("uskudar"))
			.andReturn().getResponse().getContentAsString();
		long resident = Long.parseLong(me.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
		// the resident sees in their account what was done for them
		// (the audit log is written after the act's transaction, by an asynchronous listener)
		Awaitility.await().untilAsserted(() -> assertThat(mvc.perform(get("/account").cookie(assisted)).andReturn()
			.getResponse().getContentAsString()).contains("assisted-session.started").contains("Görevli no. " + staffId));
		// the resident's own rights only: no downloading or deleting for them
		mvc.perform(get("/account/data").cookie(assisted)).andExpect(status().isForbidden());

		// the resident gives an e-mail: a link to choose a password goes there
		String email = AccountsIT.uniqueEmail("kuzguncuk");
		mvc.perform(post("/office/assist/email").cookie(assisted).with(csrf()).param("email", email))
			.andExpect(redirectedUrl("/office/assist"));
		MvcResult again = mvc.perform(post("/office/assist/email").cookie(assisted).with(csrf())
				.param("email", AccountsIT.uniqueEmail("ikinci"))).andReturn();
		assertThat(again.getResponse().getContentAsString()).contains("zaten bir e-posta adresi var");

		mvc.perform(post("/office/assist/end").cookie(assisted).with(csrf())).andExpect(redirectedUrl("/office"));
		mvc.perform(get("/api/v1/me").cookie(assisted)).andExpect(jsonPath("$.id").value(staffId))
			.andExpect(jsonPath("$.assistedBy").doesNotExist());

		String body = jdbc.sql("SELECT body FROM mail_outbox WHERE recipient = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
			.param(email).query(String.class).single();
		java.util.regex.Matcher token = AccountsIT.TOKEN.matcher(body);
		assertThat(token.find()).isTrue();
		mvc.perform(post("/account/reset").with(csrf()).param("token", token.group(1)).param("password", AccountsIT.PASSWORD))
			.andExpect(redirectedUrl("/login?reset"));
		MvcResult own = mvc.perform(post("/login").with(csrf()).with(AccountsIT.from(AccountsIT.newAddress()))
				.param("username", email).param("password", AccountsIT.PASSWORD)).andReturn();
		mvc.perform(get("/api/v1/me").cookie(AccountsIT.sessionOf(own))).andExpect(jsonPath("$.id").value(resident))
			.andExpect(jsonPath("$.verification.district.slug").value("uskudar"));

		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT action FROM audit_entry WHERE actor = ?"
				+ " AND assisted_by = ? ORDER BY sequence_no").params(String.valueOf(resident), String.valueOf(staffId))
			.query(String.class).list().containsAll(List.of("account.opened-at-office", "assisted-session.started",
					"account.email-added-at-office", "assisted-session.ended")));
		// opened at the office without an e-mail, it is an ordinary account once it has one
		assertThat(jdbc.sql("SELECT assisted_only FROM account WHERE id = ?").param(resident).query(Boolean.class).single()).isFalse();
		assertThat(context.getBean(org.ortakakil.audit.AuditLog.class).verify().intact()).isTrue();
	}
}
