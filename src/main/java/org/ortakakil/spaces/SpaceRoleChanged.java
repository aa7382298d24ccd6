package org.ortakakil.spaces;

import java.time.Instant;

import org.ortakakil.audit.AuditableEvent;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.ResourceRef;

/** A space role was granted to, or revoked from, a person. */
public record SpaceRoleChanged(SpaceKind kind, long spaceId, String principal, SpaceRole role, boolean granted,
		Actor actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return granted ? "space-role.granted" : "space-role.revoked";
	}

	@Override
	public ResourceRef resource() {
		return ResourceRef.of(kind.resourceType(), spaceId);
	}

	@Override
	public String summary() {
		return role + " " + principal;
	}
}
