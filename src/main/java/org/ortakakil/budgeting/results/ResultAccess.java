package org.ortakakil.budgeting.results;

import org.ortakakil.budgeting.ParticipatoryBudgetView;
import org.ortakakil.identity.Authorization;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Permission;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.ResourceRef;
import org.springframework.stereotype.Component;

/**
 * Who may see a participatory budget's results being computed, recompute them and record a lot order: the
 * administrators of its process, and platform administrators. Simulations are for platform administrators.
 */
@Component
class ResultAccess {

	private final Authorization authorization;

	ResultAccess(Authorization authorization) {
		this.authorization = authorization;
	}

	boolean mayAdminister(CurrentAccount account, ParticipatoryBudgetView pb) {
		return account != null
				&& authorization.may(account, Permission.ADMINISTER_SPACE, ResourceRef.of("process", pb.processId()));
	}

	/** As {@link #mayAdminister}, or FORBIDDEN {@code budgeting.results.not-admin}. */
	void requireAdmin(CurrentAccount account, ParticipatoryBudgetView pb) {
		if (!mayAdminister(account, pb)) {
			throw DomainException.forbidden("budgeting.results.not-admin");
		}
	}

	/** Platform administrators only, or FORBIDDEN {@code budgeting.simulate.not-admin}. */
	void requirePlatformAdmin(CurrentAccount account) {
		if (account == null || !authorization.may(account, Permission.ADMINISTER_PLATFORM, ResourceRef.of("platform", 0))) {
			throw DomainException.forbidden("budgeting.simulate.not-admin");
		}
	}
}
