package org.ortakakil.meetings.governance;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ortakakil.shared.DomainException;

/**
 * Spreads one meeting per neighbourhood over the allowed weekdays and start times between two dates,
 * in İstanbul time. The meetings of a cycle never overlap one another (the coordinator organises them
 * all and may attend each), and never overlap a meeting already planned at the same place or with the
 * same co-hosting neighbourhood (its muhtar). When there are fewer free times than neighbourhoods it
 * refuses, saying how many there are, rather than double-book. Pure: everything it needs is passed in.
 */
public final class CyclePlanner {

	public static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
	/** A cycle spans at most a year. */
	public static final int MAX_DAYS = 366;

	private CyclePlanner() {
	}

	/**
	 * A neighbourhood to meet in; {@code placeKey} names where (the same key is the same room), for
	 * instance {@code place:12} or {@code address:Caferağa}.
	 */
	public record Target(int neighbourhoodId, String placeKey) {
	}

	/** A meeting already planned: at a place, co-hosted by a neighbourhood (either may be null). */
	public record Busy(String placeKey, Integer coHost, Instant start, Instant end) {

		boolean overlaps(Instant from, Instant to) {
			return start.isBefore(to) && from.isBefore(end);
		}
	}

	/** What to plan: dates inclusive, times in İstanbul, {@code now} to leave out what has begun. */
	public record Request(List<Target> targets, LocalDate first, LocalDate last, Set<DayOfWeek> weekdays,
			List<LocalTime> times, Duration duration, Instant now, List<Busy> busy) {
	}

	/** One planned meeting. */
	public record Planned(Target target, ZonedDateTime start, ZonedDateTime end) {
	}

	/** The plan, in the order of the targets; INVALID {@code governance.*} when it cannot be made. */
	public static List<Planned> plan(Request request) {
		check(request);
		List<ZonedDateTime> slots = slots(request);
		int n = request.targets().size();
		List<Planned> planned = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Target target = request.targets().get(i);
			int ideal = (int) ((long) i * slots.size() / n);
			Planned chosen = null;
			for (int step = 0; step < slots.size() && chosen == null; step++) {
				ZonedDateTime start = slots.get((ideal + step) % slots.size());
				Planned candidate = new Planned(target, start, start.plus(request.duration()));
				if (free(candidate, planned, request.busy())) {
					chosen = candidate;
				}
			}
			if (chosen == null) {
				throw DomainException.invalid("governance.too-few-slots", n, planned.size());
			}
			planned.add(chosen);
		}
		return planned;
	}

	private static void check(Request request) {
		if (request.first() == null || request.last() == null) {
			throw DomainException.invalid("governance.dates-missing");
		}
		if (request.last().isBefore(request.first())) {
			throw DomainException.invalid("governance.dates-reversed");
		}
		if (request.first().isBefore(request.now().atZone(ISTANBUL).toLocalDate())) {
			throw DomainException.invalid("governance.in-the-past");
		}
		if (request.first().plusDays(MAX_DAYS).isBefore(request.last())) {
			throw DomainException.invalid("governance.too-long", MAX_DAYS);
		}
		if (request.weekdays().isEmpty()) {
			throw DomainException.invalid("governance.no-weekday");
		}
		if (request.times().isEmpty()) {
			throw DomainException.invalid("governance.no-time");
		}
		if (request.duration().isNegative() || request.duration().isZero()
				|| request.duration().compareTo(Duration.ofHours(8)) > 0) {
			throw DomainException.invalid("governance.duration-invalid");
		}
		if (request.targets().isEmpty()) {
			throw DomainException.invalid("governance.no-neighbourhood");
		}
	}

	/** Every allowed start that has not begun, in order. */
	private static List<ZonedDateTime> slots(Request request) {
		List<LocalTime> times = request.times().stream().distinct().sorted().toList();
		List<ZonedDateTime> slots = new ArrayList<>();
		for (LocalDate day = request.first(); !day.isAfter(request.last()); day = day.plusDays(1)) {
			if (!request.weekdays().contains(day.getDayOfWeek())) {
				continue;
			}
			for (LocalTime time : times) {
				ZonedDateTime start = day.atTime(time).atZone(ISTANBUL);
				if (start.toInstant().isAfter(request.now())) {
					slots.add(start);
				}
			}
		}
		return slots;
	}

	private static boolean free(Planned candidate, List<Planned> planned, List<Busy> busy) {
		Instant from = candidate.start().toInstant();
		Instant to = candidate.end().toInstant();
		for (Planned other : planned) {
			if (other.start().toInstant().isBefore(to) && from.isBefore(other.end().toInstant())) {
				return false;
			}
		}
		for (Busy other : busy) {
			boolean samePlace = other.placeKey() != null && other.placeKey().equals(candidate.target().placeKey());
			boolean sameHost = other.coHost() != null && other.coHost() == candidate.target().neighbourhoodId();
			if ((samePlace || sameHost) && other.overlaps(from, to)) {
				return false;
			}
		}
		return true;
	}
}
