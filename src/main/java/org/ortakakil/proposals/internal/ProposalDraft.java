package org.ortakakil.proposals.internal;

import java.util.List;

/**
 * What an author writes. {@code scopeType} is CITY, DISTRICTS or NEIGHBOURHOOD; {@code sdgs} are UN
 * Sustainable Development Goals 1 to 17; {@code coauthors} are principals of other accounts.
 */
public record ProposalDraft(String title, String body, String language, String topic, List<Integer> sdgs,
		String scopeType, List<Integer> districtIds, Integer neighbourhoodId, Double lat, Double lon,
		List<String> coauthors) {

	public ProposalDraft {
		sdgs = sdgs == null ? List.of() : List.copyOf(sdgs);
		districtIds = districtIds == null ? List.of() : List.copyOf(districtIds);
		coauthors = coauthors == null ? List.of() : List.copyOf(coauthors);
	}
}
