package org.ortakakil.geography.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ortakakil.geography.District;
import org.ortakakil.geography.GeoPoint;
import org.ortakakil.geography.Neighbour;
import org.ortakakil.geography.Neighbourhood;
import org.ortakakil.geography.Province;

/** An immutable snapshot of the whole geography, indexed for the lookups the application makes. */
record Atlas(List<District> districts, Map<String, District> districtsBySlug, Map<Integer, District> districtsById,
		Map<Integer, List<Neighbourhood>> neighbourhoodsByDistrict, Map<Integer, Neighbourhood> neighbourhoodsById,
		Map<Integer, List<Neighbour>> neighboursByDistrict, Map<Integer, Boundary> boundaries,
		List<Province> provinces, String boundariesGeoJson) {

	static final Comparator<String> TURKISH = Collator.getInstance(Locale.forLanguageTag("tr"))::compare;

	static Atlas of(List<District> districts, List<Neighbourhood> neighbourhoods,
			Map<Integer, List<Neighbour>> neighbours, Map<Integer, Boundary> boundaries, List<Province> provinces,
			String boundariesGeoJson) {
		List<District> sorted = districts.stream().sorted(Comparator.comparing(District::name, TURKISH)).toList();
		return new Atlas(sorted,
				sorted.stream().collect(Collectors.toUnmodifiableMap(District::slug, Function.identity())),
				sorted.stream().collect(Collectors.toUnmodifiableMap(District::id, Function.identity())),
				neighbourhoods.stream().sorted(Comparator.comparing(Neighbourhood::name, TURKISH))
						.collect(Collectors.groupingBy(Neighbourhood::districtId, Collectors.toUnmodifiableList())),
				neighbourhoods.stream().collect(Collectors.toUnmodifiableMap(Neighbourhood::id, Function.identity())),
				Map.copyOf(neighbours), Map.copyOf(boundaries), List.copyOf(provinces), boundariesGeoJson);
	}

	Optional<District> locate(GeoPoint point) {
		return districts.stream().filter(d -> boundaries.get(d.id()).contains(point)).findFirst();
	}
}
