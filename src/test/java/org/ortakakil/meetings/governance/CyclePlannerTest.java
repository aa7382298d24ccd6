package org.ortakakil.meetings.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ortakakil.meetings.governance.CyclePlanner.Busy;
import org.ortakakil.meetings.governance.CyclePlanner.Planned;
import org.ortakakil.meetings.governance.CyclePlanner.Request;
import org.ortakakil.meetings.governance.CyclePlanner.Target;
import org.ortakakil.shared.DomainException;

/** The cycle planner on its own: spreading, no clashes, and every refusal. Monday 2030-03-04 is the first day. */
class CyclePlannerTest {

	static final LocalDate MONDAY = LocalDate.of(2030, 3, 4);
	static final Instant NOW = MONDAY.minusDays(3).atStartOfDay(CyclePlanner.ISTANBUL).toInstant();
	static final List<Target> THREE = List.of(new Target(1, "place:1"), new Target(2, "place:2"),
			new Target(3, "place:3"));

	static Request request(List<Target> targets, LocalDate first, LocalDate last, Set<DayOfWeek> days,
			List<LocalTime> times, List<Busy> busy) {
		return new Request(targets, first, last, days, times, Duration.ofMinutes(90), NOW, busy);
	}

	static void refused(Request request, String code) {
		assertThatThrownBy(() -> CyclePlanner.plan(request)).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo(code));
	}

	@Test
	void spreadsOneMeetingPerNeighbourhoodOverTheAllowedDaysAndTimesInIstanbul() {
		List<Planned> plan = CyclePlanner.plan(request(THREE, MONDAY, MONDAY.plusDays(13),
				Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), List.of(LocalTime.of(19, 0)), List.of()));
		assertThat(plan).extracting(p -> p.target().neighbourhoodId()).containsExactly(1, 2, 3);
		// four slots (Mon, Wed, Mon, Wed), three neighbourhoods: spread as slots 0, 1 and 2
		assertThat(plan).extracting(p -> p.start().toLocalDate())
			.containsExactly(MONDAY, MONDAY.plusDays(2), MONDAY.plusDays(7));
		assertThat(plan).allSatisfy(p -> {
			assertThat(p.start().toLocalTime()).isEqualTo(LocalTime.of(19, 0));
			assertThat(p.start().getZone()).isEqualTo(CyclePlanner.ISTANBUL);
			assertThat(p.start().getOffset().getTotalSeconds()).isEqualTo(3 * 3600);
			assertThat(p.end()).isEqualTo(p.start().plusMinutes(90));
		});
	}

	@Test
	void neverTwoMeetingsOfTheCycleAtOnceEvenWhenTheTimesOverlap() {
		// 19:00 and 19:30 with 90 minutes overlap: one meeting a day
		List<Planned> plan = CyclePlanner.plan(request(THREE, MONDAY, MONDAY.plusDays(2),
				Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY),
				List.of(LocalTime.of(19, 30), LocalTime.of(19, 0)), List.of()));
		assertThat(plan).extracting(p -> p.start().toLocalDate()).doesNotHaveDuplicates();
		refused(request(THREE, MONDAY, MONDAY.plusDays(1), Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY),
				List.of(LocalTime.of(19, 0), LocalTime.of(19, 30)), List.of()), "governance.too-few-slots");
	}

	@Test
	void avoidsMeetingsAlreadyPlannedAtThePlaceOrWithTheMuhtar() {
		Instant mondayEvening = MONDAY.atTime(19, 0).atZone(CyclePlanner.ISTANBUL).toInstant();
		Instant tuesdayEvening = mondayEvening.plus(Duration.ofDays(1));
		List<Busy> busy = List.of(new Busy("place:1", null, mondayEvening, mondayEvening.plus(Duration.ofHours(2))),
				new Busy(null, 1, tuesdayEvening.minus(Duration.ofMinutes(30)), tuesdayEvening.plus(Duration.ofMinutes(30))));
		List<Planned> plan = CyclePlanner.plan(request(List.of(new Target(1, "place:1")), MONDAY, MONDAY.plusDays(2),
				EnumSetOf.weekdays(), List.of(LocalTime.of(19, 0)), busy));
		assertThat(plan.get(0).start().toLocalDate()).isEqualTo(MONDAY.plusDays(2));
		// another neighbourhood at another place may take Monday
		assertThat(CyclePlanner.plan(request(List.of(new Target(2, "place:2")), MONDAY, MONDAY.plusDays(2),
				EnumSetOf.weekdays(), List.of(LocalTime.of(19, 0)), busy)).get(0).start().toLocalDate()).isEqualTo(MONDAY);
	}

	@Test
	void refusesMoreNeighbourhoodsThanFreeTimesSayingHowMany() {
		assertThatThrownBy(() -> CyclePlanner.plan(request(THREE, MONDAY, MONDAY.plusDays(1), EnumSetOf.weekdays(),
				List.of(LocalTime.of(19, 0)), List.of())))
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.code()).isEqualTo("governance.too-few-slots");
				assertThat(e.arguments()).containsExactly(3, 2);
			});
	}

	@Test
	void badInputsAreRefused() {
		Set<DayOfWeek> days = EnumSetOf.weekdays();
		List<LocalTime> seven = List.of(LocalTime.of(19, 0));
		refused(request(THREE, MONDAY, MONDAY.minusDays(1), days, seven, List.of()), "governance.dates-reversed");
		refused(request(THREE, MONDAY, MONDAY.plusDays(9), Set.of(), seven, List.of()), "governance.no-weekday");
		refused(request(THREE, MONDAY, MONDAY.plusDays(9), days, List.of(), List.of()), "governance.no-time");
		refused(request(THREE, MONDAY.minusDays(7), MONDAY.plusDays(9), days, seven, List.of()), "governance.in-the-past");
		refused(request(List.of(), MONDAY, MONDAY.plusDays(9), days, seven, List.of()), "governance.no-neighbourhood");
		refused(request(THREE, null, MONDAY, days, seven, List.of()), "governance.dates-missing");
		refused(request(THREE, MONDAY, MONDAY.plusDays(400), days, seven, List.of()), "governance.too-long");
		refused(new Request(THREE, MONDAY, MONDAY.plusDays(9), days, seven, Duration.ZERO, NOW, List.of()),
				"governance.duration-invalid");
	}

	@Test
	void startsThatHaveBegunAreLeftOut() {
		Instant mondayNoon = MONDAY.atTime(12, 0).atZone(CyclePlanner.ISTANBUL).toInstant();
		List<Planned> plan = CyclePlanner.plan(new Request(List.of(new Target(1, "place:1")), MONDAY, MONDAY.plusDays(1),
				EnumSetOf.weekdays(), List.of(LocalTime.of(9, 0)), Duration.ofMinutes(60), mondayNoon, List.of()));
		assertThat(plan.get(0).start().toLocalDate()).isEqualTo(MONDAY.plusDays(1));
	}

	/** Monday to Friday. */
	static final class EnumSetOf {
		static Set<DayOfWeek> weekdays() {
			return java.util.EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
		}
	}
}
