package org.ortakakil.identity.internal;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/**
 * Kept in the staff member's session while they act for a resident who is present.
 *
 * @param residentId the account acted for
 * @param staff the principal of the member of staff
 * @param office the participation office (the scope of their OFFICE_STAFF role)
 */
public record AssistedSession(long residentId, String staff, String office, Instant startedAt) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public static final String ATTRIBUTE = AssistedSession.class.getName();
}
