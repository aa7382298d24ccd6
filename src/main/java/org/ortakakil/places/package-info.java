/**
 * Where residents find the city in person: solution points, mobile solution centres with their
 * weekly stops, Wi-Fi hotspots, participation offices, civil-society work centres and muhtar offices,
 * each with its address, position, opening hours, services and accessibility notes. Other modules
 * (meetings, requests) refer to a place by its id through {@link Places}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Places")
package org.ortakakil.places;
