package org.ortakakil.requests.needs;

import java.math.BigDecimal;
import java.util.List;

/** One of a neighbourhood's larger needs, as its muhtar ranked it (1 = most important). */
public record Need(long id, int neighbourhoodId, int districtId, String title, String description, BigDecimal estimatedCost,
		int rank, NeedStatus status, List<NeedLink> links) {

	public long linkedRequests() {
		return links.stream().filter(link -> link.kind() == LinkKind.REQUEST).count();
	}
}
