package org.ortakakil.spaces.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ortakakil.geography.District;
import org.ortakakil.geography.DistrictSection;
import org.ortakakil.spaces.Spaces;
import org.springframework.stereotype.Component;

/** On a district's page: the processes and assemblies that concern it. */
@Component
class SpacesDistrictSection implements DistrictSection {

	private final Spaces spaces;
	private final SpaceFilters filters;

	SpacesDistrictSection(Spaces spaces, SpaceFilters filters) {
		this.spaces = spaces;
		this.filters = filters;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String template() {
		return "spaces/district-section";
	}

	@Override
	public String selector() {
		return "section";
	}

	@Override
	public Map<String, Object> model(District district, Locale locale) {
		return Map.of("processes", filters.processes(spaces.processes(), Optional.of(district), null),
				"assemblies", filters.assemblies(spaces.assemblies(), Optional.of(district), null).stream()
					.filter(a -> !a.districtIds().isEmpty()).toList());
	}
}
