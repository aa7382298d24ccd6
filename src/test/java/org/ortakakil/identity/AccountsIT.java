package org.ortakakil.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.identity.internal.ConsentTexts;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jakarta.servlet.http.Cookie;

/** Accounts through the real web layer and security filter chain: every bad input says why. */
@IntegrationTest
class AccountsIT {

	static final String PASSWORD = "Boğaziçi köprüsü 1973";
	static final AtomicInteger ADDRESSES = new AtomicInteger(10);
	static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConsentTexts consent;

	@Autowired
	Accounts accounts;

	@Autowired
	Authorization authorization;

	@Autowired
	org.ortakakil.identity.internal.LoginThrottle throttle;

	static String uniqueEmail(String name) {
		return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@örnek.istanbul";
	}

	/** Each test logs in from its own address, so lock-outs and rate limits of one never touch another. */
	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static String newAddress() {
		int n = ADDRESSES.incrementAndGet();
		return "198.51." + (n / 250) + "." + (n % 250 + 1);
	}

	MvcResult register(String email, String name, String password) throws Exception {
		return mvc.perform(post("/account/register").with(csrf()).with(from(newAddress()))
				.param("email", email).param("displayName", name).param("password", password).param("language", "tr")
				.param("consentVersion", String.valueOf(consent.current().version())))
			.andReturn();
	}

	String lastToken(String email) {
		String body = jdbc.sql("SELECT body FROM mail_outbox WHERE recipient = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
			.param(email).query(String.class).single();
		Matcher token = TOKEN.matcher(body);
		assertThat(token.find()).as("a link with a token in: " + body).isTrue();
		return token.group(1);
	}

	String registerAndConfirm(String email, String name) throws Exception {
		assertThat(register(email, name, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/account/registered");
		mvc.perform(get("/account/confirm").param("token", lastToken(email)))
			.andExpect(redirectedUrl("/login?confirmed"));
		return email;
	}

	MvcResult login(String email, String password, String address) throws Exception {
		return mvc.perform(post("/login").with(csrf()).with(from(address)).param("username", email)
				.param("password", password)).andReturn();
	}

	/** Spring Session keeps sessions in the database; a client carries only the SESSION cookie. */
	static Cookie sessionOf(MvcResult result) {
		Cookie session = result.getResponse().getCookie("SESSION");
		assertThat(session).as("a SESSION cookie").isNotNull();
		return session;
	}

	Cookie loggedIn(String email) throws Exception {
		MvcResult result = login(email, PASSWORD, newAddress());
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/account");
		return sessionOf(result);
	}

	long idOf(String email) {
		return jdbc.sql("SELECT id FROM account WHERE email = ?").param(email).query(Long.class).single();
	}

	@Test
	void aNewcomerRegistersConfirmsLogsInAndTheApiKnowsThem() throws Exception {
		String email = uniqueEmail("ayse");
		MvcResult registered = register(email, "Ayşe Yılmaz", PASSWORD);
		assertThat(registered.getResponse().getRedirectedUrl()).isEqualTo("/account/registered");
		assertThat(jdbc.sql("SELECT consent_version FROM account WHERE email = ?").param(email).query(Integer.class).single())
			.isEqualTo(consent.current().version());
		assertThat(jdbc.sql("SELECT password_hash FROM account WHERE email = ?").param(email).query(String.class).single())
			.startsWith("$2").doesNotContain(PASSWORD);

		// not confirmed yet: the login says so
		assertThat(login(email, PASSWORD, newAddress()).getResponse().getRedirectedUrl()).isEqualTo("/login?unconfirmed");

		mvc.perform(get("/account/confirm").param("token", lastToken(email))).andExpect(redirectedUrl("/login?confirmed"));
		Cookie before = sessionOf(mvc.perform(get("/login")).andReturn());
		MvcResult login = mvc.perform(post("/login").cookie(before).with(csrf()).with(from(newAddress()))
				.param("username", email.toUpperCase(java.util.Locale.ROOT)).param("password", PASSWORD)).andReturn();
		assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/account");
		Cookie session = sessionOf(login);
		assertThat(session.getValue()).as("session fixation: a new session id after login").isNotEqualTo(before.getValue());

		mvc.perform(get("/api/v1/me").cookie(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("Ayşe Yılmaz"))
			.andExpect(jsonPath("$.email").value(email))
			.andExpect(jsonPath("$.language").value("tr"))
			.andExpect(jsonPath("$.verification.verified").value(false))
			.andExpect(jsonPath("$.roles").isEmpty());
		mvc.perform(get("/account").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Ayşe Yılmaz")));
		long id = idOf(email);
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT action FROM audit_entry WHERE resource_type = 'account'"
				+ " AND resource_id = ?").param(String.valueOf(id)).query(String.class).list()
			.containsAll(List.of("account.registered", "account.confirmed", "login.succeeded")));
	}

	@Test
	void theAccountsLanguageIsUsedFromLoginOn() throws Exception {
		String email = uniqueEmail("dil");
		mvc.perform(post("/account/register").with(csrf()).with(from(newAddress())).param("email", email)
			.param("displayName", "Language").param("password", PASSWORD).param("language", "en")
			.param("consentVersion", String.valueOf(consent.current().version())));
		mvc.perform(get("/account/confirm").param("token", lastToken(email)));
		MvcResult login = login(email, PASSWORD, newAddress());
		assertThat(login.getResponse().getCookie("lang").getValue()).isEqualTo("en");
		// without the cookie, the account's preference still wins over the browser's Accept-Language
		mvc.perform(get("/account").cookie(sessionOf(login)).header("Accept-Language", "de"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"en\"")));
		mvc.perform(post("/account").cookie(sessionOf(login)).with(csrf()).param("displayName", "Dil")
			.param("language", "ar").param("notificationMode", "DAILY")).andExpect(redirectedUrl("/account"));
		mvc.perform(get("/account").cookie(sessionOf(login)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"ar\" dir=\"rtl\"")));
	}

	@Test
	void anAdministratorPublishesANewConsentTextFromTheAdministrationPage() throws Exception {
		int before = consent.current().version();
		var admin = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("9")
			.roles("ADMIN");
		mvc.perform(post("/admin/consent").with(csrf()).with(admin).param("body[en]", "English only"))
			.andExpect(status().isUnprocessableContent());
		assertThat(consent.current().version()).isEqualTo(before);
		mvc.perform(post("/admin/consent").with(csrf()).with(admin).param("body[tr]", "Yeni metin.\n\nİkinci paragraf.")
				.param("body[en]", "New text.")).andExpect(redirectedUrl("/admin/consent"));
		assertThat(consent.current().version()).isEqualTo(before + 1);
		assertThat(consent.current().paragraphs(java.util.Locale.forLanguageTag("tr")))
			.containsExactly("Yeni metin.", "İkinci paragraf.");
	}

	@Test
	void theDeveloperMailboxExistsOnlyInTheDemoProfile() throws Exception {
		mvc.perform(get("/dev/mailbox")).andExpect(status().isNotFound());
	}

	@Test
	void withoutLoginTheApiAnswers401AsProblemDetail() throws Exception {
		mvc.perform(get("/api/v1/me").header("Accept-Language", "en"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.type").value("/problems/authentication.required"))
			.andExpect(jsonPath("$.status").value(401));
		mvc.perform(get("/account").accept("text/html")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void aDuplicateEmailIsRefusedWhateverTheCaseTurkishDottedAndDotlessIIncluded() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		registerAndConfirm("ışık.kaya" + suffix + "@örnek.istanbul", "Işık Kaya");
		for (String variant : List.of("IŞIK.KAYA" + suffix + "@ÖRNEK.ISTANBUL", "İşık.Kaya" + suffix + "@örnek.istanbul",
				"işik.kaya" + suffix + "@örnek.istanbul")) {
			MvcResult again = register(variant, "Başka Biri", PASSWORD);
			assertThat(again.getResponse().getStatus()).as(variant).isEqualTo(422);
			assertThat(again.getResponse().getContentAsString()).contains("Bu e-posta adresiyle zaten bir hesap var");
		}
	}

	@Test
	void weakPasswordsAreRefusedWithTheReason() throws Exception {
		String email = uniqueEmail("zayif");
		assertThat(register(email, "Zayıf", "kısa123").getResponse().getContentAsString()).contains("en az 10 karakter");
		assertThat(register(email, "Zayıf", "Galatasaray1905").getResponse().getContentAsString()).contains("çok yaygın");
		assertThat(register(email, "Zayıf", "aaaaaaaaaaaaaaa").getResponse().getContentAsString()).contains("çok yaygın");
		assertThat(register(email, "Zayıf Kullanıcı", "zayıf kullanıcı").getResponse().getContentAsString())
			.contains("e-posta adresiniz ya da adınız olamaz");
		assertThat(register(email, "Zayıf", "ş".repeat(40)).getResponse().getContentAsString()).contains("çok uzun");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM account WHERE email = ?").param(email).query(Long.class).single()).isZero();
	}

	@Test
	void namesAreTextOversizedOnesAreRefusedAndMarkupIsEscapedOnOutput() throws Exception {
		MvcResult tooLong = register(uniqueEmail("uzun"), "A".repeat(101), PASSWORD);
		assertThat(tooLong.getResponse().getStatus()).isEqualTo(422);
		assertThat(tooLong.getResponse().getContentAsString()).contains("en çok 100 karakter");

		String email = registerAndConfirm(uniqueEmail("html"), "<script>alert('x')</script> <b>Ali</b>");
		assertThat(jdbc.sql("SELECT display_name FROM account WHERE email = ?").param(email).query(String.class).single())
			.isEqualTo("<script>alert('x')</script> <b>Ali</b>");
		String page = mvc.perform(get("/account").cookie(loggedIn(email))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &lt;b&gt;Ali&lt;/b&gt;")
			.doesNotContain("<script>alert(");
	}

	@Test
	void aFormPostedWithoutCsrfTokenIsRefusedAndNothingIsStored() throws Exception {
		String email = uniqueEmail("csrf");
		mvc.perform(post("/account/register").param("email", email).param("displayName", "Csrf")
				.param("password", PASSWORD).param("consentVersion", String.valueOf(consent.current().version())))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM account WHERE email = ?").param(email).query(Long.class).single()).isZero();
	}

	@Test
	void withoutAcceptingTheConsentTextNoAccountIsOpened() throws Exception {
		String email = uniqueEmail("riza");
		MvcResult refused = mvc.perform(post("/account/register").with(csrf()).param("email", email)
				.param("displayName", "Rıza").param("password", PASSWORD)).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(refused.getResponse().getContentAsString()).contains("aydınlatma metnini okuyup");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM account WHERE email = ?").param(email).query(Long.class).single()).isZero();
	}

	@Test
	void tokensWorkOnceAndNotAfterTheyExpire() throws Exception {
		String email = uniqueEmail("jeton");
		register(email, "Jeton", PASSWORD);
		String token = lastToken(email);
		mvc.perform(get("/account/confirm").param("token", token)).andExpect(redirectedUrl("/login?confirmed"));
		MvcResult reused = mvc.perform(get("/account/confirm").param("token", token)).andReturn();
		assertThat(reused.getResponse().getStatus()).isEqualTo(422);
		assertThat(reused.getResponse().getContentAsString()).contains("daha önce kullanıldı");
		MvcResult unknown = mvc.perform(get("/account/confirm").param("token", "uydurma")).andReturn();
		assertThat(unknown.getResponse().getContentAsString()).contains("geçerli değil");

		mvc.perform(post("/account/forgot").with(csrf()).param("email", email)).andExpect(redirectedUrl("/account/forgot"));
		String reset = lastToken(email);
		jdbc.sql("UPDATE account_token SET expires_at = created_at WHERE account_id = ? AND purpose = 'RESET_PASSWORD'")
			.param(idOf(email)).update();
		MvcResult expired = mvc.perform(post("/account/reset").with(csrf()).param("token", reset)
				.param("password", "Yeni bir parola 2050")).andReturn();
		assertThat(expired.getResponse().getContentAsString()).contains("süresi doldu");
		assertThat(login(email, PASSWORD, newAddress()).getResponse().getRedirectedUrl()).isEqualTo("/account");
	}

	@Test
	void aPasswordResetChangesThePasswordAndEndsOtherSessions() throws Exception {
		String email = registerAndConfirm(uniqueEmail("sifirla"), "Sıfırla");
		Cookie elsewhere = loggedIn(email);
		mvc.perform(post("/account/forgot").with(csrf()).param("email", email));
		// an unknown address gets the same answer, and no mail
		long mails = jdbc.sql("SELECT COUNT(*) FROM mail_outbox").query(Long.class).single();
		mvc.perform(post("/account/forgot").with(csrf()).param("email", uniqueEmail("yok"))).andExpect(redirectedUrl("/account/forgot"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox").query(Long.class).single()).isEqualTo(mails);

		mvc.perform(post("/account/reset").with(csrf()).param("token", lastToken(email)).param("password", "Yeni bir parola 2050"))
			.andExpect(redirectedUrl("/login?reset"));
		assertThat(login(email, PASSWORD, newAddress()).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(login(email, "Yeni bir parola 2050", newAddress()).getResponse().getRedirectedUrl()).isEqualTo("/account");
		mvc.perform(get("/api/v1/me").cookie(elsewhere)).andExpect(status().isUnauthorized());
	}

	@Test
	void repeatedFailuresLockTheAccountAndSayUntilWhen() throws Exception {
		String email = registerAndConfirm(uniqueEmail("kilit"), "Kilit");
		String address = newAddress();
		for (int i = 0; i < 4; i++) {
			assertThat(login(email, "yanlış parola " + i, address).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		}
		String locked = login(email, "yanlış parola 5", address).getResponse().getRedirectedUrl();
		assertThat(locked).startsWith("/login?locked=");
		// even the right password, and from another address, waits until the lock ends
		assertThat(login(email, PASSWORD, newAddress()).getResponse().getRedirectedUrl()).startsWith("/login?locked=");
		String page = mvc.perform(get(locked).header("Accept-Language", "en")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Too many failed attempts. You can try again after");
	}

	@Test
	void manyFailuresFromOneAddressLockTheAddress() throws Exception {
		String address = newAddress();
		String last = null;
		for (int i = 0; i < 20; i++) {
			last = login(uniqueEmail("tarama"), "parola deneme " + i, address).getResponse().getRedirectedUrl();
		}
		assertThat(last).startsWith("/login?locked=");
		String email = registerAndConfirm(uniqueEmail("masum"), "Masum");
		assertThat(login(email, PASSWORD, address).getResponse().getRedirectedUrl()).startsWith("/login?locked=");
		assertThat(login(email, PASSWORD, newAddress()).getResponse().getRedirectedUrl()).isEqualTo("/account");
	}

	@Test
	void oldFailuresAreForgottenAndActiveLocksAreKept() throws Exception {
		JdbcClient sql = jdbc;
		sql.sql("INSERT INTO login_throttle (subject, failures, window_start) VALUES ('address:203.0.113.250', 3,"
				+ " TIMESTAMP '2020-01-01 00:00:00')").update();
		sql.sql("INSERT INTO login_throttle (subject, failures, window_start, locked_until) VALUES"
				+ " ('address:203.0.113.251', 0, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '2999-01-01 00:00:00')").update();
		throttle.forgetOld();
		assertThat(sql.sql("SELECT subject FROM login_throttle WHERE subject LIKE 'address:203.0.113.25_'")
			.query(String.class).list()).containsExactly("address:203.0.113.251");
	}

	@Test
	void rememberMeLogsInANewSessionFromTheCookie() throws Exception {
		String email = registerAndConfirm(uniqueEmail("hatirla"), "Hatırla");
		MvcResult login = mvc.perform(post("/login").with(csrf()).with(from(newAddress())).param("username", email)
				.param("password", PASSWORD).param("remember-me", "true")).andReturn();
		Cookie remember = login.getResponse().getCookie("remember-me");
		assertThat(remember).isNotNull();
		assertThat(remember.getMaxAge()).isPositive();
		mvc.perform(get("/api/v1/me").cookie(remember)).andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value(email));
	}

	@Test
	void aNewConsentTextIsAskedForAtTheNextLogin() throws Exception {
		String email = registerAndConfirm(uniqueEmail("yenimetin"), "Yeni Metin");
		int previous = consent.current().version();
		consent.publish(LocalizedText.of("Güncellenmiş aydınlatma metni.\n\nİkinci paragraf.", "Updated text."),
				new Actor("test", "127.0.0.1"));
		try {
			MvcResult login = login(email, PASSWORD, newAddress());
			assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/account/consent");
			Cookie session = sessionOf(login);
			mvc.perform(get("/processes").cookie(session)).andExpect(redirectedUrl("/account/consent"));
			mvc.perform(get("/account/consent").cookie(session)).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("İkinci paragraf.")));
			mvc.perform(post("/account/consent").cookie(session).with(csrf()).param("consentVersion", String.valueOf(previous)))
				.andExpect(status().isUnprocessableContent());
			mvc.perform(post("/account/consent").cookie(session).with(csrf())
					.param("consentVersion", String.valueOf(consent.current().version())))
				.andExpect(redirectedUrl("/account"));
			mvc.perform(get("/processes").cookie(session)).andExpect(status().isOk());
		}
		finally {
			// later tests register against the version in force, whatever it is
			assertThat(consent.current().version()).isEqualTo(previous + 1);
		}
	}

	@Test
	void rolesAreGrantedAndRevokedByAnAdministratorAuditedAndAnsweredByTheAuthorizationService() throws Exception {
		String email = registerAndConfirm(uniqueEmail("muhtar"), "Muhtar Hanım");
		long id = idOf(email);
		Cookie muhtar = loggedIn(email);
		int caferaga = jdbc.sql("SELECT id FROM geo_neighbourhood WHERE district_id = 1421 ORDER BY id FETCH FIRST 1 ROWS ONLY")
			.query(Integer.class).single();

		mvc.perform(post("/admin/users/" + id + "/roles").with(csrf()).cookie(muhtar).param("role", "MUHTAR")
				.param("scope", String.valueOf(caferaga))).andExpect(status().isForbidden());

		var admin = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("9")
			.roles("ADMIN");
		mvc.perform(post("/admin/users/" + id + "/roles").with(csrf()).with(admin).param("role", "MUHTAR")
				.param("scope", "999999")).andExpect(redirectedUrl("/admin/users/" + id));
		assertThat(accounts.byPrincipal(String.valueOf(id)).orElseThrow().roles()).isEmpty();
		mvc.perform(post("/admin/users/" + id + "/roles").with(csrf()).with(admin).param("role", "MUHTAR")
				.param("scope", String.valueOf(caferaga))).andExpect(redirectedUrl("/admin/users/" + id));

		// the muhtar's open session has the role at once
		mvc.perform(get("/api/v1/me").cookie(muhtar)).andExpect(jsonPath("$.roles[0].role").value("MUHTAR"))
			.andExpect(jsonPath("$.roles[0].scope").value(String.valueOf(caferaga)));
		CurrentAccount account = accounts.byPrincipal(String.valueOf(id)).orElseThrow();
		assertThat(authorization.may(account, Permission.REPRESENT_NEIGHBOURHOOD,
				org.ortakakil.shared.ResourceRef.of("neighbourhood", caferaga))).isTrue();
		assertThat(authorization.may(account, Permission.REPRESENT_NEIGHBOURHOOD,
				org.ortakakil.shared.ResourceRef.of("neighbourhood", caferaga + 1))).isFalse();
		assertThat(authorization.may(account, Permission.ADMINISTER_PLATFORM, null)).isFalse();

		mvc.perform(post("/admin/users/" + id + "/roles/revoke").with(csrf()).with(admin).param("role", "MUHTAR")
				.param("scope", String.valueOf(caferaga))).andExpect(redirectedUrl("/admin/users/" + id));
		mvc.perform(get("/api/v1/me").cookie(muhtar)).andExpect(jsonPath("$.roles").isEmpty());
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT action FROM audit_entry WHERE resource_type = 'account'"
				+ " AND resource_id = ? AND actor = '9'").param(String.valueOf(id)).query(String.class).list()
			.containsAll(List.of("role.granted", "role.revoked")));
		mvc.perform(get("/admin/users").with(admin).param("q", "muhtar")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Muhtar Hanım")));
		// a name is found however its i is typed
		String isik = registerAndConfirm(uniqueEmail("ara"), "Işıl İnce " + id);
		for (String typed : List.of("ışıl ince " + id, "IŞIL İNCE " + id, "işil İnce " + id)) {
			mvc.perform(get("/admin/users").with(admin).param("q", typed))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Işıl İnce " + id)));
		}
		assertThat(isik).isNotBlank();
	}

	@Test
	void aPersonDownloadsTheirDataAndDeletesTheAccount() throws Exception {
		String email = registerAndConfirm(uniqueEmail("sil"), "Silinecek Kişi");
		long id = idOf(email);
		Cookie session = loggedIn(email);
		MvcResult download = mvc.perform(get("/account/data").cookie(session)).andExpect(status().isOk()).andReturn();
		assertThat(download.getResponse().getHeader("Content-Disposition")).contains("attachment");
		assertThat(download.getResponse().getContentAsString()).contains(email).contains("Silinecek Kişi")
			.contains("\"account\"").contains("\"audit\"");

		MvcResult wrongPassword = mvc.perform(post("/account/delete").cookie(session).with(csrf())
				.param("understood", "true").param("password", "yanlış")).andReturn();
		assertThat(wrongPassword.getResponse().getStatus()).isEqualTo(422);
		mvc.perform(post("/account/delete").cookie(session).with(csrf()).param("understood", "true")
				.param("password", PASSWORD)).andExpect(redirectedUrl("/"));

		assertThat(jdbc.sql("SELECT COUNT(*) FROM account WHERE id = ? AND email IS NULL AND display_name IS NULL"
				+ " AND password_hash IS NULL AND deleted_at IS NOT NULL").param(id).query(Long.class).single()).isOne();
		assertThat(accounts.displayName(String.valueOf(id))).isEmpty();
		assertThat(login(email, PASSWORD, newAddress()).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		// the same address can open a new account
		assertThat(register(email, "Yeniden", PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/account/registered");
	}
}
