package org.ortakakil.requests.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ortakakil.geography.Side;
import org.ortakakil.requests.teams.DispatchSuggestion.Candidate;
import org.ortakakil.requests.teams.DispatchSuggestion.Exclusion;
import org.ortakakil.requests.teams.DispatchSuggestion.Ranked;
import org.ortakakil.requests.teams.DispatchSuggestion.Target;
import org.ortakakil.requests.teams.Team.Shift;
import org.ortakakil.requests.teams.Team.ShiftException;

/**
 * The ranking: nearest first at each side's speed, a Bosphorus crossing costs its penalty, and teams
 * that are off shift (weekly shifts and exceptions, in İstanbul time), not skilled, full or inactive
 * come last with the reason; a recent position counts, an old one does not.
 */
class DispatchSuggestionTest {

	static final String LAMP = "sokak-lambasi-yanmiyor";
	/** Wednesday 2026-11-25 12:00 in İstanbul (09:00 UTC). */
	static final Instant NOON = ZonedDateTime.of(2026, 11, 25, 12, 0, 0, 0, Team.ISTANBUL).toInstant();
	static final DispatchSuggestion SUGGESTION = new DispatchSuggestion(DispatchSuggestion.Settings.DEFAULT);
	/** Kadıköy, Moda. */
	static final Target KADIKOY = new Target(40.9850, 29.0270, LAMP, Side.ASIA);

	static Team team(long id, String name, List<Shift> shifts, List<ShiftException> exceptions, int capacity,
			boolean active, String... categories) {
		return new Team(id, name, "aydinlatma-anadolu", null, Team.VehicleKind.VAN, 40.99, 29.03, capacity, active,
				List.of(), Set.of(categories), shifts, exceptions);
	}

	static List<Shift> allWeek(int start, int end) {
		List<Shift> shifts = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			shifts.add(new Shift(day, start, end));
		}
		return shifts;
	}

	static Candidate at(Team team, double lat, double lon, Side side, int open) {
		return new Candidate(team, lat, lon, side, open);
	}

	@Test
	void nearestFirstAndCrossingTheBosphorusCostsThePenalty() {
		Team near = team(1, "Kadıköy", allWeek(0, 1440), List.of(), 3, true, LAMP);
		Team across = team(2, "Beşiktaş", allWeek(0, 1440), List.of(), 3, true, LAMP);
		Team far = team(3, "Ataşehir", allWeek(0, 1440), List.of(), 3, true, LAMP);
		List<Ranked> ranked = SUGGESTION.rank(KADIKOY, List.of(at(across, 41.0430, 29.0070, Side.EUROPE, 0),
				at(far, 40.9830, 29.1250, Side.ASIA, 0), at(near, 40.9900, 29.0300, Side.ASIA, 0)), NOON);
		assertThat(ranked).extracting(r -> r.team().name()).containsExactly("Kadıköy", "Ataşehir", "Beşiktaş");
		assertThat(ranked).allMatch(Ranked::available);
		Ranked beşiktaş = ranked.get(2);
		assertThat(beşiktaş.crossing()).isTrue();
		// about 6.6 km at 22 km/h is 18 minutes, and 25 more for the crossing
		assertThat(beşiktaş.km()).isBetween(6.0, 7.5);
		assertThat(beşiktaş.minutes()).isEqualTo((int) Math.ceil(beşiktaş.km() / 22 * 60) + 25);
		assertThat(ranked.get(0).minutes()).isLessThan(5);
	}

	@Test
	void teamsThatMayNotGoComeLastWithTheReason() {
		Team offShift = team(1, "Gece", allWeek(20 * 60, 1440), List.of(), 3, true, LAMP);
		Team unskilled = team(2, "Yol", allWeek(0, 1440), List.of(), 3, true, "yolda-cukur");
		Team full = team(3, "Dolu", allWeek(0, 1440), List.of(), 2, true, LAMP);
		Team inactive = team(4, "Kapalı", allWeek(0, 1440), List.of(), 3, false, LAMP);
		Team available = team(5, "Uzak", allWeek(0, 1440), List.of(), 3, true, LAMP);
		List<Ranked> ranked = SUGGESTION.rank(KADIKOY, List.of(at(offShift, 40.985, 29.027, Side.ASIA, 0),
				at(unskilled, 40.985, 29.027, Side.ASIA, 0), at(full, 40.985, 29.027, Side.ASIA, 2),
				at(inactive, 40.985, 29.027, Side.ASIA, 0), at(available, 41.02, 29.10, Side.ASIA, 0)), NOON);
		assertThat(ranked.get(0).team().name()).isEqualTo("Uzak");
		assertThat(ranked.stream().skip(1).map(Ranked::exclusion)).containsExactlyInAnyOrder(Exclusion.OFF_SHIFT,
				Exclusion.NOT_SKILLED, Exclusion.FULL, Exclusion.INACTIVE);
	}

	@Test
	void shiftsAreInIstanbulTimeAndAnExceptionReplacesTheDay() {
		Team day = team(1, "Gündüz", List.of(new Shift(DayOfWeek.WEDNESDAY, 8 * 60, 17 * 60)), List.of(), 3, true, LAMP);
		assertThat(day.onShift(NOON.atZone(java.time.ZoneOffset.UTC))).isTrue();
		// 16:30 UTC is 19:30 in İstanbul: after the shift
		assertThat(day.onShift(NOON.plus(Duration.ofMinutes(450)).atZone(java.time.ZoneOffset.UTC))).isFalse();
		assertThat(day.onShift(NOON.plus(Duration.ofDays(1)).atZone(Team.ISTANBUL))).isFalse();
		LocalDate wednesday = LocalDate.of(2026, 11, 25);
		Team off = team(2, "İzinli", day.shifts(), List.of(new ShiftException(wednesday, true, null, null)), 3, true, LAMP);
		assertThat(off.onShift(NOON.atZone(Team.ISTANBUL))).isFalse();
		Team late = team(3, "Geç", List.of(), List.of(new ShiftException(wednesday, false, 11 * 60, 13 * 60)), 3, true, LAMP);
		assertThat(late.onShift(NOON.atZone(Team.ISTANBUL))).isTrue();
		Team midnight = team(4, "Gece yarısı", allWeek(0, 1440), List.of(), 3, true, LAMP);
		assertThat(midnight.onShift(ZonedDateTime.of(2026, 11, 25, 23, 59, 0, 0, Team.ISTANBUL))).isTrue();
	}

	@Test
	void aRecentPositionCountsAnOldOneDoesNot() {
		Team team = team(1, "Kadıköy", allWeek(0, 1440), List.of(), 3, true, LAMP);
		Candidate fresh = SUGGESTION.candidate(team, new TeamPosition(1, 41.0, 29.05, NOON.minusSeconds(600)), 0, NOON,
				(lat, lon) -> Side.ASIA);
		assertThat(fresh.lat()).isEqualTo(41.0);
		Candidate stale = SUGGESTION.candidate(team, new TeamPosition(1, 41.0, 29.05, NOON.minus(Duration.ofHours(3))),
				0, NOON, (lat, lon) -> Side.ASIA);
		assertThat(stale.lat()).isEqualTo(40.99);
		assertThat(SUGGESTION.candidate(team, null, 0, NOON, (lat, lon) -> Side.ASIA).lon()).isEqualTo(29.03);
	}
}
