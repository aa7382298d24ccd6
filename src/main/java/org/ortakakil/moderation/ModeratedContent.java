package org.ortakakil.moderation;

import java.util.Optional;

import org.ortakakil.shared.ResourceRef;

/**
 * Implemented by each module whose content may be reported (proposals, comments): describes a piece of
 * content for the moderators' queue and hides or restores it. The moderation module asks every
 * implementation; the one that knows the resource type answers.
 */
public interface ModeratedContent {

	/**
	 * A piece of content as moderators see it: its author (principal), a short excerpt, the page where it
	 * is, the space it belongs to (null when none), and whether it is hidden now.
	 */
	record Content(ResourceRef resource, String author, String excerpt, String path, ResourceRef space,
			boolean hidden) {
	}

	Optional<Content> describe(ResourceRef resource);

	/** Hides or shows the content again; the module owning it records this and tells its listeners. */
	void setHidden(ResourceRef resource, boolean hidden);
}
