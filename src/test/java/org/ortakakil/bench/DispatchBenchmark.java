package org.ortakakil.bench;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.ortakakil.geography.Side;
import org.ortakakil.requests.teams.DispatchSuggestion;
import org.ortakakil.requests.teams.DispatchSuggestion.Candidate;
import org.ortakakil.requests.teams.DispatchSuggestion.Target;
import org.ortakakil.requests.teams.Team;

/**
 * Not a test: how long the dispatch suggestion takes for one request when the console has 200 open
 * requests and 100 teams (loaded once, as the console does). A plain warmed-up loop (JMH is not a
 * dependency of the project); prints p50, p95 and p99 per suggestion, and the whole console of 200.
 * Run with {@code bench/dispatch.sh}. The goal is under 20 ms per suggestion.
 */
public final class DispatchBenchmark {

	static final String[] CATEGORIES = { "sokak-lambasi-yanmiyor", "yolda-cukur", "su-kacagi", "rogar-kapagi-yok" };

	public static void main(String[] args) {
		Random random = new Random(2050);
		Instant now = Instant.parse("2026-11-25T09:00:00Z");
		DispatchSuggestion suggestion = new DispatchSuggestion(DispatchSuggestion.Settings.DEFAULT);
		List<Candidate> teams = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			List<Team.Shift> shifts = new ArrayList<>();
			for (DayOfWeek day : DayOfWeek.values()) {
				shifts.add(new Team.Shift(day, random.nextInt(2) * 480, 960 + random.nextInt(2) * 480));
			}
			List<Team.ShiftException> exceptions = List.of(
					new Team.ShiftException(LocalDate.of(2026, 12, 31), true, null, null),
					new Team.ShiftException(LocalDate.of(2026, 11, 20 + random.nextInt(10)), false, 600, 900));
			Team team = new Team(i, "Ekip " + i, "birim", null, Team.VehicleKind.VAN, 0, 0, 3, true, List.of(),
					Set.of(CATEGORIES[i % 4], CATEGORIES[(i + 1) % 4]), shifts, exceptions);
			double lon = 28.6 + random.nextDouble() * 0.8;
			teams.add(new Candidate(team, 40.9 + random.nextDouble() * 0.25, lon, side(lon), random.nextInt(4)));
		}
		List<Target> requests = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			double lon = 28.6 + random.nextDouble() * 0.8;
			requests.add(new Target(40.9 + random.nextDouble() * 0.25, lon, CATEGORIES[i % 4], side(lon)));
		}
		long sink = 0;
		for (int warm = 0; warm < 200; warm++) {
			for (Target request : requests) {
				sink += suggestion.rank(request, teams, now).get(0).minutes();
			}
		}
		int runs = 20_000;
		long[] single = new long[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			sink += suggestion.rank(requests.get(i % requests.size()), teams, now).get(0).minutes();
			single[i] = System.nanoTime() - start;
		}
		int consoles = 500;
		long[] whole = new long[consoles];
		for (int i = 0; i < consoles; i++) {
			long start = System.nanoTime();
			for (Target request : requests) {
				sink += suggestion.rank(request, teams, now).size();
			}
			whole[i] = System.nanoTime() - start;
		}
		System.out.printf("one suggestion (100 teams):  p50 %.3f ms  p95 %.3f ms  p99 %.3f ms%n", ms(single, 50),
				ms(single, 95), ms(single, 99));
		System.out.printf("all 200 open requests:       p50 %.3f ms  p95 %.3f ms%n", ms(whole, 50), ms(whole, 95));
		System.out.println("(checksum " + sink + ")");
	}

	static Side side(double lon) {
		return lon > 29.02 ? Side.ASIA : Side.EUROPE;
	}

	static double ms(long[] nanos, int percentile) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1_000_000.0;
	}
}
