package org.ortakakil.proposals;

import java.util.List;
import java.util.Optional;

/** What other modules may ask about proposals. Drafts are never returned. */
public interface Proposals {

	Optional<ProposalView> find(long id);

	/** The principals of the proposal's supporters, in the order they supported; for notifications. */
	List<String> supporters(long proposalId);

	/** The page of a proposal, e.g. {@code /proposals/12}. */
	default String path(long id) {
		return "/proposals/" + id;
	}
}
