package org.ortakakil.spaces.internal;

import java.util.Set;

import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.shared.Slug;
import org.ortakakil.spaces.AssemblyType;

/** What an administrator fills in to create or edit an assembly. Provinces only for a regional centre. */
public record AssemblyDraft(Slug slug, AssemblyType type, LocalizedText title, LocalizedText description,
		Long parentId, Set<Integer> districtIds, Set<Integer> provinceIds) {

	public AssemblyDraft {
		if (title == null) {
			throw DomainException.invalid("space.title-required");
		}
		if (type == null) {
			throw DomainException.invalid("assembly.type-required");
		}
		slug = slug == null ? Slug.from(title.turkish()) : slug;
		districtIds = districtIds == null ? Set.of() : Set.copyOf(districtIds);
		provinceIds = provinceIds == null ? Set.of() : Set.copyOf(provinceIds);
		if (!provinceIds.isEmpty() && type != AssemblyType.REGIONAL_CENTRE) {
			throw DomainException.invalid("assembly.provinces-only-for-regional-centre");
		}
	}
}
