package org.ortakakil.spaces.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

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
 * The use cases of administrators on processes and assemblies. Each one checks what only the
 * database or the geography can tell (unique slugs, real districts), lets the aggregate check the
 * rest, and stores all or nothing.
 */
@Service
@Transactional
public class SpaceAdministration {

	private final Processes processes;
	private final Assemblies assemblies;
	private final Geography geography;
	private final ApplicationEventPublisher events;

	SpaceAdministration(Processes processes, Assemblies assemblies, Geography geography,
			ApplicationEventPublisher events) {
		this.processes = processes;
		this.assemblies = assemblies;
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
		ParticipatoryProcess process = process(processId);
		process.editPhase(phaseKey, draft, actor);
		save(process);
	}

	public void removePhase(long processId, String phaseKey, Actor actor) {
		ParticipatoryProcess process = process(processId);
		process.removePhase(phaseKey, actor);
		save(process);
	}

	public void movePhase(long processId, String phaseKey, int direction, Actor actor) {
		ParticipatoryProcess process = process(processId);
		process.movePhase(phaseKey, direction, actor);
		save(process);
	}

	public void pinPhase(long processId, String phaseKey, Actor actor) {
		ParticipatoryProcess process = process(processId);
		process.pinPhase(phaseKey, actor);
		save(process);
	}

	public void setProcessPublished(long processId, boolean published, Actor actor) {
		ParticipatoryProcess process = process(processId);
		if (published) {
			process.publish(actor);
		}
		else {
			process.unpublish(actor);
		}
		save(process);
	}

	public long createAssembly(AssemblyDraft draft, Actor actor) {
		checkScope(draft, null);
		if (assemblies.existsBySlug(draft.slug().value())) {
			throw DomainException.conflict("space.slug-taken", draft.slug().value());
		}
		Assembly assembly = save(Assembly.create(draft));
		events.publishEvent(new SpaceChanged(SpaceKind.ASSEMBLY, assembly.id(), assembly.slug(), Change.CREATED, actor,
				Instant.now()));
		return assembly.id();
	}

	public void editAssembly(long id, AssemblyDraft draft, Actor actor) {
		checkScope(draft, id);
		Assembly assembly = assembly(id);
		if (!assembly.slug().equals(draft.slug().value()) && assemblies.existsBySlug(draft.slug().value())) {
			throw DomainException.conflict("space.slug-taken", draft.slug().value());
		}
		assembly.edit(draft, actor);
		save(assembly);
	}

	public void addMember(long assemblyId, Member member, Actor actor) {
		Assembly assembly = assembly(assemblyId);
		assembly.addMember(member, actor);
		save(assembly);
	}

	public void removeMember(long assemblyId, int index, Actor actor) {
		Assembly assembly = assembly(assemblyId);
		assembly.removeMember(index, actor);
		save(assembly);
	}

	public void setAssemblyPublished(long assemblyId, boolean published, Actor actor) {
		Assembly assembly = assembly(assemblyId);
		if (published) {
			assembly.publish(actor);
		}
		else {
			assembly.unpublish(actor);
		}
		save(assembly);
	}

	private void checkScope(ProcessDraft draft) {
		geography.requireDistricts(draft.districtIds());
		if (draft.scopeType() == ScopeType.NEIGHBOURHOOD && geography.neighbourhood(draft.neighbourhoodId()).isEmpty()) {
			throw DomainException.invalid("neighbourhood.unknown", draft.neighbourhoodId());
		}
	}

	/** Districts and provinces must exist; the parent must exist and must not lie below the assembly. */
	private void checkScope(AssemblyDraft draft, Long assemblyId) {
		geography.requireDistricts(draft.districtIds());
		for (Integer province : draft.provinceIds()) {
			if (province == null || geography.province(province).isEmpty()) {
				throw DomainException.invalid("province.unknown", String.valueOf(province));
			}
		}
		Set<Long> seen = new HashSet<>();
		for (Long parent = draft.parentId(); parent != null; parent = assembly(parent, "assembly.parent-not-found").parentId()) {
			if (parent.equals(assemblyId) || !seen.add(parent)) {
				throw DomainException.invalid("assembly.parent-cycle");
			}
		}
	}

	private ParticipatoryProcess process(long id) {
		return processes.findById(id).orElseThrow(() -> DomainException.notFound("process.not-found", id));
	}

	private Assembly assembly(long id) {
		return assembly(id, "assembly.not-found");
	}

	private Assembly assembly(long id, String code) {
		return assemblies.findById(id).orElseThrow(() -> "assembly.not-found".equals(code)
				? DomainException.notFound(code, id) : DomainException.invalid(code, id));
	}

	private ParticipatoryProcess save(ParticipatoryProcess process) {
		try {
			return processes.save(process);
		}
		catch (DuplicateKeyException raced) {
			throw DomainException.conflict("space.slug-taken", process.slug());
		}
	}

	private Assembly save(Assembly assembly) {
		try {
			return assemblies.save(assembly);
		}
		catch (DuplicateKeyException raced) {
			throw DomainException.conflict("space.slug-taken", assembly.slug());
		}
	}
}
