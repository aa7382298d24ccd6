package org.ortakakil.places.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ortakakil.geography.District;
import org.ortakakil.geography.DistrictSection;
import org.springframework.stereotype.Component;

/** On a district's page: the places in it, with a link to them on the map. */
@Component
class PlacesDistrictSection implements DistrictSection {

	private final PlaceFilters filters;

	PlacesDistrictSection(PlaceFilters filters) {
		this.filters = filters;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public String template() {
		return "places/district-section";
	}

	@Override
	public String selector() {
		return "section";
	}

	@Override
	public Map<String, Object> model(District district, Locale locale) {
		return Map.of("places", filters.find(null, Optional.of(district)), "now", filters.now(), "district", district);
	}
}
