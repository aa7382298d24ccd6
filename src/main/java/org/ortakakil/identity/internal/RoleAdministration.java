package org.ortakakil.identity.internal;

import java.time.Clock;
import java.util.regex.Pattern;

import org.ortakakil.geography.Geography;
import org.ortakakil.identity.Role;
import org.ortakakil.identity.RoleGrant;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants and revokes platform roles; each change is audited and holds from the next request of the
 * person concerned. The last administrator cannot be removed.
 */
@Service
@Transactional
public class RoleAdministration {

	private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

	private final AccountStore accounts;
	private final Geography geography;
	private final IdentityEvents events;
	private final Clock clock;

	RoleAdministration(AccountStore accounts, Geography geography, IdentityEvents events, Clock clock) {
		this.accounts = accounts;
		this.geography = geography;
		this.events = events;
		this.clock = clock;
	}

	public void grant(long accountId, Role role, String scope, Actor actor) {
		RoleGrant grant = new RoleGrant(role, checkedScope(role, scope));
		AccountRecord account = accounts.byId(accountId).filter(a -> !a.deleted())
			.orElseThrow(() -> DomainException.notFound("account.not-found"));
		if (!accounts.grant(account.id(), grant, actor.name(), clock.instant())) {
			throw DomainException.conflict("role.already-granted");
		}
		events.publish("role.granted", accountId, actor, describe(grant));
	}

	public void revoke(long accountId, Role role, String scope, Actor actor) {
		RoleGrant grant = new RoleGrant(role, scope == null ? "" : scope.strip());
		if (role == Role.ADMIN && accounts.roles(accountId).contains(grant) && accounts.countWithRole(Role.ADMIN) <= 1) {
			throw DomainException.conflict("role.last-admin");
		}
		if (!accounts.revoke(accountId, grant)) {
			throw DomainException.notFound("role.not-found");
		}
		events.publish("role.revoked", accountId, actor, describe(grant));
	}

	private String checkedScope(Role role, String typed) {
		if (role == null) {
			throw DomainException.invalid("role.required");
		}
		String scope = typed == null ? "" : typed.strip();
		switch (role.scope()) {
			case GLOBAL -> {
				return "";
			}
			case NEIGHBOURHOOD -> {
				return geography.neighbourhood(number(scope)).map(n -> String.valueOf(n.id()))
					.orElseThrow(() -> DomainException.invalid("role.scope-neighbourhood"));
			}
			case DISTRICT -> {
				return geography.district(scope).or(() -> geography.district(number(scope)))
					.map(d -> String.valueOf(d.id()))
					.orElseThrow(() -> DomainException.invalid("role.scope-district"));
			}
			default -> {
				if (!KEY.matcher(scope).matches()) {
					throw DomainException.invalid("role.scope-key");
				}
				return scope;
			}
		}
	}

	private static int number(String text) {
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException notANumber) {
			return -1;
		}
	}

	private static String describe(RoleGrant grant) {
		return grant.scope().isEmpty() ? grant.role().name() : grant.role() + " " + grant.scope();
	}
}
