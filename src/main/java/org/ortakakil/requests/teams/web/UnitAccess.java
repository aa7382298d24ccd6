package org.ortakakil.requests.teams.web;

import java.util.List;

import org.ortakakil.identity.Authorization;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Permission;
import org.ortakakil.requests.teams.Dispatch;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.ResourceRef;
import org.springframework.stereotype.Component;

/**
 * Which units the account serves (SERVE_UNIT, as {@link Authorization} answers), and the one a page
 * works on: the one asked for, or the only one; null when it must be picked.
 */
@Component
class UnitAccess {

	private final Authorization authorization;
	private final Dispatch dispatch;

	UnitAccess(Authorization authorization, Dispatch dispatch) {
		this.authorization = authorization;
		this.dispatch = dispatch;
	}

	List<String> served(CurrentAccount account) {
		List<String> units = dispatch.units().stream()
			.filter(unit -> authorization.may(account, Permission.SERVE_UNIT, ResourceRef.of("unit", unit))).toList();
		if (units.isEmpty()) {
			throw DomainException.forbidden("permission.denied");
		}
		return units;
	}

	/** The unit asked for (which the account must serve), the only one served, or null to pick one. */
	String chosen(CurrentAccount account, String unit, List<String> served) {
		if (unit != null && !unit.isBlank()) {
			require(account, unit);
			return unit;
		}
		return served.size() == 1 ? served.get(0) : null;
	}

	void require(CurrentAccount account, String unit) {
		authorization.require(account, Permission.SERVE_UNIT, ResourceRef.of("unit", unit));
	}
}
