package org.ortakakil.identity;

/**
 * What an account may be asked to do. Each module asks {@link Authorization} with one of these and
 * the resource concerned; the rules that map roles to permissions live in one place.
 */
public enum Permission {

	/** Run the platform: accounts, roles, census, consent texts. */
	ADMINISTER_PLATFORM,
	/** Administer one space (process or assembly): resource {@code process:<id>} or {@code assembly:<id>}. */
	ADMINISTER_SPACE,
	/** Hide and restore contributions in a space, or anywhere for global moderators. */
	MODERATE,
	/** Evaluate and answer proposals in a space. */
	EVALUATE,
	/** Act for a resident who is present at a participation office: resource {@code office:<key>}. */
	ASSIST_RESIDENT,
	/** Speak for a neighbourhood as its muhtar: resource {@code neighbourhood:<id>}. */
	REPRESENT_NEIGHBOURHOOD,
	/** Coordinate work in a district: resource {@code district:<id>} or one of its neighbourhoods. */
	COORDINATE_DISTRICT,
	/** Work on the requests of a unit: resource {@code unit:<key>}. */
	SERVE_UNIT,
	/** Take part as a verified resident: resource {@code neighbourhood:<id>}, {@code district:<id>} or {@code city:istanbul}. */
	PARTICIPATE_AS_RESIDENT
}
