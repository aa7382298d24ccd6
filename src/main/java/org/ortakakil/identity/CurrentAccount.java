package org.ortakakil.identity;

import java.util.List;
import java.util.Optional;

/**
 * The account a request acts as. In an assisted session this is the resident, and
 * {@code assistedBy} is the member of staff acting for them.
 *
 * @param principal the name the account's acts carry (its id, in decimal)
 */
public record CurrentAccount(long id, String principal, String displayName, String email, String language,
		List<RoleGrant> roles, Optional<Residence> residence, String assistedBy) {

	public boolean verified() {
		return residence.isPresent();
	}

	public boolean assisted() {
		return assistedBy != null;
	}

	public boolean holds(Role role, String scope) {
		return roles.stream().anyMatch(grant -> grant.covers(role, scope));
	}

	public boolean holdsAnywhere(Role role) {
		return roles.stream().anyMatch(grant -> grant.role() == role);
	}
}
