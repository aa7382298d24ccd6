package org.ortakakil.meetings;

import java.time.Instant;
import java.time.LocalDate;

import org.ortakakil.audit.AuditableEvent;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.ResourceRef;

/**
 * A decision was published with a meeting's minutes: who is responsible and by when, so that
 * accountability can follow it. {@code dueOn} and {@code proposalRef} may be null.
 */
public record MeetingDecisionTaken(long decisionId, long meetingId, Integer districtId, Integer neighbourhoodId,
		String decision, String responsible, LocalDate dueOn, String proposalRef, Actor actor, Instant occurredAt)
		implements AuditableEvent {

	@Override
	public String action() {
		return "meeting.decision-taken";
	}

	@Override
	public ResourceRef resource() {
		return ResourceRef.of("meeting", meetingId);
	}

	@Override
	public String summary() {
		return "decision " + decisionId + (dueOn == null ? "" : " due " + dueOn);
	}
}
