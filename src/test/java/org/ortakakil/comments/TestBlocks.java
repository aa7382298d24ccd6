package org.ortakakil.comments;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.ortakakil.moderation.Blocks;
import org.springframework.stereotype.Component;

/** A test double for moderation's blocks: the principals a test puts in {@link #BLOCKED} are blocked. */
@Component
public class TestBlocks implements Blocks {

	public static final Set<String> BLOCKED = ConcurrentHashMap.newKeySet();

	@Override
	public boolean isBlocked(String principal) {
		return BLOCKED.contains(principal);
	}
}
