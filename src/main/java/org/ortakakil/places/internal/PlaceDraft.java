package org.ortakakil.places.internal;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.ortakakil.geography.GeoPoint;
import org.ortakakil.places.OpeningHours;
import org.ortakakil.places.PlaceService;
import org.ortakakil.places.PlaceType;
import org.ortakakil.places.TimetableStop;
import org.ortakakil.places.Wifi;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.shared.Slug;

/**
 * A place to be created, checked in itself: a timetable only for a mobile solution centre, Wi-Fi
 * always for a hotspot. What needs the geography is checked by {@link PlaceAdministration}.
 */
public record PlaceDraft(Slug slug, PlaceType type, LocalizedText name, String address, int districtId,
		Integer neighbourhoodId, GeoPoint position, List<OpeningHours> hours, Set<PlaceService> services,
		LocalizedText accessibility, Wifi wifi, List<TimetableStop> timetable) {

	public PlaceDraft {
		Objects.requireNonNull(slug, "slug");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(position, "position");
		if (address == null || address.isBlank() || address.length() > 500) {
			throw DomainException.invalid("places.address-invalid");
		}
		address = address.strip();
		hours = hours == null ? List.of() : List.copyOf(hours);
		services = services == null ? Set.of() : Set.copyOf(services);
		timetable = timetable == null ? List.of() : List.copyOf(timetable);
		if (!timetable.isEmpty() && type != PlaceType.MOBILE_SOLUTION_CENTRE) {
			throw DomainException.invalid("places.timetable-only-mobile");
		}
		if (type == PlaceType.WIFI_HOTSPOT && wifi == null) {
			throw DomainException.invalid("places.hotspot-needs-wifi");
		}
		if (hours.stream().map(h -> h.day().getValue() + " " + h.opens()).distinct().count() < hours.size()) {
			throw DomainException.invalid("places.hours-twice");
		}
	}
}
