package org.ortakakil.requests;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.ortakakil.shared.LocalizedText;

/**
 * A category of the catalogue as other modules and the pages see it. {@code isPrivate} categories
 * (social-assistance needs) show their location only approximately and no public photo;
 * {@code motorized} ones are handled by the motorized on-site teams. {@code description} may be null.
 * The default unit and the routing rules are for staff, never for the public API.
 */
public record ServiceCategoryView(long id, String code, LocalizedText name, LocalizedText description,
		ServiceGroup group, List<String> keywords, boolean isPrivate, boolean motorized, boolean active,
		String defaultUnit, List<ServiceAttributeView> attributes, Map<Priority, Integer> targetHours,
		List<RoutingRule> routing) {

	public ServiceCategoryView {
		keywords = List.copyOf(keywords);
		attributes = List.copyOf(attributes);
		targetHours = targetHours.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(targetHours));
		routing = List.copyOf(routing);
	}

	/** The unit that handles it in the district: a routing rule for the district wins over the default. */
	public String unitFor(int districtId) {
		return routing.stream().filter(r -> r.districtId() == districtId).map(RoutingRule::unitKey).findFirst()
			.orElse(defaultUnit);
	}

	/** Whether a client must ask for the service definition (GeoReport's {@code metadata}). */
	public boolean hasAttributes() {
		return !attributes.isEmpty();
	}
}
