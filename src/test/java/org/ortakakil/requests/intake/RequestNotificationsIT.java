package org.ortakakil.requests.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ortakakil.requests.intake.IntakeIT.body;
import static org.ortakakil.requests.intake.IntakeIT.email;
import static org.ortakakil.requests.intake.IntakeIT.report;
import static org.ortakakil.requests.intake.IntakeIT.reportIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.identity.AccountSupport;
import org.ortakakil.identity.Accounts;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.requests.Priority;
import org.ortakakil.requests.RequestState;
import org.ortakakil.requests.internal.CatalogueAdministration;
import org.ortakakil.requests.internal.CatalogueStore;
import org.ortakakil.requests.internal.RequestHandling;
import org.ortakakil.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import jakarta.servlet.http.Cookie;

/**
 * The reporter and the "me too" supporters are mailed on every public change, each in their language,
 * with the note and the link; internal steps mail no one. The reporter confirms or reopens: logged in
 * on the request page, or without an account through the secret link of the mail; a second
 * confirmation and one after the seven days are refused in the page's language.
 */
@IntegrationTest
class RequestNotificationsIT {

	static final Pattern LINK = Pattern.compile("(/requests/[A-Z0-9]+/r/[A-Za-z0-9_-]+)");
	static final Actor UNIT = new Actor("unit-staff", "127.0.0.1");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RequestHandling handling;

	@Autowired
	Accounts accounts;

	@Autowired
	ApplicationContext context;

	AccountSupport support;

	@BeforeEach
	void setUp(@Autowired CatalogueAdministration administration, @Autowired CatalogueStore store) {
		IntakeFixtures.catalogue(administration, store);
		support = new AccountSupport(mvc, context);
	}

	record Sent(String subject, String body) {
	}

	List<Sent> mails(String recipient) {
		return jdbc.sql("SELECT subject, body FROM mail_outbox WHERE recipient = ? ORDER BY id").param(recipient)
			.query((rs, n) -> new Sent(rs.getString(1), rs.getString(2))).list();
	}

	List<Sent> awaitMails(String recipient, int count) {
		await().atMost(Duration.ofSeconds(20)).until(() -> mails(recipient).size() >= count);
		return mails(recipient);
	}

	static String created(MvcResult result) {
		assertThat(result.getResponse().getStatus()).as(() -> body(result)).isEqualTo(302);
		return result.getResponse().getRedirectedUrl().substring("/requests/".length());
	}

	@Test
	void reporterAndSupportersAreToldOfPublicChangesOnlyAndTheReporterConfirmsByTheSecretLink() throws Exception {
		String reporter = email();
		String id = created(mvc.perform(report("email", reporter)).andReturn());
		String german = email();
		mvc.perform(post("/requests/" + id + "/me-too").with(csrf()).header("Accept-Language", "de").param("email",
				german));
		Cookie neighbour = support.newAccount("intake-notified", "Komşu");
		String neighbourEmail = accounts.byPrincipal(String.valueOf(support.idOf(neighbour)))
			.map(CurrentAccount::email).orElseThrow();
		mvc.perform(post("/requests/" + id + "/me-too").with(csrf()).cookie(neighbour));
		int neighbourBefore = mails(neighbourEmail).size();

		handling.accept(id, "Ekip yönlendirilecek", UNIT);
		assertThat(awaitMails(reporter, 1)).hasSize(1);
		awaitMails(german, 1);
		handling.prioritize(id, Priority.HIGH, UNIT);
		handling.note(id, "yalnız birim görür", true, UNIT);
		handling.resolve(id, "Lamba değiştirildi", null, UNIT);

		List<Sent> toReporter = awaitMails(reporter, 2);
		List<Sent> toGerman = awaitMails(german, 2);
		await().atMost(Duration.ofSeconds(20)).until(() -> mails(neighbourEmail).size() >= neighbourBefore + 2);
		assertThat(toReporter).hasSize(2);
		assertThat(toGerman).hasSize(2);
		assertThat(mails(neighbourEmail)).hasSize(neighbourBefore + 2);
		assertThat(toReporter.get(0).subject()).isEqualTo("Request " + id + ": Accepted");
		assertThat(toReporter.get(1).subject()).isEqualTo("Request " + id + ": Resolved");
		assertThat(toReporter.get(1).body()).contains("State: Resolved").contains("Note: Lamba değiştirildi")
			.contains("Light out " + IntakeFixtures.SUFFIX).doesNotContain("yalnız birim görür");
		assertThat(toGerman.get(1).subject()).isEqualTo("Meldung " + id + ": Erledigt");
		assertThat(toGerman.get(1).body()).contains("/requests/" + id).doesNotContain("/r/");
		assertThat(toReporter.stream().map(Sent::body)).noneMatch(b -> b.contains("yalnız birim görür"));

		Matcher link = LINK.matcher(toReporter.get(1).body());
		assertThat(link.find()).isTrue();
		String page = body(mvc.perform(get(link.group(1)).header("Accept-Language", "en")).andReturn());
		assertThat(page).contains("Is the problem fixed?").contains("Lamba değiştirildi").contains(">Resolved<");
		assertThat(mvc.perform(get("/requests/" + id + "/r/not-the-token")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(body(mvc.perform(get("/requests/" + id).header("Accept-Language", "en")).andReturn()))
			.doesNotContain("Is the problem fixed?");

		MvcResult confirmed = mvc.perform(post(link.group(1) + "/confirm").with(csrf())).andReturn();
		assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo(link.group(1));
		assertThat(handling.get(id).confirmedAt()).isNotNull();
		MvcResult again = mvc.perform(post(link.group(1) + "/reopen").with(csrf()).param("reason", "yine yanmıyor")
			.header("Accept-Language", "en")).andReturn();
		assertThat(again.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(again)).contains("This fix has already been confirmed.");
	}

	@Test
	void aLoggedInReporterReopensOnTheRequestPageWithinSevenDaysOnly() throws Exception {
		Cookie resident = support.newAccount("intake-reopen", "Sakin");
		String email = accounts.byPrincipal(String.valueOf(support.idOf(resident))).map(CurrentAccount::email)
			.orElseThrow();
		String id = created(mvc.perform(reportIn("tr", "email", null).cookie(resident)).andReturn());
		handling.resolve(id, "Düzeltildi", null, UNIT);
		await().atMost(Duration.ofSeconds(20)).until(() -> mails(email).stream().anyMatch(m -> m.subject().contains(id)));
		assertThat(mails(email).stream().filter(m -> m.subject().contains(id)).toList()).singleElement()
			.satisfies(m -> assertThat(m.subject()).isEqualTo("Bildirim " + id + ": Çözüldü"));

		assertThat(body(mvc.perform(get("/requests/" + id).cookie(resident)).andReturn())).contains("/reopen");
		Cookie other = support.newAccount("intake-stranger", "Başkası");
		assertThat(mvc.perform(post("/requests/" + id + "/reopen").with(csrf()).cookie(other).param("reason", "x"))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
		MvcResult empty = mvc.perform(post("/requests/" + id + "/reopen").with(csrf()).cookie(resident)).andReturn();
		assertThat(empty.getResponse().getStatus()).isEqualTo(422);
		MvcResult reopened = mvc.perform(post("/requests/" + id + "/reopen").with(csrf()).cookie(resident)
			.param("reason", "Hâlâ karanlık")).andReturn();
		assertThat(reopened.getResponse().getRedirectedUrl()).isEqualTo("/requests/" + id);
		assertThat(handling.get(id).state()).isEqualTo(RequestState.ACCEPTED);

		handling.resolve(id, "Yeniden düzeltildi", null, UNIT);
		jdbc.sql("UPDATE service_request SET resolved_at = resolved_at - INTERVAL '8' DAY WHERE service_request_id = ?")
			.param(id).update();
		MvcResult late = mvc.perform(post("/requests/" + id + "/confirm").with(csrf()).cookie(resident)).andReturn();
		assertThat(late.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(late)).contains("7 gün");
		assertThat(body(mvc.perform(get("/account/requests").cookie(resident)).andReturn())).contains(id)
			.contains("Çözüldü");
	}
}
