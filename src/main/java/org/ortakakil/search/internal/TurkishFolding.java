package org.ortakakil.search.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The two folded forms search compares: lower case by Turkish rules (I to ı, İ to i), and that form
 * without diacritics (ı to i, ş to s, ç to c, ğ to g, ö to o, ü to u, and any combining mark dropped), so
 * that someone typing without Turkish letters still finds the Turkish words. Queries and documents are
 * folded the same way.
 */
public final class TurkishFolding {

	static final Locale TURKISH = Locale.forLanguageTag("tr");

	private TurkishFolding() {
	}

	/** Lower case by Turkish rules, in composed form. */
	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		return Normalizer.normalize(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(TURKISH),
				Normalizer.Form.NFC);
	}

	/** The folded form without diacritics: {@code ascii(fold("IŞIK"))} is {@code isik}. */
	public static String ascii(String folded) {
		StringBuilder out = new StringBuilder(folded.length());
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (c < 0x80) {
				out.append(c);
			}
			else if (c == 'ı') {
				out.append('i');
			}
			else {
				String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
				for (int j = 0; j < decomposed.length(); j++) {
					char d = decomposed.charAt(j);
					if (Character.getType(d) != Character.NON_SPACING_MARK && Character.getType(d) != Character.ENCLOSING_MARK
							&& Character.getType(d) != Character.COMBINING_SPACING_MARK) {
						out.append(d);
					}
				}
			}
		}
		return out.toString();
	}

	/** Both forms at once: {@code ascii(fold(text))}. */
	public static String key(String text) {
		return ascii(fold(text));
	}

	/** The words of a text (letters and digits), folded by Turkish rules, in order, repeats kept. */
	public static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		String folded = fold(text);
		int start = -1;
		for (int i = 0; i <= folded.length(); i++) {
			boolean inWord = i < folded.length() && isWordChar(folded.charAt(i));
			if (inWord && start < 0) {
				start = i;
			}
			else if (!inWord && start >= 0) {
				words.add(folded.substring(start, i));
				start = -1;
			}
		}
		return words;
	}

	static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
				|| Character.getType(c) == Character.COMBINING_SPACING_MARK;
	}
}
