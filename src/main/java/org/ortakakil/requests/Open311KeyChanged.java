package org.ortakakil.requests;

import java.time.Instant;
import java.util.Locale;

import org.ortakakil.audit.AuditableEvent;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.ResourceRef;

/** An administrator issued or revoked an Open311 API key; the key itself is never in the event. */
public record Open311KeyChanged(long keyId, String appName, Change change, Actor actor, Instant occurredAt)
		implements AuditableEvent {

	public enum Change {
		ISSUED, REVOKED
	}

	public static final String RESOURCE_TYPE = "open311-key";

	@Override
	public String action() {
		return RESOURCE_TYPE + "." + change.name().toLowerCase(Locale.ROOT);
	}

	@Override
	public ResourceRef resource() {
		return ResourceRef.of(RESOURCE_TYPE, keyId);
	}

	@Override
	public String summary() {
		return appName;
	}
}
