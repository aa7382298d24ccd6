package org.ortakakil.identity.internal;

import java.time.Clock;

import org.ortakakil.platform.Languages;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Accounts for people who log in through the city's identity provider (OpenID Connect). The
 * provider's issuer and subject find the account; the first time, a verified e-mail links an
 * existing account, or a new one is opened. The session then holds an ordinary account login, so
 * everything else works the same; the consent text is asked for at once if never accepted.
 */
class OidcAccounts {

	private final AccountStore accounts;
	private final AccountAuthentication authentication;
	private final IdentityEvents events;
	private final Clock clock;

	OidcAccounts(AccountStore accounts, AccountAuthentication authentication, IdentityEvents events, Clock clock) {
		this.accounts = accounts;
		this.authentication = authentication;
		this.events = events;
		this.clock = clock;
	}

	long accountFor(OidcUser user, String address) {
		String issuer = String.valueOf(user.getIssuer());
		String subject = user.getSubject();
		return accounts.byOidc(issuer, subject).filter(a -> !a.deleted()).map(AccountRecord::id).orElseGet(() -> {
			if (user.getEmail() == null || !Boolean.TRUE.equals(user.getEmailVerified())) {
				throw DomainException.invalid("oidc.email-required");
			}
			EmailAddress email = EmailAddress.parse(user.getEmail());
			long id = accounts.byEmail(email.value()).filter(a -> !a.deleted()).map(AccountRecord::id)
				.orElseGet(() -> accounts.insert(email, Registration.displayName(
						user.getFullName() == null ? email.value().split("@")[0] : user.getFullName()),
						null, Languages.TURKISH.code(), null, clock.instant(), false, clock.instant()));
			accounts.linkOidc(id, issuer, subject);
			accounts.confirmEmail(id, clock.instant());
			events.publish("account.oidc-linked", id, new Actor(String.valueOf(id), address), issuer);
			return id;
		});
	}

	/** Swaps the provider's authentication for the account's, then continues as a password login would. */
	AuthenticationSuccessHandler successHandler(AuthenticationSuccessHandler then) {
		HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
		return (request, response, done) -> {
			OidcUser user = (OidcUser) done.getPrincipal();
			long id = accountFor(user, request.getRemoteAddr());
			AccountUser account = authentication.reload(id);
			UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(account, null,
					account.getAuthorities());
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(token);
			SecurityContextHolder.setContext(context);
			repository.saveContext(context, request, response);
			events.publish("login.succeeded", id, new Actor(String.valueOf(id), request.getRemoteAddr()), "oidc");
			then.onAuthenticationSuccess(request, response, token);
		};
	}
}
