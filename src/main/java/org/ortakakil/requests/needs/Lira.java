package org.ortakakil.requests.needs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

import org.ortakakil.shared.DomainException;

/**
 * Reads an amount of Turkish lira as people type it: {@code 1250000}, {@code 1.250.000,50} (Turkish
 * grouping), {@code 1,250,000.50} or {@code 1250000.5}, with an optional {@code ₺} or {@code TL}.
 * Blank is no amount. Negative amounts, letters and more than 13 digits before the decimals are refused.
 */
final class Lira {

	private static final Pattern GROUPED_DOT = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?");
	private static final Pattern GROUPED_COMMA = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d{1,2})?");
	private static final Pattern PLAIN = Pattern.compile("\\d+([.,]\\d{1,2})?");
	private static final BigDecimal MAX = new BigDecimal("9999999999999.99");

	private Lira() {
	}

	static BigDecimal parse(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String text = typed.replaceAll("[\\s\\u00A0\\u202F]", "").replaceFirst("(?i)(₺|TL|TRY)$", "");
		boolean negative = text.startsWith("-") || text.startsWith("\u2212");
		String digits = negative ? text.substring(1) : text;
		String normal;
		if (GROUPED_DOT.matcher(digits).matches()) {
			normal = digits.replace(".", "").replace(',', '.');
		}
		else if (GROUPED_COMMA.matcher(digits).matches()) {
			normal = digits.replace(",", "");
		}
		else if (PLAIN.matcher(digits).matches()) {
			normal = digits.replace(',', '.');
		}
		else {
			throw DomainException.invalid("needs.cost.invalid", typed.strip());
		}
		BigDecimal amount = new BigDecimal(normal).setScale(2, RoundingMode.UNNECESSARY);
		if (negative && amount.signum() != 0) {
			throw DomainException.invalid("needs.cost.negative");
		}
		if (amount.compareTo(MAX) > 0) {
			throw DomainException.invalid("needs.cost.too-large");
		}
		return amount;
	}
}
