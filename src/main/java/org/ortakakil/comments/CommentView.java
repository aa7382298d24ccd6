package org.ortakakil.comments;

import java.time.Instant;
import java.util.List;

/**
 * A comment as a thread shows it. {@code state} is VISIBLE, HIDDEN (by moderation: only a notice is shown)
 * or DELETED (by its author: only a notice); {@code bodyHtml} is empty unless VISIBLE. {@code alignment}
 * is FOR, AGAINST or NEUTRAL. {@code depth} is 0 for a top-level comment, at most 2. As the viewer sees it:
 * {@code myVote} is 1, -1 or 0 (none), {@code mine} whether the viewer wrote it, {@code editable} whether
 * they may still edit it (their own, visible, within 15 minutes of writing it).
 */
public record CommentView(long id, Long parentId, int depth, String author, String authorName, String bodyHtml,
		String alignment, int upVotes, int downVotes, String state, Instant createdAt, Instant editedAt,
		List<CommentView> replies, boolean moreReplies, int myVote, boolean mine, boolean editable) {

	public CommentView(long id, Long parentId, int depth, String author, String authorName, String bodyHtml,
			String alignment, int upVotes, int downVotes, String state, Instant createdAt, Instant editedAt,
			List<CommentView> replies, boolean moreReplies) {
		this(id, parentId, depth, author, authorName, bodyHtml, alignment, upVotes, downVotes, state, createdAt,
				editedAt, replies, moreReplies, 0, false, false);
	}

	public boolean visible() {
		return "VISIBLE".equals(state);
	}
}
