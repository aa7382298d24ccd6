package org.ortakakil.requests.internal;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A search of requests, each part optional but the range and the page: ids (which override the rest),
 * category, statuses ({@code open}, {@code closed}), requested between {@code from} and {@code to},
 * updated after and before, the district (our extension; null for any). Newest first; {@code page} counts
 * from 1.
 */
public record RequestQuery(List<String> ids, String serviceCode, List<String> statuses, OffsetDateTime from,
		OffsetDateTime to, OffsetDateTime updatedAfter, OffsetDateTime updatedBefore, int page, int pageSize,
		Integer districtId) {

	public RequestQuery {
		ids = ids == null ? List.of() : List.copyOf(ids);
		statuses = statuses == null ? List.of() : List.copyOf(statuses);
	}

	/** A query of any district. */
	public RequestQuery(List<String> ids, String serviceCode, List<String> statuses, OffsetDateTime from,
			OffsetDateTime to, OffsetDateTime updatedAfter, OffsetDateTime updatedBefore, int page, int pageSize) {
		this(ids, serviceCode, statuses, from, to, updatedAfter, updatedBefore, page, pageSize, null);
	}
}
