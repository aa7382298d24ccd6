package org.ortakakil.identity.internal;

import java.time.Instant;

/** One row of {@code account}, as the identity module reads it. */
public record AccountRecord(long id, String email, String displayName, String passwordHash, String language,
		Integer homeDistrictId, Integer homeNeighbourhoodId, String notificationMode, Integer consentVersion,
		Instant emailConfirmedAt, boolean assistedOnly, int securityVersion, Instant createdAt, Instant deletedAt) {

	public String principal() {
		return String.valueOf(id);
	}

	public boolean confirmed() {
		return emailConfirmedAt != null;
	}

	public boolean deleted() {
		return deletedAt != null;
	}
}
