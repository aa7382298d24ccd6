package org.ortakakil.identity;

import java.util.Optional;

/** What other modules may ask about accounts. */
public interface Accounts {

	/** The account with this principal, as a request acting as it would see it. */
	Optional<CurrentAccount> byPrincipal(String principal);

	/** The account with this e-mail address (as typed: case and Unicode forms do not matter). */
	Optional<CurrentAccount> byEmail(String email);

	/** The name shown next to a contribution; empty when the account was deleted or never existed. */
	Optional<String> displayName(String principal);
}
