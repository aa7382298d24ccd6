package org.ortakakil.identity.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ortakakil.geography.Geography;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.RoleGrant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The current account, for API clients using the session. 401 ProblemDetail when not logged in. */
@RestController
@Tag(name = "Accounts")
class MeApi {

	private final Geography geography;

	MeApi(Geography geography) {
		this.geography = geography;
	}

	/** The account as JSON; the field names are the API and stay stable. */
	record Me(long id, String displayName, String email, String language, List<RoleGrant> roles,
			Map<String, Object> verification, String assistedBy) {
	}

	@GetMapping("/api/v1/me")
	@Operation(summary = "The logged-in account: roles, verification state and district")
	Me me(CurrentAccount me) {
		Map<String, Object> verification = new LinkedHashMap<>();
		verification.put("verified", me.verified());
		me.residence().ifPresent(residence -> {
			verification.put("verifiedAt", residence.verifiedAt().toString());
			geography.district((int) residence.districtId()).ifPresent(d -> verification.put("district",
					Map.of("id", d.id(), "slug", d.slug(), "name", d.name())));
			geography.neighbourhood((int) residence.neighbourhoodId()).ifPresent(n -> verification.put("neighbourhood",
					Map.of("id", n.id(), "slug", n.slug(), "name", n.name())));
		});
		return new Me(me.id(), me.displayName(), me.email(), me.language(), me.roles(), verification, me.assistedBy());
	}
}
