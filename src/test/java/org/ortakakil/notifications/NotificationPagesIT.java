package org.ortakakil.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.identity.AccountSupport;
import org.ortakakil.notifications.internal.Audience;
import org.ortakakil.notifications.internal.Fanout;
import org.ortakakil.notifications.internal.FollowStore;
import org.ortakakil.notifications.internal.NotificationKind;
import org.ortakakil.notifications.internal.NotificationMail;
import org.ortakakil.notifications.internal.NotificationStore;
import org.ortakakil.notifications.internal.Preferences;
import org.ortakakil.shared.ResourceRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.servlet.http.Cookie;

/**
 * The pages and the mail: following with the button and the list of follows, the notification centre with
 * its unread count, cursor and marking read; mail immediately in each reader's language (one mail per
 * reader per chunk), as a daily digest, or never.
 */
@IntegrationTest
class NotificationPagesIT {

	static final AtomicLong IDS = new AtomicLong(700_000_000L + System.nanoTime() % 100_000_000L);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Fanout fanout;

	@Autowired
	FollowStore follows;

	@Autowired
	NotificationStore store;

	@Autowired
	NotificationMail mailer;

	@Autowired
	Preferences preferences;

	@Autowired
	TransactionTemplate transaction;

	AccountSupport accounts;

	@BeforeEach
	void setUp() {
		accounts = new AccountSupport(mvc, context);
	}

	record Person(Cookie session, String principal, String email) {
	}

	Person person(String name, String language) throws Exception {
		Cookie session = accounts.newAccount(name, name);
		long id = accounts.idOf(session);
		jdbc.sql("UPDATE account SET language = ? WHERE id = ?").params(language, id).update();
		String email = jdbc.sql("SELECT email FROM account WHERE id = ?").param(id).query(String.class).single();
		return new Person(session, String.valueOf(id), email);
	}

	int answered(ResourceRef followed, String title) {
		return fanout.notify(followed + "/ANSWERED/" + IDS.incrementAndGet(), NotificationKind.PROPOSAL_ANSWERED,
				ResourceRef.of("proposal", IDS.incrementAndGet()),
				Map.of("title", title, "state", "ACCEPTED", "path", "/proposals/1"),
				Audience.followersOf(List.of(followed), null));
	}

	/** The subjects of the mails written to the person since their account was confirmed. */
	List<String> subjects(Person person) {
		return jdbc.sql("SELECT subject FROM mail_outbox WHERE recipient = ? ORDER BY id OFFSET 1 ROWS")
			.param(person.email()).query(String.class).list();
	}

	String lastBody(Person person) {
		return jdbc.sql("SELECT body FROM mail_outbox WHERE recipient = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
			.param(person.email()).query(String.class).single();
	}

	@Test
	void mailGoesImmediatelyInEachLanguageAsADigestOrNever() throws Exception {
		Person turkish = person("hemen", "tr");
		Person arabic = person("fawran", "ar");
		Person daily = person("gunluk", "en");
		Person never = person("asla", "tr");
		preferences.set(daily.principal(), Preferences.Mode.DAILY);
		preferences.set(never.principal(), Preferences.Mode.NONE);
		ResourceRef space = ResourceRef.of("process", IDS.incrementAndGet());
		ResourceRef other = ResourceRef.of("district", IDS.incrementAndGet());
		List.of(turkish, arabic, daily, never).forEach(p -> follows.follow(p.principal(), space));
		follows.follow(turkish.principal(), other);
		follows.follow(daily.principal(), other);
		transaction.executeWithoutResult(status -> {
			answered(space, "Moda’ya yeni park");
			answered(other, "Kadıköy’de bisiklet yolu");
		});

		mailer.sendImmediate();
		assertThat(subjects(turkish)).containsExactly("Ortak Akıl: 2 yeni bildirim");
		assertThat(lastBody(turkish)).contains("“Moda’ya yeni park” önerisi yanıtlandı: kabul edildi.",
				"“Kadıköy’de bisiklet yolu” önerisi yanıtlandı", "/proposals/1", "/account/notifications");
		assertThat(subjects(arabic))
			.containsExactly("Ortak Akıl: تمت الإجابة عن المقترح «Moda’ya yeni park»: مقبول.");
		assertThat(subjects(daily)).isEmpty();
		assertThat(subjects(never)).isEmpty();

		mailer.sendDigests();
		assertThat(subjects(daily))
			.containsExactly("Ortak Akıl daily digest: 2 notifications");
		assertThat(lastBody(daily)).contains("“Moda’ya yeni park”", "“Kadıköy’de bisiklet yolu”");
		mailer.sendDigests();
		mailer.sendImmediate();
		assertThat(subjects(daily)).hasSize(1);
		assertThat(subjects(never)).isEmpty();
		assertThat(subjects(turkish)).hasSize(1);
		assertThat(store.unread(never.principal())).as("never mailed, still in the centre").isEqualTo(1);
	}

	@Test
	void theCentreCountsUnreadPagesByCursorAndMarksRead() throws Exception {
		Person reader = person("okur", "tr");
		ResourceRef space = ResourceRef.of("assembly", IDS.incrementAndGet());
		follows.follow(reader.principal(), space);
		for (int i = 1; i <= 25; i++) {
			answered(space, "Öneri " + i);
		}
		String page = mvc.perform(get("/notifications").cookie(reader.session())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("“Öneri 25” önerisi yanıtlandı", "25 okunmamış").doesNotContain("“Öneri 5” önerisi");

		NotificationStore.Page first = store.page(reader.principal(), true, null, 20);
		assertThat(first.items()).hasSize(20);
		long oldest = store.page(reader.principal(), false, first.next(), 20).items().get(4).id();
		mvc.perform(post("/notifications/" + oldest + "/read").with(csrf()).cookie(reader.session()))
			.andExpect(redirectedUrl("/notifications?order=unread"));
		assertThat(store.unread(reader.principal())).isEqualTo(24);
		// unread first: the read one comes last; newest first: it is still the oldest
		NotificationStore.Page second = store.page(reader.principal(), true, first.next(), 20);
		assertThat(second.items()).hasSize(5);
		assertThat(second.items().get(4).id()).isEqualTo(oldest);
		assertThat(second.items().get(4).unread()).isFalse();
		assertThat(second.next()).isNull();

		long newest = first.items().get(0).id();
		mvc.perform(get("/notifications/" + newest).cookie(reader.session())).andExpect(redirectedUrl("/proposals/1"));
		assertThat(store.unread(reader.principal())).isEqualTo(23);
		mvc.perform(post("/notifications/read-all").with(csrf()).cookie(reader.session()))
			.andExpect(redirectedUrl("/notifications"));
		assertThat(store.unread(reader.principal())).isZero();

		Person stranger = person("yabanci", "tr");
		mvc.perform(get("/notifications/" + newest).cookie(stranger.session())).andExpect(status().isNotFound());
	}

	@Test
	void followingWithTheButtonAndTheListOfFollows() throws Exception {
		Person person = person("takipci", "tr");
		mvc.perform(post("/follows").with(csrf()).cookie(person.session()).param("resource", "district:1183")
			.header("Referer", "http://localhost/districts/besiktas?lang=tr"))
			.andExpect(redirectedUrl("/districts/besiktas?lang=tr"));
		assertThat(follows.follows(person.principal(), ResourceRef.of("district", 1183))).isTrue();
		String list = mvc.perform(get("/account/follows").cookie(person.session())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(list).contains("Beşiktaş", "Takibi bırak", "name=\"resource\" value=\"district:1183\"");

		mvc.perform(post("/follows").with(csrf()).cookie(person.session()).param("resource", "district:1183")
			.param("follow", "false")).andExpect(redirectedUrl("/account/follows"));
		assertThat(follows.follows(person.principal(), ResourceRef.of("district", 1183))).isFalse();

		mvc.perform(post("/follows").with(csrf()).cookie(person.session()).param("resource", "district:999999"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/follows").with(csrf()).cookie(person.session()).param("resource", "account:1"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/follows").with(csrf()).cookie(person.session()).param("resource", "nonsense"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/follows").with(csrf()).param("resource", "district:1183"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM follow WHERE principal = ?").param(person.principal())
			.query(Long.class).single()).isZero();

		mvc.perform(post("/account/notifications").with(csrf()).cookie(person.session()).param("mode", "DAILY"))
			.andExpect(redirectedUrl("/account/notifications"));
		assertThat(preferences.of(person.principal())).isEqualTo(Preferences.Mode.DAILY);
		mvc.perform(post("/account/notifications").with(csrf()).cookie(person.session()).param("mode", "HOURLY"))
			.andExpect(status().isBadRequest());
		assertThat(mvc.perform(get("/account/notifications").cookie(person.session())).andReturn().getResponse()
			.getContentAsString()).contains("value=\"DAILY\" checked");
	}
}
