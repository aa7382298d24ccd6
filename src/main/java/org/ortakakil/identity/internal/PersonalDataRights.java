package org.ortakakil.identity.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ortakakil.platform.PersonalDataHolder;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * KVKK article 11 for one account: a copy of everything the platform holds about it, gathered from
 * every module through {@link PersonalDataHolder}, and erasure. Erasure keeps the account's id (so
 * public contributions stay, shown as from a deleted participant) and erases the rest, including the
 * census link, which frees the census person to verify another account.
 */
@Service
public class PersonalDataRights {

	private final AccountStore accounts;
	private final List<PersonalDataHolder> holders;
	private final Sessions sessions;
	private final IdentityEvents events;
	private final Clock clock;

	PersonalDataRights(AccountStore accounts, List<PersonalDataHolder> holders, Sessions sessions, IdentityEvents events,
			Clock clock) {
		this.accounts = accounts;
		this.holders = holders;
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Map<String, Object> export(long accountId, Actor actor) {
		String principal = String.valueOf(accountId);
		Map<String, Object> all = new LinkedHashMap<>();
		all.put("exportedAt", clock.instant().toString());
		all.put("format", "ortakakil-personal-data/1");
		for (PersonalDataHolder holder : holders) {
			all.put(holder.name(), holder.export(accountId, principal));
		}
		events.publish("account.data-exported", accountId, actor, "");
		return all;
	}

	@Transactional
	public void delete(long accountId, Actor actor) {
		AccountRecord account = accounts.byId(accountId).filter(a -> !a.deleted())
			.orElseThrow(() -> DomainException.notFound("account.not-found"));
		String principal = account.principal();
		for (PersonalDataHolder holder : holders) {
			holder.erase(accountId, principal);
		}
		events.publish("account.deleted", accountId, actor, "");
		sessions.endAll(principal);
	}
}
