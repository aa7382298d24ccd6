package org.ortakakil.requests;

/** In this district, the category's requests go to this unit instead of the category's default one. */
public record RoutingRule(int districtId, String unitKey) {
}
