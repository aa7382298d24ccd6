package org.ortakakil.places;

import java.util.Objects;

/** The public Wi-Fi at a place: the network's name (SSID) and whether it works. */
public record Wifi(String ssid, WifiStatus status) {

	public Wifi {
		Objects.requireNonNull(ssid, "ssid");
		Objects.requireNonNull(status, "status");
	}
}
