package org.ortakakil.places;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

import org.ortakakil.geography.GeoPoint;

/** Where a mobile solution centre stands on a weekday, and from when until when. */
public record TimetableStop(DayOfWeek day, LocalTime from, LocalTime until, String address, int districtId,
		GeoPoint position) {

	public TimetableStop {
		Objects.requireNonNull(day, "day");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(until, "until");
		Objects.requireNonNull(address, "address");
		Objects.requireNonNull(position, "position");
	}
}
