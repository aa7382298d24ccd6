package org.ortakakil.comments;

import java.util.Optional;

import org.ortakakil.shared.ResourceRef;

/**
 * Implemented by each module whose resources may be commented on (proposals, budget projects, …): says
 * what the resource is called, where its page is, in which space it lives (for moderators) and whether
 * comments are open on it now. The comments module asks every implementation; the one that knows the
 * resource type answers.
 */
public interface Commentable {

	/** A commented resource as the comments module needs it. {@code space} may be null. */
	record Target(ResourceRef resource, String title, String path, ResourceRef space, boolean open) {
	}

	Optional<Target> describe(ResourceRef resource);
}
