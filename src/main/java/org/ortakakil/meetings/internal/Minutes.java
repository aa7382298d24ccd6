package org.ortakakil.meetings.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.ortakakil.meetings.MeetingChanged;
import org.ortakakil.meetings.MeetingDecisionTaken;
import org.ortakakil.meetings.MeetingView;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.LocalizedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a meeting discussed and decided, written by its organisers once it has begun: the minutes (in
 * any of the languages), the attendance counted and by organisation, and the decisions, each with who
 * is responsible, an optional due date and proposal. They may be rewritten until published; publishing
 * announces every decision ({@link MeetingDecisionTaken}).
 */
@Service
@Transactional
public class Minutes {

	private final JdbcClient jdbc;
	private final MeetingStore meetings;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Minutes(JdbcClient jdbc, MeetingStore meetings, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.meetings = meetings;
		this.events = events;
		this.clock = clock;
	}

	/** A decision as written; {@code dueOn} (ISO date) and {@code proposalRef} may be blank. */
	public record DecisionDraft(String decision, String responsible, String dueOn, String proposalRef) {
	}

	/** A decision as recorded. */
	public record Decision(long id, long meetingId, int position, String decision, String responsible,
			LocalDate dueOn, String proposalRef, String status) {
	}

	/** Records (or rewrites) the minutes of a meeting that has begun and whose minutes are not published. */
	public void record(long meetingId, LocalizedText minutes, String attendance, Map<String, String> byOrganisation,
			List<DecisionDraft> decisions) {
		MeetingView meeting = meetings.lock(meetingId);
		if (!meeting.started(now())) {
			throw DomainException.conflict("meetings.minutes-before-start");
		}
		if (meeting.minutesPublished()) {
			throw DomainException.conflict("meetings.minutes-published");
		}
		Integer counted = count(attendance);
		jdbc.sql("UPDATE meeting SET minutes = ?, attendance_count = ?, updated_at = ? WHERE id = ?")
			.params(minutes.toJson(), counted, now(), meetingId).update();
		jdbc.sql("DELETE FROM meeting_attendance WHERE meeting_id = ?").param(meetingId).update();
		for (Map.Entry<String, String> entry : byOrganisation.entrySet()) {
			String organisation = entry.getKey() == null ? "" : entry.getKey().strip();
			if (organisation.isEmpty() && (entry.getValue() == null || entry.getValue().isBlank())) {
				continue;
			}
			Integer attendees = count(entry.getValue());
			if (organisation.isEmpty() || organisation.length() > 200 || attendees == null) {
				throw DomainException.invalid("meetings.attendance-invalid");
			}
			jdbc.sql("INSERT INTO meeting_attendance (meeting_id, organisation, attendees) VALUES (?, ?, ?)")
				.params(meetingId, organisation, attendees).update();
		}
		jdbc.sql("DELETE FROM meeting_decision WHERE meeting_id = ?").param(meetingId).update();
		int position = 0;
		for (DecisionDraft draft : decisions) {
			if (blank(draft.decision()) && blank(draft.responsible()) && blank(draft.dueOn())) {
				continue;
			}
			if (blank(draft.decision()) || draft.decision().strip().length() > 4000) {
				throw DomainException.invalid("meetings.decision-missing");
			}
			if (blank(draft.responsible()) || draft.responsible().strip().length() > 200) {
				throw DomainException.invalid("meetings.responsible-missing");
			}
			jdbc.sql("""
					INSERT INTO meeting_decision (meeting_id, position, decision, responsible, due_on, proposal_ref)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(meetingId, ++position, draft.decision().strip(), draft.responsible().strip(), date(draft.dueOn()),
						blank(draft.proposalRef()) ? null : draft.proposalRef().strip())
				.update();
		}
	}

	/** Publishes the recorded minutes and announces each decision. */
	public void publish(long meetingId, Actor actor) {
		MeetingView meeting = meetings.lock(meetingId);
		if (meeting.minutes() == null) {
			throw DomainException.conflict("meetings.minutes-missing");
		}
		if (meeting.minutesPublished()) {
			return;
		}
		OffsetDateTime now = now();
		jdbc.sql("UPDATE meeting SET minutes_published_at = ? WHERE id = ?").params(now, meetingId).update();
		for (Decision decision : decisions(meetingId)) {
			events.publishEvent(new MeetingDecisionTaken(decision.id(), meetingId, meeting.districtId(),
					meeting.neighbourhoodId(), decision.decision(), decision.responsible(), decision.dueOn(),
					decision.proposalRef(), actor, now.toInstant()));
		}
		events.publishEvent(new MeetingChanged(meetingId, "minutes-published", actor, now.toInstant()));
	}

	/** Marks a published decision done (or open again). */
	public void setDone(long decisionId, boolean done) {
		int changed = jdbc.sql("UPDATE meeting_decision SET status = ?, done_at = ? WHERE id = ?")
			.params(done ? "DONE" : "OPEN", done ? now() : null, decisionId).update();
		if (changed == 0) {
			throw DomainException.notFound("meetings.decision-not-found");
		}
	}

	@Transactional(readOnly = true)
	public List<Decision> decisions(long meetingId) {
		return jdbc.sql("""
				SELECT id, meeting_id, position, decision, responsible, due_on, proposal_ref, status FROM meeting_decision
				WHERE meeting_id = ? ORDER BY position""").param(meetingId)
			.query((rs, n) -> new Decision(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5),
					rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8)))
			.list();
	}

	/** Attendance by organisation, by name. */
	@Transactional(readOnly = true)
	public Map<String, Integer> attendance(long meetingId) {
		Map<String, Integer> attendance = new java.util.LinkedHashMap<>();
		jdbc.sql("SELECT organisation, attendees FROM meeting_attendance WHERE meeting_id = ? ORDER BY organisation")
			.param(meetingId).query(rs -> {
				attendance.put(rs.getString(1), rs.getInt(2));
			});
		return attendance;
	}

	private static Integer count(String typed) {
		if (blank(typed)) {
			return null;
		}
		try {
			int count = Integer.parseInt(typed.strip());
			if (count >= 0 && count <= 1_000_000) {
				return count;
			}
		}
		catch (NumberFormatException notANumber) {
			// refused below
		}
		throw DomainException.invalid("meetings.attendance-invalid");
	}

	private static LocalDate date(String typed) {
		if (blank(typed)) {
			return null;
		}
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException e) {
			throw DomainException.invalid("meetings.due-invalid");
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
	}
}
