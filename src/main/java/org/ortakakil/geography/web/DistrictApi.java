package org.ortakakil.geography.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.ortakakil.geography.Crossing;
import org.ortakakil.geography.District;
import org.ortakakil.geography.GeoPoint;
import org.ortakakil.geography.Geography;
import org.ortakakil.geography.Province;
import org.ortakakil.shared.DomainException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** İstanbul's districts, neighbourhoods and neighbours, and point lookups, as JSON. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Geography", description = "Districts, neighbourhoods, adjacency and point lookups")
class DistrictApi {

	private static final CacheControl REFERENCE_DATA = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

	record NeighbourhoodItem(int id, String slug, String name, long population) {
	}

	record NeighbourItem(String slug, String name, Crossing crossing) {
	}

	private final Geography geography;

	DistrictApi(Geography geography) {
		this.geography = geography;
	}

	@GetMapping("/districts")
	@Operation(summary = "All 39 districts")
	ResponseEntity<List<District>> districts() {
		return ResponseEntity.ok().cacheControl(REFERENCE_DATA).body(geography.districts());
	}

	@GetMapping("/districts/{slug}")
	@Operation(summary = "One district by its slug")
	District district(@PathVariable String slug) {
		return geography.requireDistrict(slug);
	}

	@GetMapping("/districts/{slug}/neighbourhoods")
	@Operation(summary = "The neighbourhoods (mahalle) of a district")
	List<NeighbourhoodItem> neighbourhoods(@PathVariable String slug) {
		return geography.neighbourhoods(slug).stream()
			.map(n -> new NeighbourhoodItem(n.id(), n.slug(), n.name(), n.population()))
			.toList();
	}

	@GetMapping("/districts/{slug}/neighbours")
	@Operation(summary = "Districts next to this one, by land or across water")
	List<NeighbourItem> neighbours(@PathVariable String slug) {
		return geography.neighbours(slug).stream().map(n -> new NeighbourItem(n.slug(), n.name(), n.crossing())).toList();
	}

	@GetMapping("/geo/locate")
	@Operation(summary = "The district containing a point; 404 outside İstanbul")
	District locate(@RequestParam double lat, @RequestParam double lon) {
		return geography.locate(new GeoPoint(lat, lon))
			.orElseThrow(() -> DomainException.notFound("geo.outside-istanbul"));
	}

	@GetMapping("/geo/attribution")
	@Operation(summary = "The attribution line for the geographic data")
	Map<String, String> attribution() {
		return Map.of("attribution", geography.attribution());
	}

	@GetMapping("/geo/provinces")
	@Operation(summary = "The eleven provinces of the Marmara region")
	List<Province> provinces() {
		return geography.marmaraProvinces();
	}

	@GetMapping(path = "/geo/districts.geojson", produces = "application/geo+json")
	@Operation(summary = "District boundaries as a GeoJSON FeatureCollection")
	ResponseEntity<String> boundaries() {
		return ResponseEntity.ok().cacheControl(REFERENCE_DATA).body(geography.boundariesGeoJson());
	}
}
