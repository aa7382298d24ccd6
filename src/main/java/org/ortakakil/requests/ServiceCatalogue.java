package org.ortakakil.requests;

import java.util.List;
import java.util.Optional;

/** What other modules may ask of the service catalogue: the active categories and who handles them. */
public interface ServiceCatalogue {

	/** The active category with the code. */
	Optional<ServiceCategoryView> category(String code);

	/** The active categories, by group and then code. */
	List<ServiceCategoryView> categories();

	/**
	 * The key of the unit that handles the category's requests in the district: the district's routing
	 * rule if there is one, else the category's default unit; empty for an unknown or inactive category.
	 */
	Optional<String> unitFor(String code, int districtId);
}
