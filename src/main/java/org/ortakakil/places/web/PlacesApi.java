package org.ortakakil.places.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.ortakakil.geography.GeoPoint;
import org.ortakakil.places.Nearby;
import org.ortakakil.places.OpeningHours;
import org.ortakakil.places.PlaceService;
import org.ortakakil.places.PlaceType;
import org.ortakakil.places.PlaceView;
import org.ortakakil.places.Places;
import org.ortakakil.places.TimetableStop;
import org.ortakakil.places.WifiStatus;
import org.ortakakil.shared.DomainException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Places as JSON: a list filtered by type and district, the nearest to a point, one by id. */
@RestController
@RequestMapping(path = "/api/v1/places", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Places", description = "Solution points, mobile centres, Wi-Fi, offices, civil-society centres, muhtar offices")
class PlacesApi {

	record Hours(String day, String opens, String closes) {
	}

	record Stop(String day, String from, String until, String address, String district, double lat, double lon) {
	}

	record WifiInfo(String ssid, WifiStatus status) {
	}

	record Place(long id, String slug, PlaceType type, Map<String, String> name, String address, String district,
			Integer neighbourhoodId, double lat, double lon, boolean openNow, List<Hours> openingHours,
			List<String> services, Map<String, String> accessibility, WifiInfo wifi, List<Stop> timetable) {
	}

	record NearbyPlace(int distanceMetres, Place place) {
	}

	private final Places places;
	private final PlaceFilters filters;

	PlacesApi(Places places, PlaceFilters filters) {
		this.places = places;
		this.filters = filters;
	}

	@GetMapping
	@Operation(summary = "Places by name, filtered by type and district (slug)")
	List<Place> places(@Parameter(description = "e.g. WIFI_HOTSPOT") @RequestParam(required = false) String type,
			@Parameter(description = "district slug, e.g. kadikoy") @RequestParam(required = false) String district) {
		LocalDateTime now = filters.now();
		return filters.find(PlaceType.parse(type), filters.district(district)).stream().map(p -> place(p, now)).toList();
	}

	@GetMapping("/nearest")
	@Operation(summary = "The places nearest to a point in İstanbul, nearest first, with their straight-line distance")
	List<NearbyPlace> nearest(@RequestParam double lat, @RequestParam double lon,
			@RequestParam(required = false) String type,
			@Parameter(description = "a service code, e.g. wifi or sign-language-video-call") @RequestParam(required = false) String service,
			@Parameter(description = "1 to 50") @RequestParam(defaultValue = "5") int limit) {
		LocalDateTime now = filters.now();
		List<Nearby> found = places.nearest(new GeoPoint(lat, lon), PlaceType.parse(type), service, limit);
		return found.stream().map(n -> new NearbyPlace(n.distanceMetres(), place(n.place(), now))).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One place by its id")
	Place place(@PathVariable long id) {
		return place(places.place(id).orElseThrow(() -> DomainException.notFound("places.not-found", id)), filters.now());
	}

	private Place place(PlaceView p, LocalDateTime now) {
		return new Place(p.id(), p.slug(), p.type(), p.name().values(), p.address(), filters.districtSlug(p.districtId()),
				p.neighbourhoodId(), p.position().lat(), p.position().lon(), p.openAt(now),
				p.hours().stream().map(PlacesApi::hours).toList(),
				p.services().stream().map(PlaceService::code).toList(),
				p.accessibility() == null ? null : p.accessibility().values(),
				p.wifi() == null ? null : new WifiInfo(p.wifi().ssid(), p.wifi().status()),
				p.timetable().stream().map(this::stop).toList());
	}

	private static Hours hours(OpeningHours h) {
		return new Hours(h.day().name(), h.opens().toString(), h.closes().toString());
	}

	private Stop stop(TimetableStop s) {
		return new Stop(s.day().name(), s.from().toString(), s.until().toString(), s.address(),
				filters.districtSlug(s.districtId()), s.position().lat(), s.position().lon());
	}
}
