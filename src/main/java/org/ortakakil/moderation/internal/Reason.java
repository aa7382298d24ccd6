package org.ortakakil.moderation.internal;

import java.util.Locale;

import org.ortakakil.shared.DomainException;

/** Why someone reports content or a moderator hides it. */
public enum Reason {

	SPAM, OFFENSIVE, DOES_NOT_BELONG;

	/** The reason a form or API client sent; INVALID when missing or unknown. */
	public static Reason parse(String value) {
		if (value == null || value.isBlank()) {
			throw DomainException.invalid("moderation.reason-required");
		}
		try {
			return valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException unknown) {
			throw DomainException.invalid("moderation.reason-required");
		}
	}

	/** The message key of its label, {@code moderation.reason.SPAM}. */
	public String key() {
		return "moderation.reason." + name();
	}
}
