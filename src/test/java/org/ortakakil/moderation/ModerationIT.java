package org.ortakakil.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.identity.AccountSupport;
import org.ortakakil.identity.Accounts;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Role;
import org.ortakakil.moderation.internal.ModerationActs;
import org.ortakakil.moderation.internal.ModerationProperties;
import org.ortakakil.moderation.internal.Reason;
import org.ortakakil.moderation.internal.Reports;
import org.ortakakil.platform.PersonalDataHolder;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.shared.ResourceRef;
import org.ortakakil.shared.Slug;
import org.ortakakil.spaces.ScopeType;
import org.ortakakil.spaces.SpaceKind;
import org.ortakakil.spaces.SpaceRole;
import org.ortakakil.spaces.internal.ProcessAdministration;
import org.ortakakil.spaces.internal.ProcessDraft;
import org.ortakakil.spaces.internal.SpaceRoles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import jakarta.servlet.http.Cookie;

/**
 * Moderation end to end on the test database, with comment-like {@link TestItems} standing in for the
 * proposals and comments modules: reporting once per person (concurrently too), hiding at the configured
 * number of reports, refusing a report on hidden content, the queue per role, the moderators' and
 * administrators' acts with their audit entries and the author's mail in their language, and no open
 * redirect after a report.
 */
@IntegrationTest
class ModerationIT {

	static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);

	/** The people of these tests, made once: sessions and principals. */
	record Person(Cookie session, String principal) {
	}

	static Person author;
	static Person englishAuthor;
	static List<Person> reporters;
	static Person resident;
	static Person spaceModerator;
	static Person globalModerator;
	static Person admin;
	static ResourceRef space;
	static ResourceRef otherSpace;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestItems items;

	@Autowired
	Reports reports;

	@Autowired
	ModerationActs acts;

	@Autowired
	ModerationProperties properties;

	/** The module's own blocks (other tests add a stand-in Blocks of their own). */
	@Autowired
	@Qualifier("jdbcBlocks")
	Blocks blocks;

	@Autowired
	Accounts accounts;

	@BeforeEach
	void people() throws Exception {
		if (author != null) {
			return;
		}
		AccountSupport support = new AccountSupport(mvc, context);
		author = person(support, "yazar");
		englishAuthor = person(support, "writer");
		jdbc.sql("UPDATE account SET language = 'en' WHERE id = ?").param(Long.parseLong(englishAuthor.principal()))
			.update();
		reporters = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			reporters.add(person(support, "bildiren" + i));
		}
		resident = person(support, "sakin");
		spaceModerator = person(support, "alanmod");
		globalModerator = person(support, "genelmod");
		admin = person(support, "yonetici");
		support.grant(Long.parseLong(globalModerator.principal()), Role.MODERATOR, "");
		support.grant(Long.parseLong(admin.principal()), Role.ADMIN, "");
		ProcessAdministration processes = context.getBean(ProcessAdministration.class);
		long process = processes.createProcess(new ProcessDraft(new Slug("moderasyon-" + SUFFIX),
				LocalizedText.of("Moderasyon süreci"), null, ScopeType.CITY, Set.of(), null), Actor.SYSTEM);
		processes.setProcessPublished(process, true, Actor.SYSTEM);
		long other = processes.createProcess(new ProcessDraft(new Slug("baska-" + SUFFIX),
				LocalizedText.of("Başka süreç"), null, ScopeType.CITY, Set.of(), null), Actor.SYSTEM);
		processes.setProcessPublished(other, true, Actor.SYSTEM);
		context.getBean(SpaceRoles.class).grant(SpaceKind.PROCESS, process, spaceModerator.principal(),
				SpaceRole.MODERATOR, Actor.SYSTEM);
		space = ResourceRef.of("process", process);
		otherSpace = ResourceRef.of("process", other);
	}

	static Person person(AccountSupport support, String name) throws Exception {
		Cookie session = support.newAccount(name, name + " " + SUFFIX);
		return new Person(session, String.valueOf(support.idOf(session)));
	}

	CurrentAccount account(Person person) {
		return accounts.byPrincipal(person.principal()).orElseThrow();
	}

	ResourceRef item(String text) {
		return items.add(author.principal(), text + " " + UUID.randomUUID(), space);
	}

	int reportRows(ResourceRef ref) {
		return jdbc.sql("SELECT COUNT(*) FROM moderation_report WHERE resource_type = ? AND resource_id = ?")
			.params(ref.type(), ref.id()).query(Integer.class).single();
	}

	List<String> auditActions(ResourceRef ref) {
		return jdbc.sql("SELECT action FROM audit_entry WHERE resource_type = ? AND resource_id = ? ORDER BY sequence_no")
			.params(ref.type(), ref.id()).query(String.class).list();
	}

	List<String> mailSubjects(Person person) {
		String email = account(person).email();
		return jdbc.sql("SELECT subject FROM mail_outbox WHERE recipient = ? ORDER BY id").param(email)
			.query(String.class).list();
	}

	static void assertRefused(Runnable act, String code) {
		assertThatThrownBy(act::run).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo(code));
	}

	@Test
	void reportingTwiceChangesNothing() {
		ResourceRef ref = item("Bedava telefon kazandınız");

		reports.report(account(reporters.get(0)), ref, Reason.SPAM, "reklam");
		reports.report(account(reporters.get(0)), ref, Reason.OFFENSIVE, "yine");

		assertThat(reportRows(ref)).isEqualTo(1);
		assertThat(jdbc.sql("SELECT reason FROM moderation_report WHERE resource_id = ?").param(ref.id())
			.query(String.class).single()).isEqualTo("SPAM");
		assertThat(items.hidden(ref)).isFalse();
	}

	@Test
	void parallelReportsBySamePersonCountOnceAndParallelReportersHideOnce() throws Exception {
		ResourceRef ref = item("Kampanya linki");
		CurrentAccount one = account(reporters.get(0));
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Object>> same = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				same.add(() -> reports.report(one, ref, Reason.SPAM, null));
			}
			for (Future<Object> f : pool.invokeAll(same)) {
				f.get();
			}
			assertThat(reportRows(ref)).isEqualTo(1);

			List<Callable<Object>> others = new ArrayList<>();
			for (Person p : reporters.subList(1, properties.hideAfter())) {
				CurrentAccount reporter = account(p);
				others.add(() -> {
					try {
						return reports.report(reporter, ref, Reason.SPAM, null);
					}
					catch (DomainException hiddenMeanwhile) {
						return hiddenMeanwhile.code();
					}
				});
			}
			for (Future<Object> f : pool.invokeAll(others)) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(reportRows(ref)).isEqualTo(properties.hideAfter());
		assertThat(items.hidden(ref)).isTrue();
		await().atMost(Duration.ofSeconds(10)).until(() -> auditActions(ref).contains("moderation.hidden"));
		assertThat(auditActions(ref)).containsOnlyOnce("moderation.hidden");
	}

	@Test
	void theConfiguredNumberOfReportsHidesTheContentWithTheMostFrequentReason() {
		ResourceRef ref = item("Hakaret dolu yorum");
		int needed = properties.hideAfter();
		for (int i = 0; i < needed - 1; i++) {
			reports.report(account(reporters.get(i)), ref, i == 0 ? Reason.SPAM : Reason.OFFENSIVE, null);
			assertThat(items.hidden(ref)).isFalse();
		}
		reports.report(account(reporters.get(needed - 1)), ref, Reason.OFFENSIVE, null);

		assertThat(items.hidden(ref)).isTrue();
		await().atMost(Duration.ofSeconds(10)).until(() -> auditActions(ref).contains("moderation.hidden"));
		assertThat(jdbc.sql("SELECT actor || ' ' || summary FROM audit_entry WHERE resource_id = ? AND action = 'moderation.hidden'")
			.param(ref.id()).query(String.class).single()).isEqualTo("system OFFENSIVE");
		assertThat(mailSubjects(author)).contains("Ortak Akıl: içeriğiniz gizlendi");
		assertThat(jdbc.sql("SELECT pending FROM moderation_item WHERE resource_id = ?").param(ref.id())
			.query(Boolean.class).single()).as("waits for review").isTrue();
	}

	@Test
	void aReportOnHiddenContentIsRefused() throws Exception {
		ResourceRef ref = item("Zaten gizli");
		acts.hide(account(globalModerator), ref, Reason.SPAM, null, new Actor(globalModerator.principal(), "127.0.0.1"));

		assertRefused(() -> reports.report(account(reporters.get(0)), ref, Reason.SPAM, null), "moderation.already-hidden");
		mvc.perform(post("/moderation/reports").with(csrf()).cookie(reporters.get(1).session())
			.param("type", ref.type()).param("id", ref.id()).param("reason", "SPAM").param("back", "/"))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(422))
			.andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("zaten gizlendi"));
		assertThat(reportRows(ref)).isZero();
	}

	@Test
	void unknownContentAndOwnContentAndMissingReasonAreRefused() throws Exception {
		ResourceRef ref = item("Kendi yorumum");
		assertRefused(() -> reports.report(account(reporters.get(0)), new ResourceRef(TestItems.TYPE, "no-such"),
				Reason.SPAM, null), "moderation.unknown-content");
		assertRefused(() -> reports.report(account(author), ref, Reason.SPAM, null), "moderation.own-content");
		assertRefused(() -> reports.report(account(reporters.get(0)), ref, Reason.SPAM, "x".repeat(1001)),
				"moderation.note-too-long");
		mvc.perform(post("/moderation/reports").with(csrf()).cookie(reporters.get(0).session())
			.param("type", "nothing").param("id", "1").param("reason", "SPAM"))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(404));
		mvc.perform(post("/moderation/reports").with(csrf()).cookie(reporters.get(0).session())
			.param("type", ref.type()).param("id", ref.id()))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(422));
		assertThat(reportRows(ref)).isZero();
	}

	@Test
	void afterAReportThePersonReturnsToALocalPathOnly() throws Exception {
		for (String back : List.of("https://evil.example/x", "//evil.example", "/\\evil.example", "javascript:alert(1)",
				"/%0d%0aLocation:x", "/ok\r\nSet-Cookie:x")) {
			ResourceRef ref = item("Yönlendirme");
			MvcResult result = mvc.perform(post("/moderation/reports").with(csrf()).cookie(reporters.get(0).session())
				.param("type", ref.type()).param("id", ref.id()).param("reason", "SPAM").param("back", back)).andReturn();
			String location = result.getResponse().getRedirectedUrl();
			assertThat(location).as(back).startsWith("/").doesNotStartWith("//").doesNotContain("evil.example")
				.doesNotContain("\n");
			assertThat(location).as(back).isIn("/test-items/" + ref.id(), "/%0d%0aLocation:x");
		}
		ResourceRef ref = item("Geri dönüş");
		MvcResult result = mvc.perform(post("/moderation/reports").with(csrf()).cookie(reporters.get(0).session())
			.param("type", ref.type()).param("id", ref.id()).param("reason", "SPAM").param("back", "/processes?page=2"))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/processes?page=2");
		assertThat(reportRows(ref)).isEqualTo(1);
	}

	@Test
	void theQueueShowsEachModeratorTheirSpacesOnly() throws Exception {
		ResourceRef mine = item("Alandaki spam");
		ResourceRef elsewhere = items.add(author.principal(), "Başka alandaki spam " + UUID.randomUUID(), otherSpace);
		reports.report(account(reporters.get(0)), mine, Reason.SPAM, "link dolu");
		reports.report(account(reporters.get(0)), elsewhere, Reason.OFFENSIVE, null);

		String spaceQueue = page("/moderation", spaceModerator);
		assertThat(spaceQueue).contains(excerpt(mine)).doesNotContain(excerpt(elsewhere)).contains("link dolu");
		String globalQueue = page("/moderation", globalModerator);
		assertThat(globalQueue).contains(excerpt(mine)).contains(excerpt(elsewhere));
		mvc.perform(get("/moderation").cookie(resident.session()))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(403));
		mvc.perform(get("/moderation"))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).isIn(302, 401));
	}

	String excerpt(ResourceRef ref) {
		return items.describe(ref).orElseThrow().excerpt();
	}

	String page(String path, Person person) throws Exception {
		MvcResult result = mvc.perform(get(path).cookie(person.session())).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	@Test
	void aSpaceModeratorHidesAndRestoresWithAuditAndTheAuthorIsToldInTheirLanguage() throws Exception {
		ResourceRef ref = items.add(englishAuthor.principal(), "Buy cheap pills " + UUID.randomUUID(), space);
		reports.report(account(reporters.get(0)), ref, Reason.SPAM, null);

		mvc.perform(post("/moderation/hide").with(csrf()).cookie(spaceModerator.session())
			.param("type", ref.type()).param("id", ref.id()).param("reason", "SPAM").param("note", "Reklam yasak"))
			.andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/moderation"));
		assertThat(items.hidden(ref)).isTrue();
		assertThat(page("/moderation?view=hidden", spaceModerator)).contains(excerpt(ref));
		assertThat(page("/moderation", spaceModerator)).doesNotContain(excerpt(ref));

		mvc.perform(post("/moderation/restore").with(csrf()).cookie(spaceModerator.session())
			.param("type", ref.type()).param("id", ref.id()))
			.andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/moderation?view=hidden"));
		assertThat(items.hidden(ref)).isFalse();

		await().atMost(Duration.ofSeconds(10))
			.until(() -> auditActions(ref).containsAll(List.of("moderation.hidden", "moderation.restored")));
		assertThat(jdbc.sql("SELECT DISTINCT actor FROM audit_entry WHERE resource_id = ? AND resource_type = ?")
			.params(ref.id(), ref.type()).query(String.class).list()).containsExactly(spaceModerator.principal());
		assertThat(mailSubjects(englishAuthor)).contains("Ortak Akıl: your content was hidden",
				"Ortak Akıl: your content is shown again");
		String body = jdbc.sql("SELECT body FROM mail_outbox WHERE recipient = ? AND subject LIKE '%hidden' ORDER BY id DESC"
				+ " FETCH FIRST 1 ROWS ONLY").param(account(englishAuthor).email()).query(String.class).single();
		assertThat(body).contains("Reason: Spam").contains("Reklam yasak").contains("Buy cheap pills");
	}

	@Test
	void aSpaceModeratorMayNotActOutsideTheirSpaceNorBlock() throws Exception {
		ResourceRef elsewhere = items.add(author.principal(), "Dışarıda " + UUID.randomUUID(), otherSpace);
		mvc.perform(post("/moderation/hide").with(csrf()).cookie(spaceModerator.session())
			.param("type", elsewhere.type()).param("id", elsewhere.id()).param("reason", "SPAM"))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(403));
		mvc.perform(post("/moderation/block").with(csrf()).cookie(globalModerator.session())
			.param("principal", author.principal()).param("reason", "SPAM"))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(403));
		assertThat(items.hidden(elsewhere)).isFalse();
		assertThat(blocks.isBlocked(author.principal())).isFalse();
	}

	@Test
	void dismissingTheReportsRestoresWhatWasHiddenAutomatically() {
		ResourceRef ref = item("Haksız bildirim");
		for (int i = 0; i < properties.hideAfter(); i++) {
			reports.report(account(reporters.get(i)), ref, Reason.DOES_NOT_BELONG, null);
		}
		assertThat(items.hidden(ref)).isTrue();

		acts.dismiss(account(spaceModerator), ref, new Actor(spaceModerator.principal(), "127.0.0.1"));

		assertThat(items.hidden(ref)).isFalse();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM moderation_report WHERE resource_id = ? AND handled = FALSE")
			.param(ref.id()).query(Integer.class).single()).isZero();
		await().atMost(Duration.ofSeconds(10)).until(() -> auditActions(ref)
			.containsAll(List.of("moderation.hidden", "moderation.dismissed", "moderation.restored")));
	}

	@Test
	void anAdministratorBlocksAndUnblocksAPersonWhoThenMayNotReport() throws Exception {
		Person blocked = reporters.get(3);
		ResourceRef user = new ResourceRef("user", blocked.principal());
		reports.report(account(reporters.get(0)), user, Reason.SPAM, "sahte hesap");
		assertThat(page("/moderation", globalModerator)).contains("sahte hesap");
		assertThat(page("/moderation", spaceModerator)).doesNotContain("sahte hesap");

		mvc.perform(post("/moderation/block").with(csrf()).cookie(admin.session())
			.param("principal", blocked.principal()).param("reason", "SPAM").param("note", "Toplu reklam"))
			.andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/moderation?view=blocked"));
		assertThat(blocks.isBlocked(blocked.principal())).isTrue();
		assertThat(page("/moderation?view=blocked", admin)).contains("bildiren3 " + SUFFIX);
		assertRefused(() -> reports.report(account(blocked), item("Engelli bildirimi"), Reason.SPAM, null),
				"moderation.blocked");
		assertThat(mailSubjects(blocked)).contains("Ortak Akıl: hesabınız engellendi");

		mvc.perform(post("/moderation/unblock").with(csrf()).cookie(admin.session()).param("principal", blocked.principal()))
			.andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/moderation?view=blocked"));
		assertThat(blocks.isBlocked(blocked.principal())).isFalse();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> auditActions(user).containsAll(List.of("moderation.blocked", "moderation.unblocked")));
		assertThat(mailSubjects(blocked)).contains("Ortak Akıl: hesabınızdaki engel kaldırıldı");
	}

	@Test
	void theJsonEndpointReportsAndAnswersProblems() throws Exception {
		ResourceRef ref = item("API spam");
		String body = "{\"resource\":\"" + ref + "\",\"reason\":\"spam\",\"note\":\"api\"}";
		mvc.perform(post("/api/v1/reports").with(csrf()).cookie(reporters.get(0).session())
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(201));
		mvc.perform(post("/api/v1/reports").with(csrf()).cookie(reporters.get(0).session())
			.contentType(MediaType.APPLICATION_JSON).content("{\"resource\":\"" + ref + "\",\"reason\":\"boring\"}"))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(400))
			.andExpect(r -> assertThat(r.getResponse().getContentType()).contains("application/problem+json"));
		mvc.perform(post("/api/v1/reports").with(csrf()).cookie(reporters.get(0).session())
			.contentType(MediaType.APPLICATION_JSON).content("{\"resource\":\"test-item:nope\",\"reason\":\"SPAM\"}"))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(404));
		assertThat(reportRows(ref)).isEqualTo(1);
	}

	@Test
	void aPersonsReportsAreExportedAndErasedWithoutChangingTheCounts() {
		ResourceRef ref = item("Silinecek bildiren");
		Person leaving = reporters.get(2);
		reports.report(account(leaving), ref, Reason.OFFENSIVE, "kişisel not");
		PersonalDataHolder holder = context.getBeansOfType(PersonalDataHolder.class).values().stream()
			.filter(h -> h.name().equals("moderation")).findFirst().orElseThrow();

		assertThat(String.valueOf(holder.export(Long.parseLong(leaving.principal()), leaving.principal())))
			.contains(ref.toString()).contains("kişisel not");
		holder.erase(Long.parseLong(leaving.principal()), leaving.principal());

		assertThat(reportRows(ref)).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM moderation_report WHERE reporter = ? OR note = 'kişisel not'")
			.param(leaving.principal()).query(Integer.class).single()).isZero();
	}
}
