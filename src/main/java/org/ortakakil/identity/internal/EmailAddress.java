package org.ortakakil.identity.internal;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.ortakakil.shared.DomainException;

/**
 * An e-mail address as typed, and its key for comparison. The key folds case the Turkish way as well
 * as the ASCII way: İ, I, ı and i all become i, so "IŞIK@örnek.tr", "ışık@örnek.tr" and
 * "işik@örnek.tr" are one account. Two people are far less likely to differ only there than one
 * person is to type their own address both ways. A domain arrives either way too: browsers send
 * {@code örnek.tr} from an e-mail field as {@code xn--rnek-4qa.tr}; it is kept in its Unicode form.
 */
public record EmailAddress(String value, String key) {

	private static final Pattern SHAPE = Pattern.compile("[^\\s@<>\"]{1,64}@[^\\s@<>\"]+\\.[^\\s@<>\".]{2,}");

	public static EmailAddress parse(String typed) {
		String value = typed == null ? "" : Normalizer.normalize(typed.strip(), Normalizer.Form.NFC);
		if (value.isEmpty()) {
			throw DomainException.invalid("email.required");
		}
		if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
			throw DomainException.invalid("email.invalid");
		}
		int at = value.lastIndexOf('@');
		try {
			value = value.substring(0, at + 1) + IDN.toUnicode(value.substring(at + 1), IDN.ALLOW_UNASSIGNED);
		}
		catch (IllegalArgumentException notADomain) {
			throw DomainException.invalid("email.invalid");
		}
		return new EmailAddress(value, keyOf(value));
	}

	/** The address as a mail server wants it: the domain in ASCII (punycode). */
	public static String forSending(String address) {
		int at = address.lastIndexOf('@');
		return address.substring(0, at + 1) + IDN.toASCII(address.substring(at + 1), IDN.ALLOW_UNASSIGNED);
	}

	static String keyOf(String email) {
		StringBuilder folded = new StringBuilder(email.length());
		email.codePoints().forEach(c -> folded.appendCodePoint(c == 'İ' || c == 'I' || c == 'ı' ? 'i' : c));
		return folded.toString().toLowerCase(Locale.ROOT);
	}
}
