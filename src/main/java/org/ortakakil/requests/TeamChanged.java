package org.ortakakil.requests;

import java.time.Instant;

import org.ortakakil.audit.AuditableEvent;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.ResourceRef;

/**
 * A unit's motorized team was created or changed (members, vehicle, skills, shifts, capacity). The log
 * names the team and its unit, not its members.
 */
public record TeamChanged(long teamId, String teamName, String unitKey, boolean created, Actor actor,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return created ? "team.created" : "team.changed";
	}

	@Override
	public ResourceRef resource() {
		return ResourceRef.of("team", teamId);
	}

	@Override
	public String summary() {
		return unitKey + " " + teamName;
	}
}
