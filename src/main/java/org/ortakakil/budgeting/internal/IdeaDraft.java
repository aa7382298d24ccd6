package org.ortakakil.budgeting.internal;

import java.math.BigDecimal;

/**
 * An idea as its author writes it: title and text in one language, a topic, where (district, neighbourhood,
 * address, a point on the map: all optional) and what the author thinks it costs (optional).
 */
public record IdeaDraft(String title, String body, String language, String topic, Integer districtId,
		Integer neighbourhoodId, String address, Double lat, Double lon, BigDecimal proposedCost) {

	public static IdeaDraft of(String title, String body) {
		return new IdeaDraft(title, body, "tr", "other", null, null, null, null, null, null);
	}
}
