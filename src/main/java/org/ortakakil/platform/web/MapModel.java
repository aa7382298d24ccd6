package org.ortakakil.platform.web;

import org.ortakakil.platform.MapSettings;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page may show a map; its tile settings are in the model as {@code map}. */
@ControllerAdvice
class MapModel {

	private final MapSettings settings;

	MapModel(MapSettings settings) {
		this.settings = settings;
	}

	@ModelAttribute("map")
	MapSettings map() {
		return settings;
	}
}
