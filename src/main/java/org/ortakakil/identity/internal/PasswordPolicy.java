package org.ortakakil.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.ortakakil.shared.DomainException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be: at least 10 characters, at most 72 bytes (all BCrypt reads), not one of
 * the common passwords shipped in {@code identity/common-passwords.txt}, and not the person's own
 * e-mail or name.
 */
@Component
public class PasswordPolicy {

	static final int MINIMUM_LENGTH = 10;
	static final int MAXIMUM_BYTES = 72;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load("identity/common-passwords.txt");
	}

	public void check(String password, String email, String displayName) {
		if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
			throw DomainException.invalid("password.too-short", MINIMUM_LENGTH);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
			throw DomainException.invalid("password.too-long", MAXIMUM_BYTES);
		}
		String folded = fold(password);
		if (common.contains(folded) || password.codePoints().distinct().count() == 1) {
			throw DomainException.invalid("password.common");
		}
		if (email != null && (folded.equals(fold(email)) || folded.equals(fold(email.split("@")[0])))
				|| displayName != null && folded.equals(fold(displayName))) {
			throw DomainException.invalid("password.personal");
		}
	}

	private static String fold(String text) {
		return EmailAddress.keyOf(text.strip()).toLowerCase(Locale.ROOT);
	}

	private static Set<String> load(String path) {
		Set<String> passwords = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(PasswordPolicy::fold).forEach(passwords::add);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Set.copyOf(passwords);
	}
}
