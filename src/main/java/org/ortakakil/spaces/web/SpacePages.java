package org.ortakakil.spaces.web;

import java.util.List;
import java.util.Optional;

import org.ortakakil.geography.District;
import org.ortakakil.geography.Geography;
import org.ortakakil.shared.DomainException;
import org.ortakakil.spaces.AssemblyType;
import org.ortakakil.spaces.AssemblyView;
import org.ortakakil.spaces.ProcessView;
import org.ortakakil.spaces.Spaces;
import org.ortakakil.spaces.TimeState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pages of spaces: home, the process and assembly indexes with filters, and each space. */
@Controller
class SpacePages {

	private final Spaces spaces;
	private final SpaceFilters filters;
	private final Geography geography;

	SpacePages(Spaces spaces, SpaceFilters filters, Geography geography) {
		this.spaces = spaces;
		this.filters = filters;
		this.geography = geography;
	}

	@GetMapping("/")
	String home(Model model) {
		List<ProcessView> processes = spaces.processes();
		model.addAttribute("active", processes.stream().filter(p -> p.state() == TimeState.ACTIVE).toList());
		model.addAttribute("upcoming", processes.stream().filter(p -> p.state() == TimeState.UPCOMING).toList());
		model.addAttribute("assemblyCount", spaces.assemblies().size());
		model.addAttribute("districtCount", geography.districts().size());
		return "home";
	}

	@GetMapping("/processes")
	String processes(@RequestParam(required = false) String district, @RequestParam(required = false) TimeState state,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		Optional<District> chosen = filters.district(district);
		model.addAttribute("processes", filters.processes(spaces.processes(), chosen, state));
		model.addAttribute("district", chosen.map(District::slug).orElse(""));
		model.addAttribute("state", state);
		model.addAttribute("states", TimeState.values());
		model.addAttribute("districts", geography.districts());
		return htmx != null ? "spaces/processes :: results" : "spaces/processes";
	}

	@GetMapping("/processes/{slug}")
	String process(@PathVariable String slug, Model model) {
		ProcessView process = spaces.process(slug).orElseThrow(() -> DomainException.notFound("process.not-found", slug));
		model.addAttribute("process", process);
		model.addAttribute("scopeDistricts", process.districtIds().stream().map(geography::district)
			.flatMap(Optional::stream).toList());
		model.addAttribute("scopeNeighbourhood",
				process.neighbourhoodId() == null ? null : geography.neighbourhood(process.neighbourhoodId()).orElse(null));
		return "spaces/process";
	}

	@GetMapping("/assemblies")
	String assemblies(@RequestParam(required = false) String district,
			@RequestParam(required = false) AssemblyType type,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		Optional<District> chosen = filters.district(district);
		model.addAttribute("assemblies", filters.assemblies(spaces.assemblies(), chosen, type));
		model.addAttribute("district", chosen.map(District::slug).orElse(""));
		model.addAttribute("type", type);
		model.addAttribute("types", AssemblyType.values());
		model.addAttribute("districts", geography.districts());
		return htmx != null ? "spaces/assemblies :: results" : "spaces/assemblies";
	}

	@GetMapping("/assemblies/{slug}")
	String assembly(@PathVariable String slug, Model model) {
		AssemblyView assembly = spaces.assembly(slug)
			.orElseThrow(() -> DomainException.notFound("assembly.not-found", slug));
		model.addAttribute("assembly", assembly);
		model.addAttribute("parent", assembly.parentId() == null ? null : spaces.assembly(assembly.parentId()).orElse(null));
		model.addAttribute("children", spaces.assemblies().stream()
			.filter(a -> Long.valueOf(assembly.id()).equals(a.parentId())).toList());
		model.addAttribute("scopeDistricts", assembly.districtIds().stream().map(geography::district)
			.flatMap(Optional::stream).toList());
		model.addAttribute("scopeProvinces", assembly.provinceIds().stream().map(geography::province)
			.flatMap(Optional::stream).toList());
		return "spaces/assembly";
	}
}
