/**
 * Service requests: what residents may report to the city and who handles it. This first part is the
 * service catalogue (categories with attributes, target times and routing to units by district,
 * through {@link ServiceCatalogue}) and the Open311 GeoReport v2 discovery and service calls under
 * {@code /open311/v2}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service requests")
package org.ortakakil.requests;
