package org.ortakakil.requests.teams;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/**
 * A motorized on-site solution team of a unit: its vehicle, the categories it is skilled for, its
 * home base, how many unfinished jobs it may carry, who is in it and when it works. Shifts are in
 * İstanbul time; an exception on a date replaces the weekly shifts of that day.
 */
public record Team(long id, String name, String unitKey, String vehiclePlate, VehicleKind vehicleKind, double baseLat,
		double baseLon, int capacity, boolean active, List<String> members, Set<String> categories, List<Shift> shifts,
		List<ShiftException> exceptions) {

	/** The city's clock: shifts are written in it. */
	public static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

	/** What the team drives. */
	public enum VehicleKind { VAN, PICKUP, TRUCK, CRANE, MOTORCYCLE }

	/** A weekly working time: minutes of the day, {@code end} up to 1440 (24:00). */
	public record Shift(DayOfWeek day, int start, int end) {

		boolean covers(DayOfWeek on, int minute) {
			return day == on && minute >= start && minute < end;
		}
	}

	/** On a date the team is off, or works only from {@code start} to {@code end} (minutes). */
	public record ShiftException(LocalDate date, boolean off, Integer start, Integer end) {
	}

	public Team {
		members = List.copyOf(members);
		categories = Set.copyOf(categories);
		shifts = List.copyOf(shifts);
		exceptions = List.copyOf(exceptions);
	}

	/** Whether the team works at this moment (converted to İstanbul time). */
	public boolean onShift(ZonedDateTime at) {
		ZonedDateTime local = at.withZoneSameInstant(ISTANBUL);
		int minute = local.getHour() * 60 + local.getMinute();
		LocalDate date = local.toLocalDate();
		for (ShiftException exception : exceptions) {
			if (exception.date().equals(date)) {
				return !exception.off() && minute >= exception.start() && minute < exception.end();
			}
		}
		DayOfWeek day = local.getDayOfWeek();
		return shifts.stream().anyMatch(shift -> shift.covers(day, minute));
	}

	public boolean skilledFor(String categoryCode) {
		return categories.contains(categoryCode);
	}

	public boolean hasMember(String principal) {
		return members.contains(principal);
	}
}
