package org.ortakakil.audit;

import java.util.List;

/** Read the log and verify it; entries are only ever added by events. */
public interface AuditLog {

	/** Newest first, at most {@code limit}, optionally only those about one resource type. */
	List<AuditEntry> latest(int limit, String resourceType);

	/** The kinds of resource the log has entries about, for filtering. */
	List<String> resourceTypes();

	Verification verify();

	/** Newest first, at most {@code limit}: what a person did, or what staff did for them. */
	List<AuditEntry> actsOf(String principal, int limit);
}
