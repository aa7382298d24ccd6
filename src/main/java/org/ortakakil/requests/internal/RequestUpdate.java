package org.ortakakil.requests.internal;

import java.time.OffsetDateTime;

import org.ortakakil.requests.RequestState;

/**
 * One entry of a request's history. {@code from}/{@code to} are null for a note and equal for a change
 * that kept the state; {@code actor} (a principal or "system") is for staff, never shown publicly.
 */
public record RequestUpdate(OffsetDateTime at, boolean internal, RequestState from, RequestState to, String note,
		String actor, String assistedBy, String photoKey) {
}
