package org.ortakakil.requests;

import org.ortakakil.shared.DomainException;

/**
 * The kinds of input an attribute asks for, exactly GeoReport v2's {@code datatype}s (hence the
 * lower-case constants): the two lists offer predefined values, the others take what is typed.
 */
public enum AttributeDatatype {

	string, number, datetime, text, singlevaluelist, multivaluelist;

	public boolean isList() {
		return this == singlevaluelist || this == multivaluelist;
	}

	/** The datatype named in a form; INVALID ({@code services.datatype-unknown}) otherwise. */
	public static AttributeDatatype parse(String name) {
		for (AttributeDatatype datatype : values()) {
			if (datatype.name().equals(name == null ? "" : name.strip())) {
				return datatype;
			}
		}
		throw DomainException.invalid("services.datatype-unknown", name == null ? "" : name);
	}
}
