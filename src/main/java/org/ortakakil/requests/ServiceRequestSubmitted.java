package org.ortakakil.requests;

import java.time.Instant;

import org.ortakakil.audit.AuditableEvent;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.ResourceRef;

/**
 * A service request was made and routed to a unit. It carries no personal data: not the reporter's
 * contact details, not the description, not the point; only what was asked of whom, and how.
 */
public record ServiceRequestSubmitted(long requestId, String serviceRequestId, String serviceCode, String unitKey,
		Channel channel, Actor actor, Instant occurredAt) implements AuditableEvent {

	public static final String RESOURCE_TYPE = "service-request";

	@Override
	public String action() {
		return RESOURCE_TYPE + ".submitted";
	}

	@Override
	public ResourceRef resource() {
		return ResourceRef.of(RESOURCE_TYPE, requestId);
	}

	@Override
	public String summary() {
		return serviceRequestId + " " + serviceCode + " " + unitKey + " " + channel.name();
	}
}
