package org.ortakakil.meetings.web;

import org.ortakakil.shared.LocalizedText;
import org.ortakakil.spaces.SpaceKind;

/** A meeting's space as the pages name and link it. */
public record SpaceRef(SpaceKind kind, long id, String slug, LocalizedText title) {

	public String url() {
		return (kind == SpaceKind.PROCESS ? "/processes/" : "/assemblies/") + slug;
	}

	public String key() {
		return kind.name() + ":" + id;
	}
}
