package org.ortakakil.geography.internal;

import java.util.ArrayList;
import java.util.List;

import org.ortakakil.geography.GeoPoint;

import tools.jackson.databind.JsonNode;

/**
 * A district boundary from a GeoJSON Polygon or MultiPolygon, answering "is this point inside?" by
 * the even-odd rule (so holes work), after a bounding-box check that rejects most districts at once.
 */
final class Boundary {

	/** Each ring as {lon0, lat0, lon1, lat1, ...}. */
	private final List<double[]> rings;
	private final double minLat, maxLat, minLon, maxLon;

	private Boundary(List<double[]> rings) {
		this.rings = rings;
		double minLatSeen = Double.MAX_VALUE, maxLatSeen = -Double.MAX_VALUE;
		double minLonSeen = Double.MAX_VALUE, maxLonSeen = -Double.MAX_VALUE;
		for (double[] ring : rings) {
			for (int i = 0; i < ring.length; i += 2) {
				minLonSeen = Math.min(minLonSeen, ring[i]);
				maxLonSeen = Math.max(maxLonSeen, ring[i]);
				minLatSeen = Math.min(minLatSeen, ring[i + 1]);
				maxLatSeen = Math.max(maxLatSeen, ring[i + 1]);
			}
		}
		this.minLat = minLatSeen;
		this.maxLat = maxLatSeen;
		this.minLon = minLonSeen;
		this.maxLon = maxLonSeen;
	}

	static Boundary fromGeoJson(JsonNode geometry) {
		String type = geometry.get("type").asString();
		JsonNode coordinates = geometry.get("coordinates");
		List<double[]> rings = new ArrayList<>();
		if ("Polygon".equals(type)) {
			addPolygon(coordinates, rings);
		}
		else if ("MultiPolygon".equals(type)) {
			coordinates.forEach(polygon -> addPolygon(polygon, rings));
		}
		else {
			throw new IllegalArgumentException("Unsupported boundary geometry " + type);
		}
		return new Boundary(rings);
	}

	private static void addPolygon(JsonNode polygon, List<double[]> rings) {
		for (JsonNode ring : polygon) {
			double[] flat = new double[ring.size() * 2];
			for (int i = 0; i < ring.size(); i++) {
				flat[2 * i] = ring.get(i).get(0).asDouble();
				flat[2 * i + 1] = ring.get(i).get(1).asDouble();
			}
			rings.add(flat);
		}
	}

	boolean contains(GeoPoint point) {
		double x = point.lon(), y = point.lat();
		if (y < minLat || y > maxLat || x < minLon || x > maxLon) {
			return false;
		}
		boolean inside = false;
		for (double[] ring : rings) {
			int n = ring.length / 2;
			for (int i = 0, j = n - 1; i < n; j = i++) {
				double xi = ring[2 * i], yi = ring[2 * i + 1], xj = ring[2 * j], yj = ring[2 * j + 1];
				if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
					inside = !inside;
				}
			}
		}
		return inside;
	}
}
