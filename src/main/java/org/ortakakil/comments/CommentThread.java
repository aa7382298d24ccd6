package org.ortakakil.comments;

import java.util.List;

import org.ortakakil.shared.ResourceRef;

/**
 * One page of the comments on a resource, for the fragment {@code comments/thread :: thread(thread)}:
 * the count of comments, the page's top-level comments with their replies, the cursor of the next page
 * (null on the last), and whether the viewer may write.
 */
public record CommentThread(ResourceRef target, long count, List<CommentView> comments, String nextCursor,
		boolean open, boolean mayWrite) {
}
