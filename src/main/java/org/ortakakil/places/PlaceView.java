package org.ortakakil.places;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.ortakakil.geography.GeoPoint;
import org.ortakakil.shared.LocalizedText;

/**
 * A place as other modules and the pages see it. {@code wifi} is null where there is no public
 * Wi-Fi; {@code timetable} is empty except for mobile solution centres; {@code accessibility} may be
 * null.
 */
public record PlaceView(long id, PlaceType type, String slug, LocalizedText name, String address, int districtId,
		Integer neighbourhoodId, GeoPoint position, List<OpeningHours> hours, List<PlaceService> services,
		LocalizedText accessibility, Wifi wifi, List<TimetableStop> timetable) {

	public PlaceView {
		hours = List.copyOf(hours);
		services = List.copyOf(services);
		timetable = List.copyOf(timetable);
	}

	/** Whether it is open at that wall-clock time in İstanbul. */
	public boolean openAt(LocalDateTime moment) {
		return OpeningHours.open(hours, moment);
	}

	public List<OpeningHours> hoursOn(DayOfWeek day) {
		return hours.stream().filter(h -> h.day() == day).toList();
	}

	public Optional<TimetableStop> stopOn(DayOfWeek day) {
		return timetable.stream().filter(s -> s.day() == day).findFirst();
	}

	public boolean offers(PlaceService service) {
		return services.contains(service);
	}
}
