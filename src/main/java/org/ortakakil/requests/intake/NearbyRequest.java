package org.ortakakil.requests.intake;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An open request of the same category close to a point: what a resident may say "me too" to. */
public record NearbyRequest(@JsonProperty("service_request_id") String serviceRequestId, String description,
		@JsonProperty("distance_m") long distanceM, OffsetDateTime requested, @JsonProperty("me_too") int meToo) {
}
