package org.ortakakil.geography;

import org.ortakakil.shared.DomainException;

/** A WGS 84 coordinate. */
public record GeoPoint(double lat, double lon) {

	public GeoPoint {
		if (!Double.isFinite(lat) || !Double.isFinite(lon) || lat < -90 || lat > 90 || lon < -180 || lon > 180) {
			throw DomainException.invalid("geo.coordinate-out-of-range");
		}
	}
}
