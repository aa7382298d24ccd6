package org.ortakakil.comments.internal;

import java.util.List;
import java.util.Optional;

import org.ortakakil.comments.Commentable;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.moderation.Blocks;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.ResourceRef;
import org.springframework.stereotype.Component;

/**
 * What the comments module asks other modules: every {@link Commentable} what a target is and whether it is
 * open, every {@link Blocks} whether an account is blocked (none may exist yet: then nobody is).
 */
@Component
public class Targets {

	private final List<Commentable> commentables;
	private final List<Blocks> blocks;

	Targets(List<Commentable> commentables, List<Blocks> blocks) {
		this.commentables = commentables;
		this.blocks = blocks;
	}

	public Optional<Commentable.Target> describe(ResourceRef target) {
		return commentables.stream().flatMap(c -> c.describe(target).stream()).findFirst();
	}

	/** The target; NOT_FOUND when no module knows it. */
	public Commentable.Target known(ResourceRef target) {
		return describe(target).orElseThrow(() -> DomainException.notFound("comments.unknown-target", target.toString()));
	}

	public boolean blocked(String principal) {
		return principal != null && blocks.stream().anyMatch(b -> b.isBlocked(principal));
	}

	/** The target, if the account may write on it now: logged in, not blocked, the target known and open. */
	Commentable.Target writable(CurrentAccount account, ResourceRef target) {
		if (account == null) {
			throw DomainException.forbidden("comments.login-required");
		}
		if (blocked(account.principal())) {
			throw DomainException.forbidden("comments.blocked");
		}
		Commentable.Target known = known(target);
		if (!known.open()) {
			throw DomainException.forbidden("comments.closed");
		}
		return known;
	}

	/** A target as typed in a form or address: type:id. */
	public static ResourceRef parse(String text) {
		int colon = text == null ? -1 : text.indexOf(':');
		if (colon <= 0 || colon == text.length() - 1 || text.length() > 140) {
			throw DomainException.notFound("comments.unknown-target", String.valueOf(text));
		}
		return new ResourceRef(text.substring(0, colon), text.substring(colon + 1));
	}
}
