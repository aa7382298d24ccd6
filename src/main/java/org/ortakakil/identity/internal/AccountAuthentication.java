package org.ortakakil.identity.internal;

import java.time.Instant;
import java.util.Optional;

import org.ortakakil.shared.Actor;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Logs in with e-mail and password, and locks out after repeated failures: per account (someone
 * guessing one person's password) and per address (someone trying many accounts). Accounts are
 * also loaded by id, for "remember me", which stores the id rather than the e-mail. Deliberately
 * not a bean of Spring Security's types: {@link IdentitySecurity} builds the one authentication
 * manager from it, so no second provider could ever be asked after a refusal.
 */
public class AccountAuthentication implements UserDetailsService, AuthenticationProvider {

	private final AccountStore accounts;
	private final LoginThrottle throttle;
	private final IdentityEvents events;
	private final DaoAuthenticationProvider passwords;

	public AccountAuthentication(AccountStore accounts, LoginThrottle throttle, IdentityEvents events, PasswordEncoder encoder) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.events = events;
		this.passwords = new DaoAuthenticationProvider(this);
		this.passwords.setPasswordEncoder(encoder);
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		String name = username == null ? "" : username.strip();
		Optional<AccountRecord> account = name.chars().allMatch(Character::isDigit) && !name.isEmpty() && name.length() < 19
				? accounts.byId(Long.parseLong(name))
				: accounts.byEmail(name);
		AccountRecord found = account.filter(a -> !a.deleted())
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return new AccountUser(found, accounts.roles(found.id()));
	}

	public AccountUser reload(long id) {
		return (AccountUser) loadUserByUsername(String.valueOf(id));
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "-";
		String email = attempt.getName() == null ? "" : attempt.getName().strip();
		Optional<AccountRecord> account = email.contains("@") ? accounts.byEmail(email) : Optional.empty();
		long accountId = account.map(AccountRecord::id).orElse(0L);
		Actor actor = new Actor(accountId == 0 ? null : String.valueOf(accountId), address);
		Optional<Instant> locked = throttle.lockedUntil(LoginThrottle.address(address))
			.or(() -> account.flatMap(a -> throttle.lockedUntil(LoginThrottle.account(a.id()))));
		if (locked.isPresent()) {
			events.publish("login.refused-locked", accountId, actor, "");
			throw new LoginLockedException(locked.get());
		}
		try {
			Authentication done = passwords.authenticate(new UsernamePasswordAuthenticationToken(email,
					attempt.getCredentials()));
			throttle.succeeded(LoginThrottle.account(accountId));
			events.publish("login.succeeded", accountId, actor, "password");
			UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
					done.getPrincipal(), null, done.getAuthorities());
			result.setDetails(attempt.getDetails());
			return result;
		}
		catch (BadCredentialsException wrong) {
			Optional<Instant> byAddress = throttle.failed(LoginThrottle.address(address), throttle.addressLimit());
			Optional<Instant> byAccount = accountId == 0 ? Optional.empty()
					: throttle.failed(LoginThrottle.account(accountId), throttle.accountLimit());
			Optional<Instant> lockedNow = byAccount.or(() -> byAddress);
			events.publish("login.failed", accountId, actor, "");
			if (lockedNow.isPresent()) {
				events.publish("login.locked", accountId, actor, "until " + lockedNow.get());
				throw new LoginLockedException(lockedNow.get());
			}
			throw wrong;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
