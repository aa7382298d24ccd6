package org.ortakakil.spaces;

import java.util.List;

import org.ortakakil.shared.LocalizedText;

/** An assembly as readers see it. */
public record AssemblyView(long id, String slug, AssemblyType type, LocalizedText title, LocalizedText description,
		Long parentId, List<Integer> districtIds, List<Integer> provinceIds, List<MemberView> members,
		boolean published) {
}
