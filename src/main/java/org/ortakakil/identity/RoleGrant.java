package org.ortakakil.identity;

/** A role held by an account; {@code scope} is empty for a global role. */
public record RoleGrant(Role role, String scope) {

	public RoleGrant {
		scope = scope == null ? "" : scope;
	}

	public static RoleGrant global(Role role) {
		return new RoleGrant(role, "");
	}

	public boolean covers(Role wanted, String wantedScope) {
		return role == wanted && (role.global() || scope.equals(wantedScope));
	}
}
