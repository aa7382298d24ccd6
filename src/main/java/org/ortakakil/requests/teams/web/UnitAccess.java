package org.ortakakil.requests.teams.web;

import java.util.List;

import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.requests.internal.Units;
import org.springframework.stereotype.Component;

/**
 * Which units the account serves (SERVE_UNIT, as {@link Units} answers), and the one a page
 * works on: the one asked for, or the only one; null when it must be picked.
 */
@Component
class UnitAccess {

	private final Units units;

	UnitAccess(Units units) {
		this.units = units;
	}

	List<String> served(CurrentAccount account) {
		return units.served(account);
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
		units.require(account, unit);
	}
}
