package org.ortakakil.identity;

import java.util.List;
import java.util.Optional;

/** What other modules may ask about accounts. */
public interface Accounts {

	/** The account with this principal, as a request acting as it would see it. */
	Optional<CurrentAccount> byPrincipal(String principal);

	/** The account with this e-mail address (as typed: case and Unicode forms do not matter). */
	Optional<CurrentAccount> byEmail(String email);

	/** The name shown next to a contribution; empty when the account was deleted or never existed. */
	Optional<String> displayName(String principal);

	/** Someone to write to: an address and the language they read. */
	record Contact(String principal, String email, String language) {
	}

	/**
	 * Those who hold the role with exactly this scope (for a global role, scope ""), with a confirmed
	 * e-mail address: for instance the staff of a unit, to warn them of a request about to be late.
	 */
	List<Contact> holders(Role role, String scope);

	/**
	 * The verified residents of a neighbourhood (as the census says) with a confirmed e-mail address:
	 * for instance to invite them to its meetings.
	 */
	List<Contact> residentsOf(int neighbourhoodId);
}
