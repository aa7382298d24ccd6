package org.ortakakil.proposals;

import java.time.Instant;

import org.ortakakil.audit.AuditableEvent;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.ResourceRef;

/**
 * What happened to a proposal, for the audit log, notifications and search. {@code kind} is one of
 * PUBLISHED, CHANGED, QUALIFIED (reached its board's support threshold), ANSWERED (the official answer
 * was published; {@code state} tells which), WITHDRAWN, HIDDEN, RESTORED. Carries nothing personal
 * beyond the actor; listeners read the rest with {@link Proposals#find}.
 */
public record ProposalEvent(long proposalId, Kind kind, ProposalState state, Actor actor, Instant occurredAt)
		implements AuditableEvent {

	public enum Kind { PUBLISHED, CHANGED, QUALIFIED, ANSWERED, WITHDRAWN, HIDDEN, RESTORED }

	@Override
	public String action() {
		return "proposal." + kind.name().toLowerCase(java.util.Locale.ROOT);
	}

	@Override
	public ResourceRef resource() {
		return ResourceRef.of("proposal", proposalId);
	}
}
