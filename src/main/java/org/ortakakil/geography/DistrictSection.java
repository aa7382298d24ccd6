package org.ortakakil.geography;

import java.util.Locale;
import java.util.Map;

/**
 * A part that another module adds to a district's page (the spaces that concern it, later its
 * meetings or requests). The geography module renders the sections without knowing their modules.
 */
public interface DistrictSection {

	/** Sections are shown in ascending order. */
	int order();

	/** The Thymeleaf template holding the fragment, e.g. {@code spaces/district-section}. */
	String template();

	/** The fragment's name in that template, e.g. {@code section}. */
	String selector();

	/** The model the fragment needs, for this district and language. */
	Map<String, Object> model(District district, Locale locale);
}
