package org.ortakakil.proposals.internal;

import java.util.List;

import org.ortakakil.shared.LocalizedText;
import org.ortakakil.shared.ResourceRef;
import org.ortakakil.spaces.SpaceKind;

/**
 * A proposals board with what it needs of its space: the title, the districts it concerns (empty for the
 * whole city), the neighbourhood of a neighbourhood process, and the key of the active phase ('' when none).
 */
public record Board(long id, SpaceKind kind, long spaceId, LocalizedText spaceTitle, List<Integer> districtIds,
		Integer neighbourhoodId, String phaseKey) {

	public ResourceRef space() {
		return ResourceRef.of(kind.resourceType(), spaceId);
	}

	/** The space as the {@code space} parameter of the pages names it, e.g. process:12. */
	public String spaceParam() {
		return kind.resourceType() + ":" + spaceId;
	}

	public boolean cityWide() {
		return districtIds.isEmpty() && neighbourhoodId == null;
	}
}
