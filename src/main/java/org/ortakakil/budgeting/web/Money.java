package org.ortakakil.budgeting.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** Amounts in Turkish lira as the reader's language writes them: {@code ${@money.format(amount, #locale)}}. */
@Component("money")
public class Money {

	private static final Currency TRY = Currency.getInstance("TRY");

	public String format(BigDecimal amount, Locale locale) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(locale == null ? Locale.forLanguageTag("tr") : locale);
		format.setCurrency(TRY);
		if (format instanceof java.text.DecimalFormat decimal) {
			// the lira sign in every language: most locales would otherwise write the code, TRY
			java.text.DecimalFormatSymbols symbols = decimal.getDecimalFormatSymbols();
			symbols.setCurrencySymbol("\u20ba");
			decimal.setDecimalFormatSymbols(symbols);
		}
		boolean whole = amount.stripTrailingZeros().scale() <= 0;
		format.setMinimumFractionDigits(whole ? 0 : 2);
		format.setMaximumFractionDigits(whole ? 0 : 2);
		return format.format(amount.setScale(whole ? 0 : 2, RoundingMode.HALF_EVEN));
	}
}
