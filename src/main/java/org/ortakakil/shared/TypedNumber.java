package org.ortakakil.shared;

/** Numbers as people type them into forms: spaces around, a decimal comma or point. */
public final class TypedNumber {

	private TypedNumber() {
	}

	/** The number typed, null when nothing was; anything else is INVALID with the given code. */
	public static Double decimal(String typed, String invalidCode) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(typed.strip().replace(',', '.'));
		}
		catch (NumberFormatException e) {
			throw DomainException.invalid(invalidCode);
		}
	}

	/** The whole number typed, null when nothing was; anything else is INVALID with the given code. */
	public static Integer integer(String typed, String invalidCode) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(typed.strip());
		}
		catch (NumberFormatException e) {
			throw DomainException.invalid(invalidCode);
		}
	}
}
