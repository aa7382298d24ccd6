package org.ortakakil.meetings.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.identity.AccountSupport;
import org.ortakakil.identity.Accounts;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.meetings.RegistrationStatus;
import org.ortakakil.meetings.internal.Registrations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reminders a day before: the registered attendees of a meeting starting in 23 hours get exactly one
 * mail each in the language they registered in, with title, time in İstanbul, place, code and link,
 * even when two runs go at once and when the job runs again; the waiting person gets none, nor does
 * anyone for a meeting 30 hours away, whose {@code reminded_at} stays empty.
 */
@IntegrationTest
class ReminderIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Registrations registrations;

	@Autowired
	MeetingReminders reminders;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	record Mail(String subject, String body) {
	}

	List<Mail> mailTo(String email) {
		return jdbc.sql("SELECT subject, body FROM mail_outbox WHERE recipient = ? ORDER BY id").param(email)
			.query((rs, n) -> new Mail(rs.getString(1), rs.getString(2))).list();
	}

	@Test
	void registeredAttendeesAreRemindedOnceInTheirLanguage() throws Exception {
		AccountSupport support = new AccountSupport(mvc, context);
		String english = Long.toString(support.idOf(support.newAccount("hatirla-en", "Reminded English")));
		String turkish = Long.toString(support.idOf(support.newAccount("hatirla-tr", "Hatırlanan Türkçe")));
		String waiting = Long.toString(support.idOf(support.newAccount("hatirla-bekleyen", "Bekleyen Kişi")));
		CalendarFixtures fixtures = new CalendarFixtures(context);
		CalendarFixtures.Space space = fixtures.space("hatirlatma");
		long tomorrow = fixtures.kadikoy(space, "Hatırlatılacak toplantı", CalendarFixtures.in(23 * 60), 2);
		long later = fixtures.kadikoy(space, "Sonraki toplantı", CalendarFixtures.in(30 * 60), null);
		String englishCode = registrations.register(tomorrow, english, "en", Map.of(), null).code();
		String turkishCode = registrations.register(tomorrow, turkish, "tr", Map.of(), null).code();
		assertThat(registrations.register(tomorrow, waiting, "tr", Map.of(), null).status())
			.isEqualTo(RegistrationStatus.WAITING);
		registrations.register(later, english, "en", Map.of(), null);
		registrations.register(later, turkish, "tr", Map.of(), null);

		ExecutorService pool = Executors.newFixedThreadPool(2);
		Callable<Integer> run = reminders::remind;
		List<Future<Integer>> runs = pool.invokeAll(List.of(run, run));
		for (Future<Integer> done : runs) {
			done.get();
		}
		pool.shutdown();
		reminders.remind();

		List<Mail> toEnglish = mailTo(email(english)).stream().filter(m -> m.subject().startsWith("Reminder")).toList();
		assertThat(toEnglish).hasSize(1);
		assertThat(toEnglish.get(0).subject()).isEqualTo("Reminder: EN Hatırlatılacak toplantı");
		assertThat(toEnglish.get(0).body()).contains("EN Hatırlatılacak toplantı", "(İstanbul time)",
				"Caferağa Mah., Moda Cd. No:1, Kadıköy", englishCode, "/meetings/" + tomorrow);
		List<Mail> toTurkish = mailTo(email(turkish)).stream().filter(m -> m.subject().startsWith("Hatırlatma"))
			.toList();
		assertThat(toTurkish).hasSize(1);
		assertThat(toTurkish.get(0).subject()).isEqualTo("Hatırlatma: Hatırlatılacak toplantı");
		assertThat(toTurkish.get(0).body()).contains(turkishCode, "(İstanbul saati)", "/meetings/" + tomorrow)
			.doesNotContain(englishCode);
		assertThat(mailTo(email(waiting))).noneMatch(m -> m.subject().startsWith("Hatırlatma"));

		assertThat(reminded(tomorrow)).isTrue();
		assertThat(reminded(later)).isFalse();
		assertThat(mailTo(email(english))).filteredOn(m -> m.subject().startsWith("Reminder"))
			.noneMatch(m -> m.subject().contains("Sonraki toplantı"));
	}

	boolean reminded(long meetingId) {
		return jdbc.sql("SELECT COUNT(*) FROM meeting WHERE id = ? AND reminded_at IS NOT NULL").param(meetingId)
			.query(Integer.class).single() == 1;
	}

	String email(String principal) {
		return accounts.byPrincipal(principal).map(CurrentAccount::email).orElseThrow();
	}
}
