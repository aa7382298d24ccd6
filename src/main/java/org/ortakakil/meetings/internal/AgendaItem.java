package org.ortakakil.meetings.internal;

/**
 * An item of a meeting's agenda. {@code status} is ACCEPTED for items on the agenda, PROPOSED for a
 * resident's proposal waiting for the organisers, DECLINED for one they did not take; optional fields
 * may be null.
 */
public record AgendaItem(long id, long meetingId, int position, String title, String description,
		Integer durationMinutes, String presenter, String proposalRef, String status, String proposedBy) {

	public boolean accepted() {
		return "ACCEPTED".equals(status);
	}
}
