package org.ortakakil.identity.internal;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/** Too many failed logins: this account or this address may try again at {@link #until()}. */
public class LoginLockedException extends AuthenticationException {

	private final Instant until;

	LoginLockedException(Instant until) {
		super("Locked until " + until);
		this.until = until;
	}

	public Instant until() {
		return until;
	}
}
