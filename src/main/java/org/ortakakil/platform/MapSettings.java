package org.ortakakil.platform;

import org.springframework.stereotype.Component;

/** Map settings for templates: {@code ${@mapSettings.tileUrl}}. */
@Component("mapSettings")
public class MapSettings {

	private final PlatformProperties.Map map;

	MapSettings(PlatformProperties properties) {
		this.map = properties.map();
	}

	public String getTileUrl() {
		return map.tileUrl();
	}

	public String getTileAttribution() {
		return map.tileAttribution();
	}
}
