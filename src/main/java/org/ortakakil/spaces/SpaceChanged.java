package org.ortakakil.spaces;

import java.time.Instant;
import java.util.Locale;

import org.ortakakil.audit.AuditableEvent;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.ResourceRef;

/** A process or an assembly was created, edited, published or unpublished by someone. */
public record SpaceChanged(SpaceKind kind, long spaceId, String slug, Change change, Actor actor, Instant occurredAt)
		implements AuditableEvent {

	public enum Change { CREATED, EDITED, PUBLISHED, UNPUBLISHED }

	@Override
	public String action() {
		return kind.resourceType() + "." + change.name().toLowerCase(Locale.ROOT);
	}

	@Override
	public ResourceRef resource() {
		return ResourceRef.of(kind.resourceType(), spaceId);
	}

	@Override
	public String summary() {
		return slug;
	}
}
