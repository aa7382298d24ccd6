package org.ortakakil.requests.transparency;

import java.time.OffsetDateTime;

import org.ortakakil.requests.RequestState;

/**
 * A request as the public list, map, JSON and CSV show it. For a private category ({@code isPrivate})
 * the point, description and photo are null: only its category, district, neighbourhood and state are
 * public. {@code cursor} marks its place in the newest-first order, for the next page.
 */
public record PublicRequest(String serviceRequestId, String category, Integer districtId, Integer neighbourhoodId,
		String status, RequestState state, OffsetDateTime requested, OffsetDateTime updated, Double lat, Double lon,
		String description, String mediaUrl, boolean isPrivate, String cursor) {

	/** Whether it may be drawn on the map. */
	public boolean hasPoint() {
		return lat != null && lon != null;
	}
}
