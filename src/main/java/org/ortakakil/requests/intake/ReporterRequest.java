package org.ortakakil.requests.intake;

import java.time.OffsetDateTime;

import org.ortakakil.requests.RequestState;

/** One line of a resident's list of requests: one they filed, or one they said "me too" to. */
public record ReporterRequest(String serviceRequestId, String serviceCode, RequestState state,
		OffsetDateTime requested) {
}
