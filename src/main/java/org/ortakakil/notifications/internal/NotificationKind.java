package org.ortakakil.notifications.internal;

/** What a notification tells; its text is the message {@code notifications.kind.<KIND>}. */
public enum NotificationKind {
	PROPOSAL_PUBLISHED, PROPOSAL_QUALIFIED, PROPOSAL_ANSWERED, PROPOSAL_WITHDRAWN, COMMENT_ADDED, CONTENT_HIDDEN,
	CONTENT_RESTORED, ACCOUNT_BLOCKED
}
