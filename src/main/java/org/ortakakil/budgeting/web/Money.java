package org.ortakakil.budgeting.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Amounts in Turkish lira as the reader's language writes them, with the lira sign in every language and
 * Latin digits (as the ballot's script writes its running total, so a total never changes script while one
 * types): {@code ₺1.200.000} in Turkish. Templates call {@code ${@money.format(amount, #locale)}}.
 */
@Component("money")
public final class Money {

	private static final Currency TRY = Currency.getInstance("TRY");

	public static String format(BigDecimal amount, Locale locale) {
		if (amount == null) {
			return "";
		}
		Locale latin = new Locale.Builder().setLocale(locale == null ? Locale.forLanguageTag("tr") : locale)
			.setUnicodeLocaleKeyword("nu", "latn")
			.build();
		NumberFormat format = NumberFormat.getCurrencyInstance(latin);
		format.setCurrency(TRY);
		if (format instanceof DecimalFormat decimal) {
			// most languages would otherwise write the code, TRY
			DecimalFormatSymbols symbols = decimal.getDecimalFormatSymbols();
			symbols.setCurrencySymbol("\u20ba");
			decimal.setDecimalFormatSymbols(symbols);
		}
		boolean whole = amount.stripTrailingZeros().scale() <= 0;
		format.setMinimumFractionDigits(whole ? 0 : 2);
		format.setMaximumFractionDigits(whole ? 0 : 2);
		return format.format(amount.setScale(whole ? 0 : 2, RoundingMode.HALF_EVEN));
	}
}
