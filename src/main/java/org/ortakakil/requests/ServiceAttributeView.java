package org.ortakakil.requests;

import java.util.List;

import org.ortakakil.shared.LocalizedText;

/**
 * A question a category asks when a request is made, as GeoReport's service definition describes it:
 * {@code variable} false means it only informs; {@code values} are empty unless the datatype is a list.
 * {@code datatypeDescription} may be null.
 */
public record ServiceAttributeView(String code, int order, AttributeDatatype datatype, boolean required,
		boolean variable, LocalizedText description, String datatypeDescription, List<AttributeValue> values) {

	public ServiceAttributeView {
		values = List.copyOf(values);
	}
}
