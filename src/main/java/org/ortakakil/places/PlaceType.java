package org.ortakakil.places;

import java.util.Locale;

import org.ortakakil.shared.DomainException;

/** What kind of place it is; the name is stable, it is part of the API and the stored data. */
public enum PlaceType {

	SOLUTION_POINT, MOBILE_SOLUTION_CENTRE, WIFI_HOTSPOT, PARTICIPATION_OFFICE, CIVIL_SOCIETY_CENTRE, MUHTAR_OFFICE;

	/** A type named by a client, in any case; blank means none, anything else unknown is INVALID. */
	public static PlaceType parse(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException e) {
			throw DomainException.invalid("places.type-unknown", value);
		}
	}
}
