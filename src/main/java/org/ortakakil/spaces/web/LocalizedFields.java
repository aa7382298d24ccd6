package org.ortakakil.spaces.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ortakakil.shared.LocalizedText;

/** Form fields named {@code title[tr]}, {@code title[en]}, … turned into a {@link LocalizedText}. */
final class LocalizedFields {

	private LocalizedFields() {
	}

	/** Null when nothing was written in Turkish and {@code optional}; otherwise the text (which checks itself). */
	static LocalizedText of(Map<String, String> fields, boolean optional) {
		Map<String, String> values = fields == null ? Map.of() : fields;
		String turkish = values.get(LocalizedText.DEFAULT_LANGUAGE);
		if (optional && (turkish == null || turkish.isBlank())) {
			return null;
		}
		return new LocalizedText(values);
	}

	static Map<String, String> fields(LocalizedText text) {
		return text == null ? new LinkedHashMap<>() : new LinkedHashMap<>(text.values());
	}
}
