package org.ortakakil.meetings.internal;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ortakakil.identity.Accounts;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Mail;
import org.ortakakil.meetings.MeetingView;
import org.ortakakil.meetings.RegistrationStatus;
import org.ortakakil.shared.DomainException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration for meetings. Every change to a meeting's registrations first locks the meeting's row,
 * so people racing for the last places take turns: exactly as many are registered as there are places
 * and the rest wait, in the order they came. When a registered person cancels, the first who waits is
 * promoted and told by mail; every registration is confirmed by mail with its code. Places reserved for staff registering a resident who is present are not
 * offered to residents registering themselves.
 */
@Service
@Transactional
public class Registrations {

	private static final String SELECT = """
			SELECT id, meeting_id, principal, status, code, reserved, assisted_by, language, created_at, checked_in_at
			FROM meeting_registration""";
	private static final char[] CODE_LETTERS = "ACDEFGHJKLMNPQRTUVWXY34679".toCharArray();
	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final MeetingStore meetings;
	private final Accounts accounts;
	private final Mail mail;
	private final MessageSource messages;
	private final Clock clock;
	private final String baseUrl;

	Registrations(JdbcClient jdbc, MeetingStore meetings, Accounts accounts, Mail mail, MessageSource messages,
			Clock clock, @Value("${ortakakil.accounts.base-url:http://localhost:8080}") String baseUrl) {
		this.baseUrl = baseUrl;
		this.jdbc = jdbc;
		this.meetings = meetings;
		this.accounts = accounts;
		this.mail = mail;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Registers the person, or puts them on the waiting list when the meeting is full.
	 * {@code assistedBy} is the member of staff registering a resident who is present (who may use a
	 * reserved place), else null. {@code answers} are by question id.
	 */
	public RegistrationView register(long meetingId, String principal, String language, Map<Long, String> answers,
			String assistedBy) {
		MeetingView meeting = meetings.lock(meetingId);
		OffsetDateTime now = now();
		if (!meeting.registrationOpen()) {
			throw DomainException.conflict("meetings.registration-closed");
		}
		if (meeting.started(now)) {
			throw DomainException.conflict("meetings.registration-over");
		}
		Optional<RegistrationView> existing = find(meetingId, principal);
		if (existing.isPresent() && existing.get().status() != RegistrationStatus.CANCELLED) {
			throw DomainException.conflict("meetings.already-registered");
		}
		checkAnswers(meetingId, answers);
		boolean assisted = assistedBy != null;
		boolean registered = meeting.capacity() == null
				|| meeting.registeredCount() < meeting.capacity() - (assisted ? 0 : meeting.reservedPlaces());
		boolean reserved = registered && assisted && meeting.capacity() != null
				&& meeting.registeredCount() >= meeting.capacity() - meeting.reservedPlaces();
		RegistrationStatus status = registered ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITING;
		String code = newCode();
		long id;
		if (existing.isPresent()) {
			id = existing.get().id();
			jdbc.sql("""
					UPDATE meeting_registration SET status = ?, code = ?, reserved = ?, assisted_by = ?, language = ?,
					created_at = ?, changed_at = ?, checked_in_at = NULL WHERE id = ?""")
				.params(status.name(), code, reserved, assistedBy, language, now, now, id).update();
			jdbc.sql("DELETE FROM meeting_answer WHERE registration_id = ?").param(id).update();
		}
		else {
			KeyHolder keys = new GeneratedKeyHolder();
			jdbc.sql("""
					INSERT INTO meeting_registration (meeting_id, principal, status, code, reserved, assisted_by, language,
					created_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(meetingId, principal, status.name(), code, reserved, assistedBy, language, now, now)
				.update(keys, "id");
			id = keys.getKeyAs(Number.class).longValue();
		}
		answers.forEach((question, answer) -> {
			if (answer != null && !answer.isBlank()) {
				jdbc.sql("INSERT INTO meeting_answer (registration_id, question_id, answer) VALUES (?, ?, ?)")
					.params(id, question, answer.strip()).update();
			}
		});
		if (registered) {
			jdbc.sql("UPDATE meeting SET registered_count = registered_count + 1 WHERE id = ?").param(meetingId).update();
		}
		RegistrationView registration = get(id);
		tell(meeting, registration, registered ? "meetings.registered" : "meetings.waiting");
		return registration;
	}

	/**
	 * Cancels a registration: its owner may, and an organiser ({@code byOrganiser}); anyone else is
	 * FORBIDDEN. Cancelling twice changes nothing. A freed place goes to the first who waits.
	 */
	public RegistrationView cancel(long registrationId, String principal, boolean byOrganiser) {
		RegistrationView registration = get(registrationId);
		if (!byOrganiser && !registration.principal().equals(principal)) {
			throw DomainException.forbidden("meetings.not-your-registration");
		}
		MeetingView meeting = meetings.lock(registration.meetingId());
		registration = get(registrationId);
		if (registration.status() == RegistrationStatus.CANCELLED) {
			return registration;
		}
		OffsetDateTime now = now();
		jdbc.sql("UPDATE meeting_registration SET status = 'CANCELLED', changed_at = ? WHERE id = ?")
			.params(now, registrationId).update();
		if (registration.status() == RegistrationStatus.REGISTERED) {
			int count = meeting.registeredCount() - 1;
			jdbc.sql("UPDATE meeting SET registered_count = ? WHERE id = ?").params(count, meeting.id()).update();
			boolean place = meeting.capacity() == null || count < meeting.capacity() - meeting.reservedPlaces();
			if (place && !meeting.started(now)) {
				promoteFirstWaiting(meeting, now);
			}
		}
		return get(registrationId);
	}

	/**
	 * Checks in the person whose code it is, at this meeting: NOT_FOUND for an unknown code, INVALID for
	 * a code of another meeting or of someone not registered. Checking in twice keeps the first time.
	 */
	public RegistrationView checkIn(long meetingId, String code) {
		String typed = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
		RegistrationView registration = jdbc.sql(SELECT + " WHERE code = ?").param(typed).query(Registrations::read)
			.optional().orElseThrow(() -> DomainException.notFound("meetings.code-unknown"));
		if (registration.meetingId() != meetingId) {
			throw DomainException.invalid("meetings.code-other-meeting");
		}
		if (registration.status() != RegistrationStatus.REGISTERED) {
			throw DomainException.invalid("meetings.code-not-registered");
		}
		jdbc.sql("UPDATE meeting_registration SET checked_in_at = COALESCE(checked_in_at, ?) WHERE id = ?")
			.params(now(), registration.id()).update();
		return get(registration.id());
	}

	@Transactional(readOnly = true)
	public int checkedIn(long meetingId) {
		return jdbc.sql("SELECT COUNT(*) FROM meeting_registration WHERE meeting_id = ? AND checked_in_at IS NOT NULL")
			.param(meetingId).query(Integer.class).single();
	}

	@Transactional(readOnly = true)
	public RegistrationView get(long id) {
		return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(Registrations::read).optional()
			.orElseThrow(() -> DomainException.notFound("meetings.registration-not-found"));
	}

	@Transactional(readOnly = true)
	public Optional<RegistrationView> find(long meetingId, String principal) {
		return jdbc.sql(SELECT + " WHERE meeting_id = ? AND principal = ?").params(meetingId, principal)
			.query(Registrations::read).optional();
	}

	/** The meeting's registrations: registered first, then the waiting list in order, then the cancelled. */
	@Transactional(readOnly = true)
	public List<RegistrationView> ofMeeting(long meetingId) {
		return jdbc.sql(SELECT + " WHERE meeting_id = ? ORDER BY"
				+ " CASE status WHEN 'REGISTERED' THEN 0 WHEN 'WAITING' THEN 1 ELSE 2 END, id")
			.param(meetingId).query(Registrations::read).list();
	}

	/** The person's registrations that are not cancelled, soonest meeting first. */
	@Transactional(readOnly = true)
	public List<RegistrationView> ofPerson(String principal) {
		return jdbc.sql("""
				SELECT r.id, r.meeting_id, r.principal, r.status, r.code, r.reserved, r.assisted_by, r.language,
				r.created_at, r.checked_in_at FROM meeting_registration r JOIN meeting m ON m.id = r.meeting_id
				WHERE r.principal = ? AND r.status <> 'CANCELLED' ORDER BY m.starts_at""").param(principal)
			.query(Registrations::read).list();
	}

	private void promoteFirstWaiting(MeetingView meeting, OffsetDateTime now) {
		Optional<RegistrationView> first = jdbc.sql(SELECT
				+ " WHERE meeting_id = ? AND status = 'WAITING' ORDER BY id FETCH FIRST 1 ROWS ONLY")
			.param(meeting.id()).query(Registrations::read).optional();
		if (first.isEmpty()) {
			return;
		}
		RegistrationView promoted = first.get();
		jdbc.sql("UPDATE meeting_registration SET status = 'REGISTERED', changed_at = ? WHERE id = ?")
			.params(now, promoted.id()).update();
		jdbc.sql("UPDATE meeting SET registered_count = registered_count + 1 WHERE id = ?").param(meeting.id()).update();
		tell(meeting, promoted, "meetings.promoted");
	}

	/**
	 * Mails the person about their registration in its language: the subject {@code <kind>.subject}
	 * (the meeting's title) and body {@code <kind>.body} (title, code, link to their registration).
	 */
	private void tell(MeetingView meeting, RegistrationView registration, String kind) {
		accounts.byPrincipal(registration.principal()).map(CurrentAccount::email).filter(e -> e != null)
			.ifPresent(email -> {
				Locale locale = Locale.forLanguageTag(registration.language());
				String title = meeting.title().in(locale);
				String link = baseUrl + "/meetings/" + meeting.id() + "/registration";
				mail.send(email, messages.getMessage(kind + ".subject", new Object[] { title }, locale),
						messages.getMessage(kind + ".body", new Object[] { title, registration.code(), link }, locale));
			});
	}

	private void checkAnswers(long meetingId, Map<Long, String> answers) {
		List<Question> questions = jdbc.sql("SELECT id, question, required FROM meeting_question WHERE meeting_id = ?")
			.param(meetingId).query((rs, n) -> new Question(rs.getLong(1), rs.getString(2), rs.getBoolean(3))).list();
		for (Long asked : answers.keySet()) {
			if (questions.stream().noneMatch(q -> q.id() == asked)) {
				throw DomainException.invalid("meetings.question-unknown");
			}
		}
		for (Question question : questions) {
			String answer = answers.get(question.id());
			if (question.required() && (answer == null || answer.isBlank())) {
				throw DomainException.invalid("meetings.answer-missing", question.text());
			}
			if (answer != null && answer.length() > 2000) {
				throw DomainException.invalid("meetings.answer-too-long", 2000);
			}
		}
	}

	private record Question(long id, String text, boolean required) {
	}

	private static String newCode() {
		char[] code = new char[8];
		for (int i = 0; i < code.length; i++) {
			code[i] = CODE_LETTERS[RANDOM.nextInt(CODE_LETTERS.length)];
		}
		return new String(code);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
	}

	static RegistrationView read(ResultSet rs, int row) throws SQLException {
		return new RegistrationView(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("principal"),
				RegistrationStatus.valueOf(rs.getString("status")), rs.getString("code"), rs.getBoolean("reserved"),
				rs.getString("assisted_by"), rs.getString("language"), MeetingStore.time(rs, "created_at"),
				MeetingStore.time(rs, "checked_in_at"));
	}
}
