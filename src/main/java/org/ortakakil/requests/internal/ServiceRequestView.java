package org.ortakakil.requests.internal;

import java.time.OffsetDateTime;

/**
 * A request as the public may see it, GeoReport's fields and nothing personal. For a private category
 * the point is already blurred (two decimals, about 500 m) and the address and media are null.
 * {@code lat}, {@code lon} and the optional texts may be null.
 */
public record ServiceRequestView(String serviceRequestId, String status, String statusNotes, String serviceCode,
		String description, String agencyResponsible, String serviceNotice, OffsetDateTime requested,
		OffsetDateTime updated, OffsetDateTime expected, String address, String addressId, Double lat, Double lon,
		String mediaUrl) {
}
