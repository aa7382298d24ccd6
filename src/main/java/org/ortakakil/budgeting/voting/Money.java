package org.ortakakil.budgeting.voting;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Amounts in Turkish lira as a reader of the page's language writes them: {@code ₺1.200.000} in Turkish.
 * Templates call it as the bean {@code pbMoney}.
 */
@Component("pbMoney")
public final class Money {

	private static final Currency TRY = Currency.getInstance("TRY");

	public String of(BigDecimal amount, Locale locale) {
		return format(amount, locale);
	}

	public static String format(BigDecimal amount, Locale locale) {
		// Latin digits in every language, as ballot.js writes them, so a total never changes script as one types
		NumberFormat format = NumberFormat.getCurrencyInstance(new Locale.Builder().setLocale(locale)
			.setUnicodeLocaleKeyword("nu", "latn").build());
		format.setCurrency(TRY);
		boolean whole = amount.stripTrailingZeros().scale() <= 0;
		format.setMinimumFractionDigits(whole ? 0 : 2);
		format.setMaximumFractionDigits(whole ? 0 : 2);
		return format.format(amount);
	}
}
