package org.ortakakil.requests;

import java.time.Instant;

import org.ortakakil.audit.AuditableEvent;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.ResourceRef;

/**
 * A request moved from one state to another ({@code from} equals {@code to} for a change of category
 * or priority, and for a reopened request {@code to} is {@link RequestState#ACCEPTED}). {@code publicly}
 * says whether the reporter is told. Nothing personal is carried: the reporter's contact details stay
 * in the request, the note in its history.
 */
public record ServiceRequestStatusChanged(long requestId, String serviceRequestId, String serviceCode, String unitKey,
		RequestState from, RequestState to, String step, boolean publicly, Actor actor, Instant occurredAt)
		implements AuditableEvent {

	@Override
	public String action() {
		return ServiceRequestSubmitted.RESOURCE_TYPE + "." + step;
	}

	@Override
	public ResourceRef resource() {
		return ResourceRef.of(ServiceRequestSubmitted.RESOURCE_TYPE, requestId);
	}

	@Override
	public String summary() {
		return serviceRequestId + " " + from + " → " + to;
	}
}
