package org.ortakakil.moderation;

/** Whether an account is blocked from contributing (proposals, comments, supports, reports). */
public interface Blocks {

	boolean isBlocked(String principal);
}
