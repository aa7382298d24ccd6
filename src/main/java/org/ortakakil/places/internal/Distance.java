package org.ortakakil.places.internal;

import org.ortakakil.geography.GeoPoint;

/**
 * Straight-line distances on the Earth (haversine, mean radius) and the bounding box around a point
 * that the database narrows a search with. Within a city the error of the sphere is far below a metre
 * per kilometre.
 */
final class Distance {

	static final double EARTH_RADIUS_METRES = 6_371_008.8;

	/** Latitude and longitude limits of a box that holds every point within the radius. */
	record Box(double minLat, double maxLat, double minLon, double maxLon) {
	}

	private Distance() {
	}

	static double metres(GeoPoint a, GeoPoint b) {
		double dLat = Math.toRadians(b.lat() - a.lat());
		double dLon = Math.toRadians(b.lon() - a.lon());
		double h = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(a.lat())) * Math.cos(Math.toRadians(b.lat())) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
	}

	static Box around(GeoPoint centre, double radiusMetres) {
		double dLat = Math.toDegrees(radiusMetres / EARTH_RADIUS_METRES);
		double dLon = Math.toDegrees(radiusMetres / (EARTH_RADIUS_METRES * Math.cos(Math.toRadians(centre.lat()))));
		return new Box(centre.lat() - dLat, centre.lat() + dLat, centre.lon() - dLon, centre.lon() + dLon);
	}

	/** The point reached by going the distance from the start towards the bearing (degrees from north). */
	static GeoPoint offset(GeoPoint start, double metres, double bearingDegrees) {
		double d = metres / EARTH_RADIUS_METRES;
		double bearing = Math.toRadians(bearingDegrees);
		double lat1 = Math.toRadians(start.lat());
		double lon1 = Math.toRadians(start.lon());
		double lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(bearing));
		double lon2 = lon1 + Math.atan2(Math.sin(bearing) * Math.sin(d) * Math.cos(lat1),
				Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
		return new GeoPoint(Math.toDegrees(lat2), Math.toDegrees(lon2));
	}
}
