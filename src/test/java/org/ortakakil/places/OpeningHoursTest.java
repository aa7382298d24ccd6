package org.ortakakil.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** When a place is open: ordinary days, closed days, across midnight and all day. */
class OpeningHoursTest {

	/** 2027-03-01 is a Monday. */
	static LocalDateTime monday(String time) {
		return LocalDateTime.of(2027, 3, 1, 0, 0).with(LocalTime.parse(time));
	}

	final List<OpeningHours> office = List.of(
			new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(18, 0)),
			new OpeningHours(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 0)));

	@Test
	void isOpenFromTheOpeningUntilJustBeforeTheClosingTime() {
		assertThat(OpeningHours.open(office, monday("08:59"))).isFalse();
		assertThat(OpeningHours.open(office, monday("09:00"))).isTrue();
		assertThat(OpeningHours.open(office, monday("17:59"))).isTrue();
		assertThat(OpeningHours.open(office, monday("18:00"))).isFalse();
	}

	@Test
	void isClosedOnADayWithoutHours() {
		assertThat(OpeningHours.open(office, monday("12:00").plusDays(1))).isFalse();
		assertThat(OpeningHours.open(office, monday("12:00").plusDays(5))).isTrue();
		assertThat(OpeningHours.open(office, monday("12:00").plusDays(6))).isFalse();
	}

	@Test
	void anOpeningThatClosesBeforeItOpensRunsPastMidnight() {
		OpeningHours sunday = new OpeningHours(DayOfWeek.SUNDAY, LocalTime.of(22, 0), LocalTime.of(2, 0));
		assertThat(sunday.pastMidnight()).isTrue();
		assertThat(sunday.covers(monday("23:00").minusDays(1))).isTrue();
		assertThat(sunday.covers(monday("01:59"))).as("Monday early, from Sunday night").isTrue();
		assertThat(sunday.covers(monday("02:00"))).isFalse();
		assertThat(sunday.covers(monday("21:59").minusDays(1))).isFalse();
		assertThat(sunday.covers(monday("23:00"))).as("Monday night is not Sunday night").isFalse();
	}

	@Test
	void midnightToMidnightIsTheWholeDay() {
		OpeningHours allDay = new OpeningHours(DayOfWeek.MONDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
		assertThat(allDay.allDay()).isTrue();
		assertThat(allDay.pastMidnight()).isFalse();
		assertThat(allDay.covers(monday("00:00"))).isTrue();
		assertThat(allDay.covers(monday("23:59"))).isTrue();
		assertThat(allDay.covers(monday("00:00").plusDays(1))).isFalse();
	}
}
