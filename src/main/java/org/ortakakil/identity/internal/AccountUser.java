package org.ortakakil.identity.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.ortakakil.identity.RoleGrant;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in account as Spring Security keeps it in the session. Its name is the account id, so
 * acts and sessions never carry the e-mail. Each role becomes {@code ROLE_<role>} whatever its
 * scope; scopes are checked by {@link org.ortakakil.identity.Authorization}.
 */
public final class AccountUser implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;
	private final int securityVersion;
	private String passwordHash;
	private final boolean enabled;
	private final List<String> roles;

	AccountUser(AccountRecord account, List<RoleGrant> grants) {
		this.id = account.id();
		this.securityVersion = account.securityVersion();
		this.passwordHash = account.passwordHash();
		this.enabled = account.confirmed() && !account.deleted();
		this.roles = grants.stream().map(grant -> "ROLE_" + grant.role().name()).distinct().toList();
	}

	public long id() {
		return id;
	}

	int securityVersion() {
		return securityVersion;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(SimpleGrantedAuthority::new).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return String.valueOf(id);
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountUser user && user.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return "AccountUser[" + id + "]";
	}
}
