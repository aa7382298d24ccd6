package org.ortakakil.geography;

import java.math.BigDecimal;

/** One of İstanbul's 39 districts (ilçe). */
public record District(int id, String slug, String name, Side side, long population, BigDecimal areaKm2,
		int neighbourhoodCount, GeoPoint centroid) {
}
