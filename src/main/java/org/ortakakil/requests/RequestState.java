package org.ortakakil.requests;

import java.util.Set;

/**
 * Where a request stands in its handling. GeoReport's {@code status} is {@code closed} for the final
 * states ({@link #RESOLVED}, {@link #REJECTED}, {@link #MERGED}) and {@code open} otherwise.
 * {@link #WAITING} (for the resident) pauses the deadline clock.
 */
public enum RequestState {
	NEW, ACCEPTED, ASSIGNED, IN_PROGRESS, WAITING, RESOLVED, REJECTED, MERGED;

	/** The states a unit still has work in. */
	public static final Set<RequestState> OPEN = Set.of(NEW, ACCEPTED, ASSIGNED, IN_PROGRESS, WAITING);

	public boolean open() {
		return OPEN.contains(this);
	}

	/** GeoReport's status for this state. */
	public String geoReportStatus() {
		return open() ? "open" : "closed";
	}
}
