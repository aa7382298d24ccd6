package org.ortakakil.meetings.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.ortakakil.identity.Accounts;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Mail;
import org.ortakakil.meetings.MeetingType;
import org.ortakakil.meetings.MeetingView;
import org.ortakakil.meetings.internal.MeetingStore;
import org.ortakakil.platform.JobLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds registered attendees a day before. Every five minutes, on one instance at a time
 * ({@link JobLease}), each meeting that starts within {@link #AHEAD} and has not been reminded is marked
 * ({@code reminded_at}) and its registered attendees are mailed, in one transaction per meeting: the
 * conditional UPDATE lets only one run mark a meeting, so nobody gets the reminder twice even when two
 * runs overlap, and a run that fails mails nobody and leaves the meeting for the next. The mail is in the
 * language the person registered in: title, time in İstanbul, place or "online", check-in code, link.
 */
@Component
public class MeetingReminders {

	private static final Logger log = LoggerFactory.getLogger(MeetingReminders.class);

	static final Duration AHEAD = Duration.ofHours(24);
	static final int BATCH = 100;

	private final JdbcClient jdbc;
	private final MeetingStore meetings;
	private final Accounts accounts;
	private final Mail mail;
	private final MessageSource messages;
	private final TransactionTemplate transactions;
	private final JobLease leases;
	private final Clock clock;
	private final Duration lease;
	private final String baseUrl;

	MeetingReminders(JdbcClient jdbc, MeetingStore meetings, Accounts accounts, Mail mail, MessageSource messages,
			TransactionTemplate transactions, JobLease leases, Clock clock,
			@Value("${ortakakil.meetings.reminder-interval:PT5M}") Duration interval,
			@Value("${ortakakil.accounts.base-url:http://localhost:8080}") String baseUrl) {
		this.jdbc = jdbc;
		this.meetings = meetings;
		this.accounts = accounts;
		this.mail = mail;
		this.messages = messages;
		this.transactions = transactions;
		this.leases = leases;
		this.clock = clock;
		this.lease = interval.multipliedBy(9).dividedBy(10);
		this.baseUrl = baseUrl;
	}

	@Scheduled(initialDelayString = "${ortakakil.meetings.reminder-initial-delay:PT1M}",
			fixedDelayString = "${ortakakil.meetings.reminder-interval:PT5M}")
	void tick() {
		if (leases.take("meeting-reminders", lease)) {
			remind();
		}
	}

	/** Reminds the attendees of the meetings now due; how many meetings this run marked. */
	public int remind() {
		OffsetDateTime now = now();
		List<Long> due = jdbc.sql("""
				SELECT id FROM meeting WHERE reminded_at IS NULL AND starts_at > ? AND starts_at <= ?
				ORDER BY starts_at, id FETCH FIRST ? ROWS ONLY""").params(now, now.plus(AHEAD), BATCH)
			.query(Long.class).list();
		int marked = 0;
		for (long id : due) {
			try {
				if (Boolean.TRUE.equals(transactions.execute(status -> remind(id, now)))) {
					marked++;
				}
			}
			catch (DataAccessException e) {
				// another run holds or just marked the meeting; whatever is left is taken next time
				log.warn("Reminders for meeting {} not sent this time: {}", id, e.getMessage());
			}
		}
		return marked;
	}

	private boolean remind(long meetingId, OffsetDateTime now) {
		if (jdbc.sql("UPDATE meeting SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL")
			.params(now, meetingId).update() == 0) {
			return false;
		}
		MeetingView meeting = meetings.get(meetingId);
		List<Attendee> attendees = jdbc.sql("""
				SELECT principal, code, language FROM meeting_registration WHERE meeting_id = ? AND status = 'REGISTERED'
				ORDER BY id""").param(meetingId)
			.query((rs, n) -> new Attendee(rs.getString(1), rs.getString(2), rs.getString(3))).list();
		for (Attendee attendee : attendees) {
			accounts.byPrincipal(attendee.principal()).map(CurrentAccount::email).filter(e -> e != null)
				.ifPresent(email -> send(email, meeting, attendee));
		}
		return true;
	}

	private record Attendee(String principal, String code, String language) {
	}

	private void send(String email, MeetingView meeting, Attendee attendee) {
		Locale locale = Locale.forLanguageTag(attendee.language());
		String title = meeting.title().in(locale);
		String time = meeting.startsAt().atZoneSameInstant(ICalendarWriter.ISTANBUL)
			.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale));
		String place = meeting.type() == MeetingType.ONLINE || meeting.address() == null
				? messages.getMessage("calendar.online", null, locale) : meeting.address();
		mail.send(email, messages.getMessage("calendar.reminder.subject", new Object[] { title }, locale),
				messages.getMessage("calendar.reminder.body",
						new Object[] { title, time, place, attendee.code(), baseUrl + "/meetings/" + meeting.id() },
						locale));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}
}
