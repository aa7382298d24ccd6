package org.ortakakil.platform;

import java.util.Locale;

/** A language the platform speaks, with its own name for itself and its writing direction. */
public record Language(String code, String nativeName, boolean rightToLeft) {

	public Locale locale() {
		return Locale.forLanguageTag(code);
	}

	public String direction() {
		return rightToLeft ? "rtl" : "ltr";
	}
}
