package org.ortakakil.identity.internal;

import java.time.Instant;

import org.springframework.security.authentication.AccountStatusException;

/**
 * Too many failed logins: this account or this address may try again at {@link #until()}. An account
 * status exception, so no other authentication provider is asked after it.
 */
public class LoginLockedException extends AccountStatusException {

	private final Instant until;

	LoginLockedException(Instant until) {
		super("Locked until " + until);
		this.until = until;
	}

	public Instant until() {
		return until;
	}
}
