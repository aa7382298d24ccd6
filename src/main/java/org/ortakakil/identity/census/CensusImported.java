package org.ortakakil.identity.census;

import java.time.Instant;

import org.ortakakil.audit.AuditableEvent;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.ResourceRef;

/** A census import replaced the census. Counts only: no number, no date, no neighbourhood of anyone. */
public record CensusImported(long importId, long rowsAccepted, long rowsRejected, long personsAdded,
		long personsMoved, long personsRemoved, Actor actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "census.imported";
	}

	@Override
	public ResourceRef resource() {
		return ResourceRef.of("census-import", importId);
	}

	@Override
	public String summary() {
		return "accepted " + rowsAccepted + ", rejected " + rowsRejected + ", added " + personsAdded + ", moved "
				+ personsMoved + ", removed " + personsRemoved;
	}
}
