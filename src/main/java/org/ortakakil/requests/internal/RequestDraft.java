package org.ortakakil.requests.internal;

import java.util.List;
import java.util.Map;

import org.ortakakil.requests.Channel;

/**
 * A request as a client sent it, unchecked: texts as typed, {@code lat}/{@code lon} as typed (either may
 * be null), the answers by attribute code (a multivaluelist has several). The contact details are
 * personal: stored for the unit, never shown by the public API.
 */
public record RequestDraft(String serviceCode, String lat, String lon, String addressString, String addressId,
		String email, String deviceId, String accountId, String firstName, String lastName, String phone,
		String description, String mediaUrl, Map<String, List<String>> attributes, Channel channel) {

	public RequestDraft {
		attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
	}
}
