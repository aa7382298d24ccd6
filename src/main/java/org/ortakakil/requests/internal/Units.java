package org.ortakakil.requests.internal;

import java.util.List;
import java.util.TreeSet;

import org.ortakakil.identity.Authorization;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Permission;
import org.ortakakil.requests.RoutingRule;
import org.ortakakil.requests.ServiceCategoryView;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.ResourceRef;
import org.springframework.stereotype.Component;

/**
 * The municipal units that handle requests (every unit the catalogue routes to) and which of them an
 * account works for, as {@link Authorization} answers SERVE_UNIT: one place for the triage pages, the
 * dispatcher console, the team pages and the intake form's staff fields.
 */
@Component
public class Units {

	private final CatalogueStore catalogue;
	private final Authorization authorization;

	Units(CatalogueStore catalogue, Authorization authorization) {
		this.catalogue = catalogue;
		this.authorization = authorization;
	}

	/** Every unit a category of the catalogue (active or not) sends requests to, alphabetically. */
	public List<String> all() {
		TreeSet<String> units = new TreeSet<>();
		for (ServiceCategoryView category : catalogue.all()) {
			units.add(category.defaultUnit());
			category.routing().stream().map(RoutingRule::unitKey).forEach(units::add);
		}
		return List.copyOf(units);
	}

	public boolean serves(CurrentAccount account, String unit) {
		return account != null && authorization.may(account, Permission.SERVE_UNIT, ResourceRef.of("unit", unit));
	}

	/** Whether the account, acting for itself (not in an assisted session), works for any unit. */
	public boolean servesAny(CurrentAccount account) {
		return account != null && !account.assisted() && all().stream().anyMatch(unit -> serves(account, unit));
	}

	/** The units the account works for; FORBIDDEN when none. */
	public List<String> served(CurrentAccount account) {
		List<String> units = all().stream().filter(unit -> serves(account, unit)).toList();
		if (units.isEmpty()) {
			throw DomainException.forbidden("permission.denied");
		}
		return units;
	}

	public void require(CurrentAccount account, String unit) {
		authorization.require(account, Permission.SERVE_UNIT, ResourceRef.of("unit", unit));
	}
}
