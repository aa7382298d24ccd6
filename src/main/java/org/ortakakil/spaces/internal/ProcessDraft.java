package org.ortakakil.spaces.internal;

import java.util.Set;

import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.shared.Slug;
import org.ortakakil.spaces.ScopeType;

/** What an administrator fills in to create or edit a process. */
public record ProcessDraft(Slug slug, LocalizedText title, LocalizedText description, ScopeType scopeType,
		Set<Integer> districtIds, Integer neighbourhoodId) {

	public ProcessDraft {
		if (title == null) {
			throw DomainException.invalid("space.title-required");
		}
		if (slug == null) {
			slug = Slug.from(title.turkish());
		}
		scopeType = scopeType == null ? ScopeType.CITY : scopeType;
		districtIds = districtIds == null ? Set.of() : Set.copyOf(districtIds);
		if (scopeType == ScopeType.DISTRICTS && districtIds.isEmpty()) {
			throw DomainException.invalid("space.scope-districts-required");
		}
		if (scopeType == ScopeType.NEIGHBOURHOOD && neighbourhoodId == null) {
			throw DomainException.invalid("space.scope-neighbourhood-required");
		}
		if (scopeType != ScopeType.DISTRICTS) {
			districtIds = Set.of();
		}
		if (scopeType != ScopeType.NEIGHBOURHOOD) {
			neighbourhoodId = null;
		}
	}
}
