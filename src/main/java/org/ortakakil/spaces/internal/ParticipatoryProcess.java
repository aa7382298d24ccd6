package org.ortakakil.spaces.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.spaces.ScopeType;
import org.ortakakil.spaces.SpaceChanged;
import org.ortakakil.spaces.SpaceChanged.Change;
import org.ortakakil.spaces.SpaceKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A participatory process. It guards its phases: dated phases never overlap and follow each other in
 * list order, so at most one phase is active on any day.
 */
@Table("space_process")
class ParticipatoryProcess extends AbstractAggregateRoot<ParticipatoryProcess> {

	@Id
	private Long id;
	@Version
	private Integer version;
	private String slug;
	private String title;
	private String description;
	private String scopeType;
	private Integer scopeNeighbourhoodId;
	@MappedCollection(idColumn = "process_id")
	private Set<ProcessDistrict> districts = new HashSet<>();
	@MappedCollection(idColumn = "process_id", keyColumn = "sort_order")
	private List<Phase> phases = new ArrayList<>();
	private String pinnedPhaseKey;
	private boolean published;
	private Instant createdAt;
	private Instant updatedAt;

	private ParticipatoryProcess() {
	}

	/** The creation event is published by the service once the database has assigned the id. */
	static ParticipatoryProcess create(ProcessDraft draft) {
		ParticipatoryProcess process = new ParticipatoryProcess();
		process.createdAt = Instant.now();
		process.apply(draft);
		return process;
	}

	void edit(ProcessDraft draft, Actor actor) {
		apply(draft);
		changed(Change.EDITED, actor);
	}

	String addPhase(PhaseDraft draft, Actor actor) {
		String key = UUID.randomUUID().toString();
		List<Phase> next = new ArrayList<>(phases);
		next.add(Phase.of(key, draft));
		replacePhases(next, actor);
		return key;
	}

	void editPhase(String key, PhaseDraft draft, Actor actor) {
		List<Phase> next = new ArrayList<>(phases);
		next.set(indexOf(key), Phase.of(key, draft));
		replacePhases(next, actor);
	}

	void removePhase(String key, Actor actor) {
		List<Phase> next = new ArrayList<>(phases);
		next.remove(indexOf(key));
		if (key.equals(pinnedPhaseKey)) {
			pinnedPhaseKey = null;
		}
		replacePhases(next, actor);
	}

	/** Moves a phase one place earlier (-1) or later (+1). */
	void movePhase(String key, int direction, Actor actor) {
		int from = indexOf(key);
		int to = from + Integer.signum(direction);
		if (to < 0 || to >= phases.size()) {
			return;
		}
		List<Phase> next = new ArrayList<>(phases);
		next.set(from, phases.get(to));
		next.set(to, phases.get(from));
		replacePhases(next, actor);
	}

	/** Makes one phase the active one whatever the date; {@code null} goes back to the dates. */
	void pinPhase(String key, Actor actor) {
		if (key != null) {
			indexOf(key);
		}
		pinnedPhaseKey = key;
		changed(Change.EDITED, actor);
	}

	void publish(Actor actor) {
		if (!published) {
			published = true;
			changed(Change.PUBLISHED, actor);
		}
	}

	void unpublish(Actor actor) {
		if (published) {
			published = false;
			changed(Change.UNPUBLISHED, actor);
		}
	}

	Optional<Phase> activePhase(LocalDate today) {
		return Phase.active(phases, pinnedPhaseKey, today);
	}

	private void replacePhases(List<Phase> next, Actor actor) {
		checkPhases(next);
		phases = next;
		changed(Change.EDITED, actor);
	}

	/** Every dated phase must end before any dated phase after it in the list starts. */
	static void checkPhases(List<Phase> candidate) {
		for (int i = 0; i < candidate.size(); i++) {
			for (int j = i + 1; j < candidate.size(); j++) {
				Phase earlier = candidate.get(i), later = candidate.get(j);
				if (earlier.overlaps(later)) {
					throw DomainException.invalid("phase.overlap", earlier.localizedTitle().turkish(),
							later.localizedTitle().turkish());
				}
				if (earlier.isDated() && later.isDated() && later.endsOn().isBefore(earlier.startsOn())) {
					throw DomainException.invalid("phase.order-conflicts-with-dates", later.localizedTitle().turkish(),
							earlier.localizedTitle().turkish());
				}
			}
		}
	}

	private int indexOf(String key) {
		for (int i = 0; i < phases.size(); i++) {
			if (phases.get(i).phaseKey().equals(key)) {
				return i;
			}
		}
		throw DomainException.notFound("phase.not-found");
	}

	private void apply(ProcessDraft draft) {
		slug = draft.slug().value();
		title = draft.title().toJson();
		description = draft.description() == null ? null : draft.description().toJson();
		scopeType = draft.scopeType().name();
		scopeNeighbourhoodId = draft.neighbourhoodId();
		districts = draft.districtIds().stream().map(ProcessDistrict::new).collect(Collectors.toCollection(HashSet::new));
	}

	private void changed(Change change, Actor actor) {
		updatedAt = Instant.now();
		if (id != null) {
			registerEvent(new SpaceChanged(SpaceKind.PROCESS, id, slug, change, actor, updatedAt));
		}
	}

	Long id() {
		return id;
	}

	String slug() {
		return slug;
	}

	List<Phase> phases() {
		return List.copyOf(phases);
	}

	boolean isPublished() {
		return published;
	}

	ScopeType scope() {
		return ScopeType.valueOf(scopeType);
	}
}
