package org.ortakakil.requests;

import java.util.Objects;

import org.ortakakil.shared.LocalizedText;

/** One option of a list attribute: the {@code key} a client sends and the name a person reads. */
public record AttributeValue(String key, LocalizedText name) {

	public AttributeValue {
		Objects.requireNonNull(key);
		Objects.requireNonNull(name);
	}
}
