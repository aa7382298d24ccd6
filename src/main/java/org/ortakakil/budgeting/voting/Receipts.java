package org.ortakakil.budgeting.voting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Receipt codes and ballot keys. A receipt is 16 characters of an alphabet without look-alikes (no 0/O,
 * 1/I/L, 2/Z, 5/S, 8/B), shown in four groups of four: about 76 bits, so its SHA-256, which is published,
 * cannot be reversed by trying codes. Only the hash is stored.
 */
public final class Receipts {

	static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
	static final int LENGTH = 16;

	private static final SecureRandom RANDOM = new SecureRandom();

	private Receipts() {
	}

	/** A new receipt code, grouped: {@code ACDE-FGHJ-KMNP-QRTU}. */
	public static String newReceipt() {
		StringBuilder code = new StringBuilder(LENGTH + 3);
		for (int i = 0; i < LENGTH; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** A random ballot key: 32 hex digits. */
	public static String newBallotKey() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/** The code as typed, without spaces, dashes or case: what is hashed. */
	public static String normalise(String typed) {
		return typed == null ? "" : typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
	}

	/** The SHA-256 (hex) of the normalised receipt code. */
	public static String hash(String receipt) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(normalise(receipt).getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java", e);
		}
	}

	/** Whether the typed text could be a receipt at all (length and alphabet), before looking for it. */
	public static boolean wellFormed(String typed) {
		String code = normalise(typed);
		return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
	}

	/** The short form of a receipt hash shown in the public list. */
	public static String shortHash(String hash) {
		return hash.substring(0, 12);
	}
}
