package org.ortakakil.platform;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the platform module ({@code ortakakil.*}).
 *
 * @param map where map tiles come from; with no tile URL maps show boundaries and points only
 * @param rateLimit per-address limits of expensive endpoints
 */
@ConfigurationProperties("ortakakil")
public record PlatformProperties(@DefaultValue Map map, @DefaultValue RateLimit rateLimit) {

	/**
	 * @param tileUrl a Leaflet tile URL template such as {@code https://tile.example.org/{z}/{x}/{y}.png}
	 * @param tileAttribution the attribution the tile provider asks for
	 */
	public record Map(@DefaultValue("") String tileUrl, @DefaultValue("") String tileAttribution) {

		/** The tile server's origin, for the Content-Security-Policy; empty when there is none. */
		public String tileOrigin() {
			java.util.regex.Matcher origin = java.util.regex.Pattern.compile("^(https?://[^/]+)").matcher(tileUrl.strip());
			return origin.find() ? origin.group(1).replace("{s}", "*") : "";
		}
	}

	/**
	 * @param paths Ant-style path patterns that are limited
	 * @param requestsPerMinute the sustained rate allowed to one address
	 * @param burst how many requests one address may send at once
	 */
	public record RateLimit(@DefaultValue({ "/api/v1/geo/locate", "/login" }) List<String> paths,
			@DefaultValue("120") int requestsPerMinute, @DefaultValue("30") int burst) {
	}
}
