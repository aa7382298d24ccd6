package org.ortakakil.spaces.internal;

import java.time.Instant;
import java.util.function.Consumer;

import org.ortakakil.geography.Geography;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.spaces.ScopeType;
import org.ortakakil.spaces.SpaceChanged;
import org.ortakakil.spaces.SpaceChanged.Change;
import org.ortakakil.spaces.SpaceKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of administrators on processes. Each one checks what only the database or the
 * geography can tell (unique slugs, real districts), lets the aggregate check the rest, and stores
 * all or nothing.
 */
@Service
@Transactional
public class ProcessAdministration {

	private final Processes processes;
	private final Geography geography;
	private final ApplicationEventPublisher events;

	ProcessAdministration(Processes processes, Geography geography, ApplicationEventPublisher events) {
		this.processes = processes;
		this.geography = geography;
		this.events = events;
	}

	public long createProcess(ProcessDraft draft, Actor actor) {
		checkScope(draft);
		if (processes.existsBySlug(draft.slug().value())) {
			throw DomainException.conflict("space.slug-taken", draft.slug().value());
		}
		ParticipatoryProcess process = save(ParticipatoryProcess.create(draft));
		events.publishEvent(new SpaceChanged(SpaceKind.PROCESS, process.id(), process.slug(), Change.CREATED, actor,
				Instant.now()));
		return process.id();
	}

	public void editProcess(long id, ProcessDraft draft, Actor actor) {
		checkScope(draft);
		ParticipatoryProcess process = process(id);
		if (!process.slug().equals(draft.slug().value()) && processes.existsBySlug(draft.slug().value())) {
			throw DomainException.conflict("space.slug-taken", draft.slug().value());
		}
		process.edit(draft, actor);
		save(process);
	}

	public String addPhase(long processId, PhaseDraft draft, Actor actor) {
		ParticipatoryProcess process = process(processId);
		String key = process.addPhase(draft, actor);
		save(process);
		return key;
	}

	public void editPhase(long processId, String phaseKey, PhaseDraft draft, Actor actor) {
		change(processId, process -> process.editPhase(phaseKey, draft, actor));
	}

	public void removePhase(long processId, String phaseKey, Actor actor) {
		change(processId, process -> process.removePhase(phaseKey, actor));
	}

	public void movePhase(long processId, String phaseKey, int direction, Actor actor) {
		change(processId, process -> process.movePhase(phaseKey, direction, actor));
	}

	public void pinPhase(long processId, String phaseKey, Actor actor) {
		change(processId, process -> process.pinPhase(phaseKey, actor));
	}

	public void setProcessPublished(long processId, boolean published, Actor actor) {
		change(processId, process -> {
			if (published) {
				process.publish(actor);
			}
			else {
				process.unpublish(actor);
			}
		});
	}

	/** Loads the process, lets it change itself (or refuse), and stores it. */
	private void change(long processId, Consumer<ParticipatoryProcess> change) {
		ParticipatoryProcess process = process(processId);
		change.accept(process);
		save(process);
	}

	private void checkScope(ProcessDraft draft) {
		geography.requireDistricts(draft.districtIds());
		if (draft.scopeType() == ScopeType.NEIGHBOURHOOD && geography.neighbourhood(draft.neighbourhoodId()).isEmpty()) {
			throw DomainException.invalid("neighbourhood.unknown", draft.neighbourhoodId());
		}
	}

	private ParticipatoryProcess process(long id) {
		return processes.findById(id).orElseThrow(() -> DomainException.notFound("process.not-found", id));
	}

	private ParticipatoryProcess save(ParticipatoryProcess process) {
		try {
			return processes.save(process);
		}
		catch (DuplicateKeyException raced) {
			throw DomainException.conflict("space.slug-taken", process.slug());
		}
	}
}
