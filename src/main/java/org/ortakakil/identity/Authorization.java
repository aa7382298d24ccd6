package org.ortakakil.identity;

import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.ResourceRef;

/**
 * The single answer to "may this account do this on that resource?" for every module. Controllers
 * ask it instead of comparing role names.
 */
public interface Authorization {

	boolean may(CurrentAccount account, Permission permission, ResourceRef resource);

	/** As {@link #may}, but says no with a {@code FORBIDDEN} {@link DomainException}. */
	default void require(CurrentAccount account, Permission permission, ResourceRef resource) {
		if (account == null || !may(account, permission, resource)) {
			throw DomainException.forbidden("permission.denied");
		}
	}
}
