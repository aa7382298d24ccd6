package org.ortakakil.meetings;

import java.time.Instant;

import org.ortakakil.audit.AuditableEvent;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.ResourceRef;

/**
 * An organiser's act on a meeting, for the audit log: created, changed, agenda published, minutes
 * published, a cycle planned. Nothing about the attendees.
 */
public record MeetingChanged(long meetingId, String change, Actor actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "meeting." + change;
	}

	@Override
	public ResourceRef resource() {
		return ResourceRef.of("meeting", meetingId);
	}
}
