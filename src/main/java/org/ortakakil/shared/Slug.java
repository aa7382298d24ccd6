package org.ortakakil.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** A lower-case ASCII identifier for URLs, made from Turkish (or any Latin) text: "Eyüpsultan" → "eyupsultan". */
public record Slug(String value) {

	private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern NOT_ALLOWED = Pattern.compile("[^a-z0-9]+");

	public Slug {
		if (value == null || value.length() > 120 || !VALID.matcher(value).matches()) {
			throw DomainException.invalid("slug.invalid", value);
		}
	}

	public static Slug from(String text) {
		if (text == null) {
			throw DomainException.invalid("slug.invalid", "");
		}
		String lower = text.strip().toLowerCase(Locale.forLanguageTag("tr"))
				.replace('ı', 'i').replace('ç', 'c').replace('ğ', 'g')
				.replace('ö', 'o').replace('ş', 's').replace('ü', 'u');
		String ascii = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
		String slug = NOT_ALLOWED.matcher(ascii).replaceAll("-").replaceAll("^-+|-+$", "");
		return new Slug(slug);
	}

	@Override
	public String toString() {
		return value;
	}
}
