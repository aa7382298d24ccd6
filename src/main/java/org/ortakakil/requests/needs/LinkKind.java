package org.ortakakil.requests.needs;

/** What a need links to: a service request of the neighbourhood, or a proposal (kept as written). */
public enum LinkKind {
	REQUEST, PROPOSAL
}
