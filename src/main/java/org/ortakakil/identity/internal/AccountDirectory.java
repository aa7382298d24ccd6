package org.ortakakil.identity.internal;

import java.util.List;
import java.util.Optional;

import org.ortakakil.identity.Accounts;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Role;
import org.ortakakil.identity.Residence;
import org.ortakakil.platform.LanguagePreference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Builds the view of an account that requests act as: its roles, and where the census says it
 * lives. Read fresh on every request, so a role revoked or a resident moved by a census import
 * counts at once.
 */
@Service
@Transactional(readOnly = true)
public class AccountDirectory implements Accounts, LanguagePreference {

	/** The request attribute holding the {@link CurrentAccount} of the request, if any. */
	public static final String CURRENT = CurrentAccount.class.getName();
	/** The request attribute holding the account that is logged in, when it acts for someone else. */
	public static final String AUTHENTICATED = CurrentAccount.class.getName() + ".authenticated";

	private final AccountStore store;
	private final JdbcClient jdbc;

	AccountDirectory(AccountStore store, JdbcClient jdbc) {
		this.store = store;
		this.jdbc = jdbc;
	}

	public Optional<CurrentAccount> load(long id, String assistedBy) {
		return store.byId(id).filter(a -> !a.deleted()).map(a -> view(a, assistedBy));
	}

	CurrentAccount view(AccountRecord account, String assistedBy) {
		return new CurrentAccount(account.id(), account.principal(), account.displayName(), account.email(),
				account.language(), store.roles(account.id()), residence(account.id()), assistedBy);
	}

	public Optional<Residence> residence(long accountId) {
		return jdbc.sql("""
				SELECT p.neighbourhood_id, p.district_id, p.birth_date, c.verified_at
				FROM account_census c JOIN census_person p ON p.id = c.census_person_id
				WHERE c.account_id = ?""").param(accountId)
			.query((rs, i) -> new Residence(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(),
					rs.getTimestamp(4).toInstant()))
			.optional();
	}

	@Override
	public List<Contact> holders(Role role, String scope) {
		return jdbc.sql("""
				SELECT a.id, a.email, a.language FROM account a JOIN account_role r ON r.account_id = a.id
				WHERE r.role = ? AND r.scope = ? AND a.email IS NOT NULL AND a.email_confirmed_at IS NOT NULL
				AND a.deleted_at IS NULL
				ORDER BY a.id""").params(role.name(), scope == null ? "" : scope)
			.query((rs, i) -> new Contact(String.valueOf(rs.getLong(1)), rs.getString(2), rs.getString(3))).list();
	}

	@Override
	public List<Contact> residentsOf(int neighbourhoodId) {
		return jdbc.sql("""
				SELECT a.id, a.email, a.language FROM account a JOIN account_census c ON c.account_id = a.id
				JOIN census_person p ON p.id = c.census_person_id
				WHERE p.neighbourhood_id = ? AND a.email IS NOT NULL AND a.email_confirmed_at IS NOT NULL
				AND a.deleted_at IS NULL ORDER BY a.id""").param(neighbourhoodId)
			.query((rs, i) -> new Contact(String.valueOf(rs.getLong(1)), rs.getString(2), rs.getString(3))).list();
	}

	@Override
	public Optional<CurrentAccount> byPrincipal(String principal) {
		return idOf(principal).flatMap(id -> load(id, null));
	}

	@Override
	public Optional<CurrentAccount> byEmail(String email) {
		return store.byEmail(email).filter(a -> !a.deleted()).map(a -> view(a, null));
	}

	@Override
	public Optional<String> displayName(String principal) {
		return idOf(principal).flatMap(store::byId).filter(a -> !a.deleted()).map(AccountRecord::displayName);
	}

	@Override
	public Optional<String> of(HttpServletRequest request) {
		return request.getAttribute(CURRENT) instanceof CurrentAccount account ? Optional.ofNullable(account.language())
				: Optional.empty();
	}

	static Optional<Long> idOf(String principal) {
		if (principal == null || principal.isEmpty() || principal.length() > 18
				|| !principal.chars().allMatch(Character::isDigit)) {
			return Optional.empty();
		}
		return Optional.of(Long.parseLong(principal));
	}
}
