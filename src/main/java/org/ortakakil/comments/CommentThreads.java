package org.ortakakil.comments;

import org.ortakakil.shared.ResourceRef;

/** The thread of comments on a resource, for the pages of other modules to show. */
public interface CommentThreads {

	/** The first page of the thread on the target, as the viewer (a principal, or null) sees it. */
	CommentThread firstPage(ResourceRef target, String viewer);
}
