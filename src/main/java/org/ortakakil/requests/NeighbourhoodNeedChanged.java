package org.ortakakil.requests;

import java.time.Instant;
import java.util.Locale;

import org.ortakakil.audit.AuditableEvent;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.ResourceRef;

/**
 * A muhtar (or an administrator) changed a neighbourhood's list of needs: added or edited a need,
 * changed its status or rank, or linked a request or proposal to it. {@code detail} says what (the
 * new status, the new rank, the link), never who asked for it: needs carry no personal data.
 */
public record NeighbourhoodNeedChanged(long needId, int neighbourhoodId, Change change, String detail, Actor actor,
		Instant occurredAt) implements AuditableEvent {

	public enum Change {
		CREATED, EDITED, STATUS_CHANGED, MOVED, LINKED, UNLINKED
	}

	public static final String RESOURCE_TYPE = "neighbourhood-need";

	@Override
	public String action() {
		return RESOURCE_TYPE + "." + change.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	@Override
	public ResourceRef resource() {
		return ResourceRef.of(RESOURCE_TYPE, needId);
	}

	@Override
	public String summary() {
		return "neighbourhood:" + neighbourhoodId + (detail == null || detail.isEmpty() ? "" : " " + detail);
	}
}
