package org.ortakakil.platform;

import org.springframework.stereotype.Component;

/** Map settings; every page model carries them as {@code map} (see MapModel). */
@Component
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
