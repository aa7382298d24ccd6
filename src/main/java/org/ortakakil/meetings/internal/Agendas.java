package org.ortakakil.meetings.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.ortakakil.meetings.MeetingChanged;
import org.ortakakil.meetings.MeetingView;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's agenda: ordered items with durations, presenters and optional links to proposals, which
 * the organisers write and publish before the meeting; residents may propose items until it starts,
 * and the organisers take or decline them. Once a published agenda's meeting has started it no longer
 * changes.
 */
@Service
@Transactional
public class Agendas {

	public static final int TITLE_MAX = 300;

	private static final String SELECT = """
			SELECT id, meeting_id, position, title, description, duration_minutes, presenter, proposal_ref, status,
			proposed_by FROM meeting_agenda_item""";

	private final JdbcClient jdbc;
	private final MeetingStore meetings;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Agendas(JdbcClient jdbc, MeetingStore meetings, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.meetings = meetings;
		this.events = events;
		this.clock = clock;
	}

	/** An item of the agenda as the organiser wrote it; optional fields may be blank. */
	public record ItemDraft(String title, String description, String durationMinutes, String presenter,
			String proposalRef) {
	}

	/** Adds an item at the end of the agenda; its id. */
	public long add(long meetingId, ItemDraft draft) {
		MeetingView meeting = meetings.lock(meetingId);
		requireOpen(meeting);
		String title = required(draft.title());
		Integer duration = duration(draft.durationMinutes());
		return insert(meetingId, nextPosition(meetingId), title, optional(draft.description(), 4000), duration,
				optional(draft.presenter(), 200), optional(draft.proposalRef(), 500), "ACCEPTED", null);
	}

	/** A resident proposes an item before the meeting starts; the organisers decide. Its id. */
	public long propose(long meetingId, String title, String description, String principal) {
		MeetingView meeting = meetings.lock(meetingId);
		if (meeting.started(now())) {
			throw DomainException.conflict("meetings.proposals-closed");
		}
		return insert(meetingId, 0, required(title), optional(description, 4000), null, null, null, "PROPOSED",
				principal);
	}

	/** The organisers take a proposed item onto the agenda (at its end) or decline it. */
	public void decide(long itemId, boolean accept) {
		AgendaItem item = get(itemId);
		MeetingView meeting = meetings.lock(item.meetingId());
		requireOpen(meeting);
		if (!"PROPOSED".equals(item.status())) {
			throw DomainException.conflict("meetings.item-decided");
		}
		jdbc.sql("UPDATE meeting_agenda_item SET status = ?, position = ? WHERE id = ?")
			.params(accept ? "ACCEPTED" : "DECLINED", accept ? nextPosition(item.meetingId()) : 0, itemId).update();
	}

	/** Moves an item one place up ({@code -1}) or down ({@code 1}). */
	public void move(long itemId, int direction) {
		AgendaItem item = get(itemId);
		requireOpen(meetings.lock(item.meetingId()));
		List<AgendaItem> items = items(item.meetingId(), false);
		int index = items.indexOf(item);
		int other = index + Integer.signum(direction);
		if (index < 0 || other < 0 || other >= items.size()) {
			return;
		}
		jdbc.sql("UPDATE meeting_agenda_item SET position = ? WHERE id = ?").params(items.get(other).position(), itemId)
			.update();
		jdbc.sql("UPDATE meeting_agenda_item SET position = ? WHERE id = ?")
			.params(item.position(), items.get(other).id()).update();
	}

	public void remove(long itemId) {
		AgendaItem item = get(itemId);
		requireOpen(meetings.lock(item.meetingId()));
		jdbc.sql("DELETE FROM meeting_agenda_item WHERE id = ?").param(itemId).update();
	}

	/** Publishes the agenda (once; publishing again changes nothing). */
	public void publish(long meetingId, Actor actor) {
		meetings.lock(meetingId);
		int changed = jdbc.sql("UPDATE meeting SET agenda_published_at = ? WHERE id = ? AND agenda_published_at IS NULL")
			.params(now(), meetingId).update();
		if (changed == 1) {
			events.publishEvent(new MeetingChanged(meetingId, "agenda-published", actor, now().toInstant()));
		}
	}

	/** The agenda in order; with the residents' proposals (proposed and declined) after it when asked. */
	@Transactional(readOnly = true)
	public List<AgendaItem> items(long meetingId, boolean withProposals) {
		return jdbc.sql(SELECT + " WHERE meeting_id = ?" + (withProposals ? "" : " AND status = 'ACCEPTED'")
				+ " ORDER BY CASE status WHEN 'ACCEPTED' THEN 0 WHEN 'PROPOSED' THEN 1 ELSE 2 END, position, id")
			.param(meetingId)
			.query(Agendas::read)
			.list();
	}

	@Transactional(readOnly = true)
	public AgendaItem get(long itemId) {
		return jdbc.sql(SELECT + " WHERE id = ?").param(itemId)
			.query(Agendas::read)
			.optional().orElseThrow(() -> DomainException.notFound("meetings.item-not-found"));
	}

	private static AgendaItem read(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AgendaItem(rs.getLong("id"), rs.getLong("meeting_id"), rs.getInt("position"), rs.getString("title"),
				rs.getString("description"), rs.getObject("duration_minutes", Integer.class), rs.getString("presenter"),
				rs.getString("proposal_ref"), rs.getString("status"), rs.getString("proposed_by"));
	}

	private void requireOpen(MeetingView meeting) {
		if (meeting.agendaPublished() && meeting.started(now())) {
			throw DomainException.conflict("meetings.agenda-closed");
		}
	}

	private long insert(long meetingId, int position, String title, String description, Integer duration,
			String presenter, String proposalRef, String status, String proposedBy) {
		org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO meeting_agenda_item (meeting_id, position, title, description, duration_minutes, presenter,
				proposal_ref, status, proposed_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(meetingId, position, title, description, duration, presenter, proposalRef, status, proposedBy, now())
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	private int nextPosition(long meetingId) {
		return jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM meeting_agenda_item WHERE meeting_id = ?"
				+ " AND status = 'ACCEPTED'").param(meetingId).query(Integer.class).single();
	}

	private static String required(String title) {
		String text = optional(title, TITLE_MAX);
		if (text == null) {
			throw DomainException.invalid("meetings.item-title-missing");
		}
		return text;
	}

	private static String optional(String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.strip().length() > max) {
			throw DomainException.invalid("meetings.text-too-long", max);
		}
		return text.strip();
	}

	private static Integer duration(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			int minutes = Integer.parseInt(typed.strip());
			if (minutes >= 1 && minutes <= 600) {
				return minutes;
			}
		}
		catch (NumberFormatException notANumber) {
			// refused below
		}
		throw DomainException.invalid("meetings.duration-invalid");
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
	}
}
