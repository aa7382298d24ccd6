package org.ortakakil.budgeting.internal;

import org.ortakakil.budgeting.ParticipatoryBudgetView;
import org.ortakakil.identity.Authorization;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Permission;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.ResourceRef;
import org.springframework.stereotype.Component;

/**
 * Who may run a participatory budget (the administrators of its process) and who may review its ideas
 * (the process's evaluators and administrators), as {@link Authorization} answers.
 */
@Component
public class PbAccess {

	private final Authorization authorization;

	PbAccess(Authorization authorization) {
		this.authorization = authorization;
	}

	public boolean mayAdminister(CurrentAccount account, ParticipatoryBudgetView pb) {
		return account != null && authorization.may(account, Permission.ADMINISTER_SPACE, process(pb));
	}

	public boolean mayEvaluate(CurrentAccount account, ParticipatoryBudgetView pb) {
		return account != null && authorization.may(account, Permission.EVALUATE, process(pb));
	}

	/** As {@link #mayAdminister}, or FORBIDDEN {@code budgeting.not-admin}. */
	public void requireAdmin(CurrentAccount account, ParticipatoryBudgetView pb) {
		if (!mayAdminister(account, pb)) {
			throw DomainException.forbidden("budgeting.not-admin");
		}
	}

	/** As {@link #mayEvaluate}, or FORBIDDEN {@code budgeting.not-evaluator}. */
	public void requireEvaluator(CurrentAccount account, ParticipatoryBudgetView pb) {
		if (!mayEvaluate(account, pb)) {
			throw DomainException.forbidden("budgeting.not-evaluator");
		}
	}

	/** Staff of a participation office, who act for a resident who is present. */
	public boolean mayAssist(CurrentAccount staff, String office) {
		return staff != null && authorization.may(staff, Permission.ASSIST_RESIDENT, ResourceRef.of("office", office));
	}

	/** The muhtar of the neighbourhood. */
	public boolean represents(CurrentAccount account, int neighbourhoodId) {
		return account != null && authorization.may(account, Permission.REPRESENT_NEIGHBOURHOOD,
				ResourceRef.of("neighbourhood", neighbourhoodId));
	}

	/** A muhtar of some neighbourhood, who may send ideas in its name. */
	public boolean isMuhtar(CurrentAccount account) {
		return account != null && account.holdsAnywhere(org.ortakakil.identity.Role.MUHTAR);
	}

	/** The neighbourhoods the account is muhtar of. */
	public java.util.List<Integer> muhtarOf(CurrentAccount account) {
		return account == null ? java.util.List.of()
				: account.roles().stream()
					.filter(grant -> grant.role() == org.ortakakil.identity.Role.MUHTAR)
					.map(grant -> Integer.valueOf(grant.scope()))
					.toList();
	}

	private static ResourceRef process(ParticipatoryBudgetView pb) {
		return ResourceRef.of("process", pb.processId());
	}
}
