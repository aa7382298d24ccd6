package org.ortakakil.requests.teams;

import java.time.Instant;

/** Where a team last said it was, and when. */
public record TeamPosition(long teamId, double lat, double lon, Instant reportedAt) {
}
