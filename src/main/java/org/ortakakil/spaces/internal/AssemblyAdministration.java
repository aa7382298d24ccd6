package org.ortakakil.spaces.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.ortakakil.geography.Geography;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.spaces.SpaceChanged;
import org.ortakakil.spaces.SpaceChanged.Change;
import org.ortakakil.spaces.SpaceKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of administrators on assemblies: councils, desks, boards and centres, their place in
 * the hierarchy and their members. All or nothing is stored.
 */
@Service
@Transactional
public class AssemblyAdministration {

	private final Assemblies assemblies;
	private final Geography geography;
	private final ApplicationEventPublisher events;

	AssemblyAdministration(Assemblies assemblies, Geography geography, ApplicationEventPublisher events) {
		this.assemblies = assemblies;
		this.geography = geography;
		this.events = events;
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
		change(assemblyId, assembly -> assembly.addMember(member, actor));
	}

	public void removeMember(long assemblyId, int index, Actor actor) {
		change(assemblyId, assembly -> assembly.removeMember(index, actor));
	}

	public void setAssemblyPublished(long assemblyId, boolean published, Actor actor) {
		change(assemblyId, assembly -> {
			if (published) {
				assembly.publish(actor);
			}
			else {
				assembly.unpublish(actor);
			}
		});
	}

	/** Loads the assembly, lets it change itself (or refuse), and stores it. */
	private void change(long assemblyId, Consumer<Assembly> change) {
		Assembly assembly = assembly(assemblyId);
		change.accept(assembly);
		save(assembly);
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

	private Assembly assembly(long id) {
		return assembly(id, "assembly.not-found");
	}

	private Assembly assembly(long id, String code) {
		return assemblies.findById(id).orElseThrow(() -> "assembly.not-found".equals(code)
				? DomainException.notFound(code, id) : DomainException.invalid(code, id));
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
