package org.ortakakil.identity.internal;

import java.util.Optional;

import org.ortakakil.geography.Geography;
import org.ortakakil.geography.Neighbourhood;
import org.ortakakil.identity.Authorization;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Permission;
import org.ortakakil.identity.Role;
import org.ortakakil.shared.ResourceRef;
import org.ortakakil.spaces.SpaceKind;
import org.ortakakil.spaces.SpaceRole;
import org.ortakakil.spaces.Spaces;
import org.springframework.stereotype.Service;

/**
 * The rules, in one place. An administrator may do everything except act as a resident. Scoped
 * roles hold for their scope: a district coordinator also for the district's neighbourhoods. Space
 * roles come from the spaces module. In an assisted session, staff act with the resident's rights
 * only, never with their own.
 */
@Service
class RoleBasedAuthorization implements Authorization {

	private final Spaces spaces;
	private final Geography geography;

	RoleBasedAuthorization(Spaces spaces, Geography geography) {
		this.spaces = spaces;
		this.geography = geography;
	}

	@Override
	public boolean may(CurrentAccount account, Permission permission, ResourceRef resource) {
		if (account == null) {
			return false;
		}
		if (permission == Permission.PARTICIPATE_AS_RESIDENT) {
			return residentOf(account, resource);
		}
		if (account.assisted()) {
			return false;
		}
		if (account.holds(Role.ADMIN, "")) {
			return true;
		}
		return switch (permission) {
			case ADMINISTER_PLATFORM -> false;
			case ADMINISTER_SPACE -> spaceRole(account, resource, SpaceRole.ADMIN);
			case MODERATE -> account.holds(Role.MODERATOR, "") || spaceRole(account, resource, SpaceRole.MODERATOR)
					|| spaceRole(account, resource, SpaceRole.ADMIN);
			case EVALUATE -> spaceRole(account, resource, SpaceRole.EVALUATOR) || spaceRole(account, resource, SpaceRole.ADMIN);
			case ASSIST_RESIDENT -> scoped(account, Role.OFFICE_STAFF, "office", resource);
			case REPRESENT_NEIGHBOURHOOD -> scoped(account, Role.MUHTAR, "neighbourhood", resource);
			case COORDINATE_DISTRICT -> coordinates(account, resource);
			case SERVE_UNIT -> scoped(account, Role.STAFF, "unit", resource);
			case PARTICIPATE_AS_RESIDENT -> false;
		};
	}

	private static boolean scoped(CurrentAccount account, Role role, String type, ResourceRef resource) {
		return resource != null && type.equals(resource.type()) && account.holds(role, resource.id());
	}

	private boolean coordinates(CurrentAccount account, ResourceRef resource) {
		if (resource == null) {
			return false;
		}
		return switch (resource.type()) {
			case "district" -> account.holds(Role.DISTRICT_COORDINATOR, resource.id());
			case "neighbourhood" -> neighbourhood(resource)
				.map(n -> account.holds(Role.DISTRICT_COORDINATOR, String.valueOf(n.districtId()))).orElse(false);
			default -> false;
		};
	}

	private boolean residentOf(CurrentAccount account, ResourceRef resource) {
		if (account.residence().isEmpty() || resource == null) {
			return false;
		}
		var residence = account.residence().get();
		return switch (resource.type()) {
			case "city" -> true;
			case "district" -> String.valueOf(residence.districtId()).equals(resource.id());
			case "neighbourhood" -> String.valueOf(residence.neighbourhoodId()).equals(resource.id());
			default -> false;
		};
	}

	private boolean spaceRole(CurrentAccount account, ResourceRef resource, SpaceRole role) {
		if (resource == null) {
			return false;
		}
		SpaceKind kind = switch (resource.type()) {
			case "process" -> SpaceKind.PROCESS;
			case "assembly" -> SpaceKind.ASSEMBLY;
			default -> null;
		};
		return kind != null && resource.id().chars().allMatch(Character::isDigit)
				&& spaces.hasRole(kind, Long.parseLong(resource.id()), account.principal(), role);
	}

	private Optional<Neighbourhood> neighbourhood(ResourceRef resource) {
		try {
			return geography.neighbourhood(Integer.parseInt(resource.id()));
		}
		catch (NumberFormatException notAnId) {
			return Optional.empty();
		}
	}
}
