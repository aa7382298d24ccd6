package org.ortakakil.proposals.internal;

import java.util.List;

import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Residence;
import org.ortakakil.moderation.Blocks;
import org.ortakakil.proposals.internal.BoardSettings.SupportScope;
import org.ortakakil.shared.DomainException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who may contribute to a board: a logged-in account that moderation has not blocked, and for binding acts
 * (proposing, supporting) a verified resident of the space's scope, or of any district when the board says
 * so. Works with no {@link Blocks} at all (no moderation module).
 */
@Component
public class Contributors {

	private final ObjectProvider<Blocks> blocks;

	Contributors(ObjectProvider<Blocks> blocks) {
		this.blocks = blocks;
	}

	public void requireNotBlocked(CurrentAccount account) {
		if (account == null) {
			throw DomainException.forbidden("proposals.login-required");
		}
		if (blocks.stream().anyMatch(b -> b.isBlocked(account.principal()))) {
			throw DomainException.forbidden("proposals.blocked");
		}
		if (account.assisted() && blocks.stream().anyMatch(b -> b.isBlocked(account.assistedBy()))) {
			throw DomainException.forbidden("proposals.blocked");
		}
	}

	/** A verified resident whom the board's scope concerns. */
	public Residence requireResident(CurrentAccount account, Board board, SupportScope scope) {
		requireNotBlocked(account);
		Residence residence = account.residence()
			.orElseThrow(() -> DomainException.forbidden("proposals.not-verified"));
		if (scope == SupportScope.ANY_DISTRICT || concerns(board, residence)) {
			return residence;
		}
		throw DomainException.forbidden("proposals.outside-scope");
	}

	static boolean concerns(Board board, Residence residence) {
		if (board.neighbourhoodId() != null) {
			return board.neighbourhoodId() == residence.neighbourhoodId();
		}
		List<Integer> districts = board.districtIds();
		return districts.isEmpty() || districts.contains((int) residence.districtId());
	}
}
