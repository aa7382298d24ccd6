/**
 * City services: what residents report to the city, who handles it and how it ends. The service
 * catalogue ({@link ServiceCatalogue}: categories with attributes, target times per priority, routing
 * to units by district); intake from the web form, Open311 GeoReport v2 under {@code /open311/v2},
 * muhtars, the call centre, participation offices and teams in the field; the life cycle of a request
 * ({@link RequestState}, published as {@link ServiceRequestStatusChanged}) with triage by the unit,
 * deadlines that pause while waiting for the resident, and the reporter's confirmation; the motorized
 * teams and their dispatch; the muhtars' neighbourhood needs; and the public list, map and statistics.
 * Nothing personal leaves the module in its events or its public answers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service requests")
package org.ortakakil.requests;
