package org.ortakakil.places.web;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ortakakil.geography.District;
import org.ortakakil.geography.Geography;
import org.ortakakil.places.PlaceType;
import org.ortakakil.places.PlaceView;
import org.ortakakil.places.Places;
import org.ortakakil.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/**
 * The places on a map with a table beside it (the table is what a screen reader or a small phone
 * uses), filtered by type and district; and one page per place.
 */
@Controller
class PlacePages {

	/** A point for the map's {@code data-points}: drawn as a circle that leads to the place's page. */
	record Point(double lat, double lon, String label, String url) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Places places;
	private final PlaceFilters filters;
	private final Geography geography;

	PlacePages(Places places, PlaceFilters filters, Geography geography) {
		this.places = places;
		this.filters = filters;
		this.geography = geography;
	}

	/** With htmx (HX-Request) only the results, map included, are sent back. */
	@GetMapping("/places")
	String index(@RequestParam(required = false) String type, @RequestParam(required = false) String district,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
		PlaceType chosenType = PlaceType.parse(type);
		Optional<District> chosen = filters.district(district);
		List<PlaceView> found = filters.find(chosenType, chosen);
		model.addAttribute("places", found);
		model.addAttribute("type", chosenType);
		model.addAttribute("types", PlaceType.values());
		model.addAttribute("district", chosen.map(District::slug).orElse(""));
		model.addAttribute("districts", geography.districts());
		model.addAttribute("districtNames", geography.districts().stream()
			.collect(Collectors.toMap(District::id, Function.identity())));
		model.addAttribute("now", filters.now());
		model.addAttribute("points", points(found, locale));
		return htmx != null ? "places/places :: results" : "places/places";
	}

	@GetMapping("/places/{slug}")
	String place(@PathVariable String slug, Model model, Locale locale) {
		PlaceView place = places.place(slug).orElseThrow(() -> DomainException.notFound("places.not-found", slug));
		LocalDateTime now = filters.now();
		model.addAttribute("place", place);
		model.addAttribute("district", geography.district(place.districtId()).orElseThrow());
		model.addAttribute("neighbourhood",
				place.neighbourhoodId() == null ? null : geography.neighbourhood(place.neighbourhoodId()).orElse(null));
		model.addAttribute("districtNames", geography.districts().stream()
			.collect(Collectors.toMap(District::id, Function.identity())));
		model.addAttribute("now", now);
		model.addAttribute("today", now.getDayOfWeek());
		model.addAttribute("days", DayOfWeek.values());
		model.addAttribute("points", points(List.of(place), locale));
		return "places/place";
	}

	static String points(List<PlaceView> places, Locale locale) {
		return JSON.writeValueAsString(places.stream()
			.map(p -> new Point(p.position().lat(), p.position().lon(), p.name().in(locale), "/places/" + p.slug()))
			.toList());
	}
}
