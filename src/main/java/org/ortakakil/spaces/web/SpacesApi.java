package org.ortakakil.spaces.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.ortakakil.geography.Geography;
import org.ortakakil.shared.DomainException;
import org.ortakakil.spaces.AssemblyType;
import org.ortakakil.spaces.AssemblyView;
import org.ortakakil.spaces.MemberView;
import org.ortakakil.spaces.PhaseView;
import org.ortakakil.spaces.ProcessView;
import org.ortakakil.spaces.Spaces;
import org.ortakakil.spaces.TimeState;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Published processes and assemblies as JSON, paged and filterable by district slug. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Spaces", description = "Participatory processes and assemblies")
class SpacesApi {

	static final int MAX_PAGE_SIZE = 100;

	record Page<T>(List<T> items, int page, int size, int totalItems, int totalPages) {
	}

	record Phase(String key, int position, Map<String, String> title, LocalDate startsOn, LocalDate endsOn,
			boolean active) {
	}

	record Process(long id, String slug, Map<String, String> title, Map<String, String> description,
			String scopeType, List<String> districts, Integer neighbourhoodId, TimeState state, LocalDate startsOn,
			LocalDate endsOn, String activePhase, List<Phase> phases) {
	}

	record Assembly(long id, String slug, AssemblyType type, Map<String, String> title,
			Map<String, String> description, String parent, List<String> districts, List<String> provinces,
			List<MemberView> members) {
	}

	private final Spaces spaces;
	private final SpaceFilters filters;
	private final Geography geography;

	SpacesApi(Spaces spaces, SpaceFilters filters, Geography geography) {
		this.spaces = spaces;
		this.filters = filters;
		this.geography = geography;
	}

	@GetMapping("/processes")
	@Operation(summary = "Published participatory processes; city-wide ones concern every district")
	Page<Process> processes(@RequestParam(required = false) String district,
			@RequestParam(required = false) TimeState state, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return page(filters.processes(spaces.processes(), filters.district(district), state), page, size, this::process);
	}

	@GetMapping("/processes/{slug}")
	@Operation(summary = "One published process")
	Process process(@PathVariable String slug) {
		return process(spaces.process(slug).orElseThrow(() -> DomainException.notFound("process.not-found", slug)));
	}

	@GetMapping("/assemblies")
	@Operation(summary = "Published assemblies; those without districts concern every district")
	Page<Assembly> assemblies(@RequestParam(required = false) String district,
			@RequestParam(required = false) AssemblyType type, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		List<AssemblyView> all = spaces.assemblies();
		Map<Long, String> slugs = all.stream().collect(java.util.stream.Collectors.toMap(AssemblyView::id, AssemblyView::slug));
		return page(filters.assemblies(all, filters.district(district), type), page, size,
				a -> assembly(a, a.parentId() == null ? null : slugs.get(a.parentId())));
	}

	@GetMapping("/assemblies/{slug}")
	@Operation(summary = "One published assembly")
	Assembly assembly(@PathVariable String slug) {
		AssemblyView assembly = spaces.assembly(slug).orElseThrow(() -> DomainException.notFound("assembly.not-found", slug));
		String parent = assembly.parentId() == null ? null
				: spaces.assembly(assembly.parentId()).map(AssemblyView::slug).orElse(null);
		return assembly(assembly, parent);
	}

	private Process process(ProcessView p) {
		return new Process(p.id(), p.slug(), p.title().values(), p.description() == null ? null : p.description().values(),
				p.scopeType().name(), districtSlugs(p.districtIds()), p.neighbourhoodId(), p.state(), p.startsOn(),
				p.endsOn(), p.activePhase() == null ? null : p.activePhase().key(),
				p.phases().stream().map(SpacesApi::phase).toList());
	}

	private static Phase phase(PhaseView phase) {
		return new Phase(phase.key(), phase.position(), phase.title().values(), phase.startsOn(), phase.endsOn(),
				phase.active());
	}

	/** The parent is named by its slug, or null when there is none or it is not published. */
	private Assembly assembly(AssemblyView a, String parentSlug) {
		return new Assembly(a.id(), a.slug(), a.type(), a.title().values(),
				a.description() == null ? null : a.description().values(),
				parentSlug, districtSlugs(a.districtIds()),
				a.provinceIds().stream().map(id -> geography.province(id).map(p -> p.slug()).orElse(null)).toList(),
				a.members());
	}

	private List<String> districtSlugs(List<Integer> ids) {
		return ids.stream().map(id -> geography.district(id).map(d -> d.slug()).orElse(null)).toList();
	}

	static <V, T> Page<T> page(List<V> all, int page, int size, Function<V, T> mapper) {
		if (page < 0) {
			throw DomainException.invalid("page.invalid");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw DomainException.invalid("page.size-invalid", MAX_PAGE_SIZE);
		}
		int from = (int) Math.min((long) page * size, all.size());
		int to = Math.min(from + size, all.size());
		return new Page<>(all.subList(from, to).stream().map(mapper).toList(), page, size, all.size(),
				(all.size() + size - 1) / size);
	}
}
