package org.ortakakil.proposals;

import java.time.Instant;

/** A resident supported a proposal ({@code added}) or took the support back; for notifications. */
public record ProposalSupported(long proposalId, String principal, boolean added, Instant occurredAt) {
}
