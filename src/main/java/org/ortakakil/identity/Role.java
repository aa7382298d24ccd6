package org.ortakakil.identity;

/**
 * What an account may be entrusted with. Global roles hold everywhere; scoped roles hold for one
 * unit, participation office, neighbourhood or district, named by the grant's scope.
 */
public enum Role {

	ADMIN(Scope.GLOBAL), MODERATOR(Scope.GLOBAL), STAFF(Scope.UNIT), OFFICE_STAFF(Scope.OFFICE),
	MUHTAR(Scope.NEIGHBOURHOOD), DISTRICT_COORDINATOR(Scope.DISTRICT);

	/** What a role's scope names. */
	public enum Scope { GLOBAL, UNIT, OFFICE, NEIGHBOURHOOD, DISTRICT }

	private final Scope scope;

	Role(Scope scope) {
		this.scope = scope;
	}

	public Scope scope() {
		return scope;
	}

	public boolean global() {
		return scope == Scope.GLOBAL;
	}
}
