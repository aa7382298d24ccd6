package org.ortakakil.geography.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ortakakil.geography.District;
import org.ortakakil.geography.DistrictSection;
import org.ortakakil.geography.Geography;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The district index (sortable, with a map) and one page per district. */
@Controller
class DistrictPages {

	enum Sort { NAME, POPULATION, AREA, NEIGHBOURHOODS }

	private final Geography geography;
	private final ObjectProvider<DistrictSection> sections;

	DistrictPages(Geography geography, ObjectProvider<DistrictSection> sections) {
		this.geography = geography;
		this.sections = sections;
	}

	/** With htmx (HX-Request) only the table is sent back, to replace the one on the page. */
	@GetMapping("/districts")
	String index(@RequestParam(defaultValue = "NAME") Sort sort, @RequestParam(defaultValue = "false") boolean desc,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		List<District> districts = new ArrayList<>(geography.districts());
		if (sort != Sort.NAME) {
			districts.sort(comparator(sort));
		}
		if (desc) {
			Collections.reverse(districts);
		}
		model.addAttribute("districts", districts);
		model.addAttribute("sort", sort);
		model.addAttribute("desc", desc);
		model.addAttribute("totalPopulation", geography.districts().stream().mapToLong(District::population).sum());
		return htmx != null ? "geography/districts :: table" : "geography/districts";
	}

	@GetMapping("/districts/{slug}")
	String district(@PathVariable String slug, Model model, Locale locale) {
		District district = geography.requireDistrict(slug);
		model.addAttribute("district", district);
		model.addAttribute("points", MapPoints.of(List.of(new MapPoints.Point(district.centroid().lat(),
				district.centroid().lon(), district.name()))));
		model.addAttribute("neighbourhoods", geography.neighbourhoods(slug));
		model.addAttribute("neighbours", geography.neighbours(slug));
		model.addAttribute("sections", sections.stream().sorted(Comparator.comparingInt(DistrictSection::order))
			.map(section -> Map.of("template", section.template(), "selector", section.selector(),
					"model", section.model(district, locale)))
			.toList());
		return "geography/district";
	}

	/** By name needs no comparator: {@link Geography#districts()} is already in Turkish alphabetical order. */
	private static Comparator<District> comparator(Sort sort) {
		switch (sort) {
			case POPULATION:
				return Comparator.comparingLong(District::population);
			case AREA:
				return Comparator.comparing(District::areaKm2);
			default:
				return Comparator.comparingInt(District::neighbourhoodCount);
		}
	}
}
