package org.ortakakil.spaces.web;

import java.util.List;
import java.util.Optional;

import org.ortakakil.geography.District;
import org.ortakakil.geography.Geography;
import org.ortakakil.shared.DomainException;
import org.ortakakil.spaces.AssemblyType;
import org.ortakakil.spaces.AssemblyView;
import org.ortakakil.spaces.ProcessView;
import org.ortakakil.spaces.TimeState;
import org.springframework.stereotype.Component;

/** The filters shared by the space pages and the API: by district, by time, by type. */
@Component
class SpaceFilters {

	private final Geography geography;

	SpaceFilters(Geography geography) {
		this.geography = geography;
	}

	/** An unknown slug is a client's mistake, answered with a clear error rather than an empty list. */
	Optional<District> district(String slug) {
		if (slug == null || slug.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(geography.district(slug).orElseThrow(() -> DomainException.invalid("district.unknown", slug)));
	}

	List<ProcessView> processes(List<ProcessView> all, Optional<District> district, TimeState state) {
		return all.stream()
			.filter(p -> district.isEmpty() || concerns(p, district.get()))
			.filter(p -> state == null || p.state() == state)
			.toList();
	}

	List<AssemblyView> assemblies(List<AssemblyView> all, Optional<District> district, AssemblyType type) {
		return all.stream()
			.filter(a -> district.isEmpty() || concerns(a, district.get()))
			.filter(a -> type == null || a.type() == type)
			.toList();
	}

	boolean concerns(ProcessView process, District district) {
		Integer neighbourhoodDistrict = process.neighbourhoodId() == null ? null
				: geography.neighbourhood(process.neighbourhoodId()).map(n -> n.districtId()).orElse(null);
		return process.concernsDistrict(district.id(), neighbourhoodDistrict);
	}

	/** An assembly without districts works for the whole city, so it concerns every district. */
	static boolean concerns(AssemblyView assembly, District district) {
		return assembly.districtIds().isEmpty() || assembly.districtIds().contains(district.id());
	}
}
