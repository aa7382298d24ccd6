package org.ortakakil.requests;

import java.time.Instant;
import java.util.Locale;

import org.ortakakil.audit.AuditableEvent;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.ResourceRef;

/**
 * A category of the service catalogue was created or changed by an administrator; {@code detail} names
 * what changed (an attribute's code, a district's id), for the audit log.
 */
public record ServiceCategoryChanged(long categoryId, String code, Change change, String detail, Actor actor,
		Instant occurredAt) implements AuditableEvent {

	public enum Change {
		CREATED, EDITED, ATTRIBUTE_ADDED, ATTRIBUTE_REMOVED, ATTRIBUTE_MOVED, ROUTING_SET, ROUTING_REMOVED
	}

	public static final String RESOURCE_TYPE = "service-category";

	@Override
	public String action() {
		return RESOURCE_TYPE + "." + change.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	@Override
	public ResourceRef resource() {
		return ResourceRef.of(RESOURCE_TYPE, categoryId);
	}

	@Override
	public String summary() {
		return detail == null || detail.isEmpty() ? code : code + " " + detail;
	}
}
