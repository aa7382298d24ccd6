package org.ortakakil.requests.internal;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.ortakakil.requests.Priority;
import org.ortakakil.requests.ServiceGroup;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.LocalizedText;

/**
 * What an administrator writes about a category, checked as far as it can be without the database:
 * slug-like code and unit key, keywords without commas of their own, positive target hours.
 * {@code description} may be null; a priority without a target has none.
 */
public record CategoryDraft(String code, LocalizedText name, LocalizedText description, ServiceGroup group,
		List<String> keywords, boolean isPrivate, boolean motorized, boolean active, String defaultUnit,
		Map<Priority, Integer> targetHours) {

	static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	public CategoryDraft {
		if (code == null || code.length() > 60 || !KEY.matcher(code).matches()) {
			throw DomainException.invalid("services.code-invalid", code == null ? "" : code);
		}
		Objects.requireNonNull(name);
		Objects.requireNonNull(group);
		defaultUnit = unitKey(defaultUnit);
		keywords = keywords.stream().map(String::strip).filter(k -> !k.isEmpty()).distinct().toList();
		targetHours = targetHours.isEmpty() ? Map.of() : new EnumMap<>(targetHours);
		for (Integer hours : targetHours.values()) {
			if (hours == null || hours <= 0) {
				throw DomainException.invalid("services.target-invalid");
			}
		}
		targetHours = Map.copyOf(targetHours);
	}

	/** The unit key if it is one (lower-case letters, digits and hyphens); INVALID otherwise. */
	public static String unitKey(String key) {
		String stripped = key == null ? "" : key.strip();
		if (stripped.length() > 60 || !KEY.matcher(stripped).matches()) {
			throw DomainException.invalid("services.unit-invalid", stripped);
		}
		return stripped;
	}

	/** Keywords as typed in one field, separated by commas. */
	public static List<String> keywords(String commaSeparated) {
		return commaSeparated == null ? List.of() : Arrays.asList(commaSeparated.split(","));
	}
}
