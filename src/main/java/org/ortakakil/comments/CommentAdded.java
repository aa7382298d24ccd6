package org.ortakakil.comments;

import java.time.Instant;

import org.ortakakil.shared.Actor;
import org.ortakakil.shared.ResourceRef;

/** A comment was written on {@code target} (a reply when {@code parentId} is not null). */
public record CommentAdded(long commentId, ResourceRef target, Long parentId, String author, Actor actor,
		Instant occurredAt) {
}
