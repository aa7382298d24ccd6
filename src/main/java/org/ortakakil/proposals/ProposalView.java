package org.ortakakil.proposals;

import java.time.Instant;
import java.util.List;

import org.ortakakil.spaces.SpaceKind;

/**
 * A proposal as other modules see it. {@code body} is the author's Markdown source; pages show the
 * sanitized HTML the proposals module renders. {@code districtIds} is empty for a city-wide proposal.
 * {@code hidden} is true while moderation hides it.
 */
public record ProposalView(long id, long boardId, SpaceKind spaceKind, long spaceId, String title, String body,
		String language, String topic, List<Integer> districtIds, Integer neighbourhoodId, Double lat, Double lon,
		String author, ProposalState state, int supportCount, boolean hidden, Instant publishedAt, Instant updatedAt) {

	public ProposalView {
		districtIds = List.copyOf(districtIds);
	}
}
