package org.ortakakil.geography.web;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * Points for a map, as the JSON its {@code data-points} attribute carries. They are drawn as
 * circles, so they need no marker images and show even when no tile server answers.
 */
final class MapPoints {

	record Point(double lat, double lon, String label) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private MapPoints() {
	}

	static String of(List<Point> points) {
		return JSON.writeValueAsString(points);
	}
}
