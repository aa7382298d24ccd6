package org.ortakakil.identity.census;

import org.ortakakil.shared.DomainException;

/**
 * A Turkish identity number (TC Kimlik No) whose form and two check digits are valid. It says nothing
 * about whether the number belongs to anyone: that is the {@link Census}'s question. Its
 * {@link #toString()} masks all but the last two digits, so a number never reaches a log by accident.
 */
public final class TcKimlikNo {

	private final String digits;

	private TcKimlikNo(String digits) {
		this.digits = digits;
	}

	/**
	 * The number in {@code text}, spaces ignored; INVALID with the first problem found:
	 * {@code tckn.length}, {@code tckn.digits}, {@code tckn.first-zero} or {@code tckn.check-digit}.
	 */
	public static TcKimlikNo parse(String text) {
		String reason = problem(text);
		if (reason != null) {
			throw DomainException.invalid(reason);
		}
		return new TcKimlikNo(text.replace(" ", ""));
	}

	public static boolean isValid(String text) {
		return problem(text) == null;
	}

	/** The code of what is wrong with {@code text}, or null when it is a valid number. */
	static String problem(String text) {
		String digits = text == null ? "" : text.replace(" ", "");
		if (digits.length() != 11) {
			return "tckn.length";
		}
		int[] d = new int[11];
		for (int i = 0; i < 11; i++) {
			char c = digits.charAt(i);
			if (c < '0' || c > '9') {
				return "tckn.digits";
			}
			d[i] = c - '0';
		}
		if (d[0] == 0) {
			return "tckn.first-zero";
		}
		int odd = d[0] + d[2] + d[4] + d[6] + d[8];
		int even = d[1] + d[3] + d[5] + d[7];
		// the difference is negative when the even places outweigh seven times the odd ones
		if (Math.floorMod(odd * 7 - even, 10) != d[9] || (odd + even + d[9]) % 10 != d[10]) {
			return "tckn.check-digit";
		}
		return null;
	}

	/** The eleven digits: for hashing only, never to be shown, stored or logged. */
	String digits() {
		return digits;
	}

	/** The number as a person may see it on a screen about themselves: {@code *********46}. */
	public String masked() {
		return "*********" + digits.substring(9);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TcKimlikNo number && number.digits.equals(digits);
	}

	@Override
	public int hashCode() {
		return digits.hashCode();
	}

	@Override
	public String toString() {
		return masked();
	}
}
