package org.ortakakil.places;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * One opening on one weekday. A closing time at or before the opening time runs past midnight into
 * the next day (22:00–02:00); opening and closing at the same time means open all day and night.
 */
public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {

	public OpeningHours {
		Objects.requireNonNull(day, "day");
		Objects.requireNonNull(opens, "opens");
		Objects.requireNonNull(closes, "closes");
	}

	public boolean allDay() {
		return opens.equals(closes) && opens.equals(LocalTime.MIDNIGHT);
	}

	public boolean pastMidnight() {
		return !closes.isAfter(opens) && !allDay();
	}

	/** Whether this opening covers the moment, wall-clock time in İstanbul. */
	public boolean covers(LocalDateTime moment) {
		DayOfWeek today = moment.getDayOfWeek();
		LocalTime time = moment.toLocalTime();
		if (allDay()) {
			return today == day;
		}
		if (!pastMidnight()) {
			return today == day && !time.isBefore(opens) && time.isBefore(closes);
		}
		return (today == day && !time.isBefore(opens)) || (today == day.plus(1) && time.isBefore(closes));
	}

	/** Whether any of the openings covers the moment. */
	public static boolean open(List<OpeningHours> hours, LocalDateTime moment) {
		return hours.stream().anyMatch(h -> h.covers(moment));
	}
}
