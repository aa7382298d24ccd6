package org.ortakakil.requests.internal;

import java.util.List;
import java.util.Map;

import org.ortakakil.requests.Channel;

/**
 * A request as a client sent it, unchecked: texts as typed, {@code lat}/{@code lon} as typed (either may
 * be null), the answers by attribute code (a multivaluelist has several). The contact details are
 * personal: stored for the unit, never shown by the public API. {@code accountId} is GeoReport's (the
 * client application's identifier of its user); {@code reporter} is the principal of the logged-in
 * reporter on this platform, {@code neighbourhoodId} the neighbourhood they chose (it must lie in the
 * point's district) and {@code language} the one their updates are written in.
 */
public record RequestDraft(String serviceCode, String lat, String lon, String addressString, String addressId,
		String email, String deviceId, String accountId, String firstName, String lastName, String phone,
		String description, String mediaUrl, Map<String, List<String>> attributes, Channel channel,
		Integer neighbourhoodId, String reporter, String language) {

	public RequestDraft {
		attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
		language = language == null || language.isBlank() ? "tr" : language;
	}

	/** A draft from a GeoReport client: no neighbourhood, no platform account, Turkish updates. */
	public RequestDraft(String serviceCode, String lat, String lon, String addressString, String addressId,
			String email, String deviceId, String accountId, String firstName, String lastName, String phone,
			String description, String mediaUrl, Map<String, List<String>> attributes, Channel channel) {
		this(serviceCode, lat, lon, addressString, addressId, email, deviceId, accountId, firstName, lastName, phone,
				description, mediaUrl, attributes, channel, null, null, null);
	}
}
