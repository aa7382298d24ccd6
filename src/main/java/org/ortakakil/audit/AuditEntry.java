package org.ortakakil.audit;

import java.time.Instant;

/**
 * One link of the chain: {@code hash} covers every field and the previous entry's hash. When staff
 * acted for a resident, {@code actor} is the resident and {@code assistedBy} the member of staff.
 */
public record AuditEntry(long sequence, Instant occurredAt, String actor, String address, String action,
		String resourceType, String resourceId, String summary, String previousHash, String hash, String assistedBy) {
}
