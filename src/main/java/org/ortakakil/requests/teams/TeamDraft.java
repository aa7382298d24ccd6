package org.ortakakil.requests.teams;

import java.util.List;

/**
 * A team as the administration form sends it, unchecked. {@code members} is one e-mail address or
 * account id a line; {@code shiftStarts}/{@code shiftEnds} are seven "HH:mm" times, Monday first (an
 * end of 00:00 means midnight at the end of the day); {@code exceptions} is one date a line, as
 * "2026-12-31 off" or "2026-12-31 08:00-16:00". An unticked {@code active} box sends nothing: not active.
 */
public record TeamDraft(String name, String vehiclePlate, String vehicleKind, String baseLat, String baseLon,
		String capacity, Boolean active, String members, List<String> categories, List<String> shiftStarts,
		List<String> shiftEnds, String exceptions) {

	public TeamDraft {
		active = Boolean.TRUE.equals(active);
		categories = categories == null ? List.of() : List.copyOf(categories);
		shiftStarts = shiftStarts == null ? List.of() : shiftStarts;
		shiftEnds = shiftEnds == null ? List.of() : shiftEnds;
	}

	/** The form of an existing team. */
	static TeamDraft of(Team team, List<String> memberLines) {
		List<String> starts = new java.util.ArrayList<>();
		List<String> ends = new java.util.ArrayList<>();
		for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
			Team.Shift shift = team.shifts().stream().filter(s -> s.day() == day).findFirst().orElse(null);
			starts.add(shift == null ? "" : hhmm(shift.start()));
			ends.add(shift == null ? "" : hhmm(shift.end()));
		}
		String exceptions = String.join("\n", team.exceptions().stream()
			.map(e -> e.date() + (e.off() ? " off" : " " + hhmm(e.start()) + "-" + hhmm(e.end()))).toList());
		return new TeamDraft(team.name(), team.vehiclePlate(), team.vehicleKind().name(), String.valueOf(team.baseLat()),
				String.valueOf(team.baseLon()), String.valueOf(team.capacity()), team.active(),
				String.join("\n", memberLines), List.copyOf(team.categories()), starts, ends, exceptions);
	}

	static String hhmm(int minutes) {
		return "%02d:%02d".formatted(minutes / 60 % 24, minutes % 60);
	}
}
