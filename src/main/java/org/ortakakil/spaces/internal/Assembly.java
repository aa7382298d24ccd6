package org.ortakakil.spaces.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.spaces.AssemblyType;
import org.ortakakil.spaces.SpaceChanged;
import org.ortakakil.spaces.SpaceChanged.Change;
import org.ortakakil.spaces.SpaceKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A council, desk, board or centre: a standing body with members and a place in a hierarchy. */
@Table("space_assembly")
class Assembly extends AbstractAggregateRoot<Assembly> {

	@Id
	private Long id;
	@Version
	private Integer version;
	private String slug;
	private String assemblyType;
	private String title;
	private String description;
	private Long parentId;
	@MappedCollection(idColumn = "assembly_id")
	private Set<AssemblyDistrict> districts = new HashSet<>();
	@MappedCollection(idColumn = "assembly_id")
	private Set<AssemblyProvince> provinces = new HashSet<>();
	@MappedCollection(idColumn = "assembly_id", keyColumn = "sort_order")
	private List<Member> members = new ArrayList<>();
	private boolean published;
	private Instant createdAt;
	private Instant updatedAt;

	private Assembly() {
	}

	/** The creation event is published by the service once the database has assigned the id. */
	static Assembly create(AssemblyDraft draft) {
		Assembly assembly = new Assembly();
		assembly.createdAt = Instant.now();
		assembly.apply(draft);
		return assembly;
	}

	void edit(AssemblyDraft draft, Actor actor) {
		if (id != null && id.equals(draft.parentId())) {
			throw DomainException.invalid("assembly.parent-is-self");
		}
		apply(draft);
		changed(Change.EDITED, actor);
	}

	void addMember(Member member, Actor actor) {
		members.add(member);
		changed(Change.EDITED, actor);
	}

	void removeMember(int index, Actor actor) {
		if (index < 0 || index >= members.size()) {
			throw DomainException.notFound("member.not-found");
		}
		members.remove(index);
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

	private void apply(AssemblyDraft draft) {
		slug = draft.slug().value();
		assemblyType = draft.type().name();
		title = draft.title().toJson();
		description = draft.description() == null ? null : draft.description().toJson();
		parentId = draft.parentId();
		districts = draft.districtIds().stream().map(AssemblyDistrict::new).collect(Collectors.toCollection(HashSet::new));
		provinces = draft.provinceIds().stream().map(AssemblyProvince::new).collect(Collectors.toCollection(HashSet::new));
	}

	private void changed(Change change, Actor actor) {
		updatedAt = Instant.now();
		if (id != null) {
			registerEvent(new SpaceChanged(SpaceKind.ASSEMBLY, id, slug, change, actor, updatedAt));
		}
	}

	Long id() {
		return id;
	}

	String slug() {
		return slug;
	}

	Long parentId() {
		return parentId;
	}

	AssemblyType type() {
		return AssemblyType.valueOf(assemblyType);
	}
}
