package org.ortakakil.requests.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.ortakakil.requests.AttributeDatatype;
import org.ortakakil.requests.AttributeValue;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.LocalizedText;

/**
 * A new attribute of a category. Only the two list datatypes have values, and they must have at least
 * one, each with its own key; a code is letters, digits, hyphens and underscores (GeoReport's examples
 * use upper case). {@code datatypeDescription} may be null.
 */
public record AttributeDraft(String code, AttributeDatatype datatype, boolean required, boolean variable,
		LocalizedText description, String datatypeDescription, List<AttributeValue> values) {

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");
	private static final Pattern VALUE_KEY = Pattern.compile("[A-Za-z0-9_-]{1,60}");

	public AttributeDraft {
		if (code == null || !CODE.matcher(code).matches()) {
			throw DomainException.invalid("services.attribute-code-invalid", code == null ? "" : code);
		}
		Objects.requireNonNull(datatype);
		Objects.requireNonNull(description);
		datatypeDescription = datatypeDescription == null || datatypeDescription.isBlank() ? null
				: datatypeDescription.strip();
		values = List.copyOf(values);
		if (datatype.isList() && values.isEmpty()) {
			throw DomainException.invalid("services.values-required", code);
		}
		if (!datatype.isList() && !values.isEmpty()) {
			throw DomainException.invalid("services.values-only-for-lists", code);
		}
		Set<String> keys = new HashSet<>();
		for (AttributeValue value : values) {
			if (!VALUE_KEY.matcher(value.key()).matches() || !keys.add(value.key())) {
				throw DomainException.invalid("services.value-invalid", value.key());
			}
		}
	}

	/**
	 * Values as typed in a text area, one a line: {@code key = Turkish name}. A line without a name
	 * is refused ({@code services.value-invalid}).
	 */
	public static List<AttributeValue> values(String lines) {
		if (lines == null) {
			return List.of();
		}
		return lines.lines().map(String::strip).filter(line -> !line.isEmpty()).map(line -> {
			int equals = line.indexOf('=');
			if (equals <= 0 || line.substring(equals + 1).isBlank()) {
				throw DomainException.invalid("services.value-invalid", line);
			}
			return new AttributeValue(line.substring(0, equals).strip(), LocalizedText.of(line.substring(equals + 1)));
		}).toList();
	}
}
