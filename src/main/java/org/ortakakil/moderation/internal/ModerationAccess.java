package org.ortakakil.moderation.internal;

import java.util.ArrayList;
import java.util.List;

import org.ortakakil.identity.Authorization;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Permission;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.ResourceRef;
import org.ortakakil.spaces.Spaces;
import org.springframework.stereotype.Component;

/**
 * Who may moderate what: global moderators and administrators everything (content without a space and
 * users included), space moderators and space administrators the content of their spaces; only platform
 * administrators block people.
 */
@Component
public class ModerationAccess {

	/** Where an account may moderate: everywhere, or in the listed spaces only. */
	public record Reach(boolean everywhere, List<ResourceRef> spaces) {

		public Reach {
			spaces = List.copyOf(spaces);
		}
	}

	private final Authorization authorization;
	private final Spaces spaces;

	ModerationAccess(Authorization authorization, Spaces spaces) {
		this.authorization = authorization;
		this.spaces = spaces;
	}

	/** Where the account may moderate; FORBIDDEN when nowhere. */
	public Reach reach(CurrentAccount account) {
		if (account == null) {
			throw DomainException.forbidden("moderation.not-moderator");
		}
		if (authorization.may(account, Permission.MODERATE, null)) {
			return new Reach(true, List.of());
		}
		List<ResourceRef> moderated = new ArrayList<>();
		spaces.processes().forEach(p -> add(account, ResourceRef.of("process", p.id()), moderated));
		spaces.assemblies().forEach(a -> add(account, ResourceRef.of("assembly", a.id()), moderated));
		if (moderated.isEmpty()) {
			throw DomainException.forbidden("moderation.not-moderator");
		}
		return new Reach(false, moderated);
	}

	public boolean mayBlock(CurrentAccount account) {
		return account != null && authorization.may(account, Permission.ADMINISTER_PLATFORM, null);
	}

	void requireModerator(CurrentAccount account, ResourceRef space) {
		if (account == null || !authorization.may(account, Permission.MODERATE, space)) {
			throw DomainException.forbidden("moderation.not-moderator");
		}
	}

	void requireAdministrator(CurrentAccount account) {
		if (!mayBlock(account)) {
			throw DomainException.forbidden("moderation.not-administrator");
		}
	}

	private void add(CurrentAccount account, ResourceRef space, List<ResourceRef> moderated) {
		if (authorization.may(account, Permission.MODERATE, space)) {
			moderated.add(space);
		}
	}
}
