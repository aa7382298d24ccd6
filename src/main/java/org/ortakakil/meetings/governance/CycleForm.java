package org.ortakakil.meetings.governance;

import java.util.List;

/**
 * The cycle form as typed, bound from the request: text fields stay text so that a bad value is
 * refused with a reason rather than a binding error. {@code where} is {@code muhtar} for each
 * neighbourhood's muhtar office, or the id of one place for all.
 */
public record CycleForm(String space, String titleTr, String titleEn, String description, String firstDate,
		String lastDate, List<String> weekdays, List<String> times, String duration, String capacity,
		String reserved, Boolean stepFree, Boolean signLanguage, Boolean childcare, List<Integer> neighbourhoods,
		String where) {

	public static final String AT_MUHTAR_OFFICES = "muhtar";

	public CycleForm {
		weekdays = weekdays == null ? List.of() : List.copyOf(weekdays);
		times = times == null ? List.of() : times.stream().filter(t -> t != null && !t.isBlank()).toList();
		neighbourhoods = neighbourhoods == null ? List.of() : List.copyOf(neighbourhoods);
	}

	public boolean checked(String weekday) {
		return weekdays.contains(weekday);
	}

	public boolean includes(int neighbourhoodId) {
		return neighbourhoods.contains(neighbourhoodId);
	}

	public String time(int index) {
		return index < times.size() ? times.get(index) : "";
	}

	public boolean atMuhtarOffices() {
		return where == null || where.isBlank() || AT_MUHTAR_OFFICES.equals(where);
	}
}
