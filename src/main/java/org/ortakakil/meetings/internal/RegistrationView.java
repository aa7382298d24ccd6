package org.ortakakil.meetings.internal;

import java.time.OffsetDateTime;

import org.ortakakil.meetings.RegistrationStatus;

/**
 * A person's registration for a meeting. {@code code} is what they show at the door; {@code reserved}
 * says it took one of the places kept for staff registering a resident who is present ({@code assistedBy}).
 */
public record RegistrationView(long id, long meetingId, String principal, RegistrationStatus status, String code,
		boolean reserved, String assistedBy, String language, OffsetDateTime createdAt, OffsetDateTime checkedInAt) {
}
