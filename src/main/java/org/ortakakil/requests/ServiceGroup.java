package org.ortakakil.requests;

import java.util.Locale;

import org.ortakakil.shared.DomainException;

/**
 * The groups residents browse the catalogue by; the lower-case name is GeoReport's {@code group}, so
 * it stays stable for API clients.
 */
public enum ServiceGroup {

	ROADS, LIGHTING, PARKS, WASTE, WATER, TRAFFIC, ANIMALS, ACCESSIBILITY, NOISE, OTHER;

	/** The group named in a form or a request; INVALID ({@code services.group-unknown}) otherwise. */
	public static ServiceGroup parse(String name) {
		for (ServiceGroup group : values()) {
			if (group.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
				return group;
			}
		}
		throw DomainException.invalid("services.group-unknown", name == null ? "" : name);
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}
}
