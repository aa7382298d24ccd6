package org.ortakakil.requests.teams;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ortakakil.geography.Side;

/**
 * Which team should go to a request: the teams that may take it (active, skilled for its category, on
 * shift now, fewer open jobs than their capacity) ranked by estimated travel time, then the others
 * with the reason they may not. Travel time is the great-circle distance at the average speed of the
 * side the team is on, plus a penalty when the team must cross the Bosphorus. Pure: everything it
 * needs is passed in, so the console can load the teams once and rank for many requests.
 */
public final class DispatchSuggestion {

	/** Average speeds (km/h) per side, the Bosphorus penalty and how long a reported position counts. */
	public record Settings(double europeKmh, double asiaKmh, int crossingMinutes, Duration positionValidFor) {

		public static final Settings DEFAULT = new Settings(22, 25, 25, Duration.ofHours(2));

		double kmh(Side side) {
			return side == Side.ASIA ? asiaKmh : europeKmh;
		}
	}

	/** The request: its point, category and the side of the Bosphorus it is on. */
	public record Target(double lat, double lon, String categoryCode, Side side) {
	}

	/** A team where it is now (its reported position, or its home base) with its unfinished jobs. */
	public record Candidate(Team team, double lat, double lon, Side side, int openJobs) {
	}

	/** Why a team may not take the request. */
	public enum Exclusion { INACTIVE, NOT_SKILLED, OFF_SHIFT, FULL }

	/** A team's place in the ranking; {@code exclusion} is null when it may take the request. */
	public record Ranked(Team team, double km, int minutes, boolean crossing, Exclusion exclusion) {

		public boolean available() {
			return exclusion == null;
		}
	}

	private static final double EARTH_KM = 6371.0088;
	private static final Comparator<Ranked> ORDER = Comparator.comparing((Ranked r) -> !r.available())
		.thenComparingInt(Ranked::minutes).thenComparingDouble(Ranked::km).thenComparing(r -> r.team().name());

	private final Settings settings;

	public DispatchSuggestion(Settings settings) {
		this.settings = settings;
	}

	/**
	 * Where the team counts as being: its reported position if recent enough, else its home base;
	 * {@code sideOf} tells the side of that point (null when it is outside İstanbul: the base's side is
	 * then not known either, and no crossing penalty applies).
	 */
	public Candidate candidate(Team team, TeamPosition position, int openJobs, Instant now,
			java.util.function.BiFunction<Double, Double, Side> sideOf) {
		boolean fresh = position != null && !position.reportedAt().isBefore(now.minus(settings.positionValidFor()));
		double lat = fresh ? position.lat() : team.baseLat();
		double lon = fresh ? position.lon() : team.baseLon();
		return new Candidate(team, lat, lon, sideOf.apply(lat, lon), openJobs);
	}

	/** All candidates, those who may take the request first, each group nearest first. */
	public List<Ranked> rank(Target target, List<Candidate> candidates, Instant now) {
		ZonedDateTime at = now.atZone(Team.ISTANBUL);
		List<Ranked> ranked = new ArrayList<>(candidates.size());
		for (Candidate candidate : candidates) {
			ranked.add(rank(target, candidate, at));
		}
		ranked.sort(ORDER);
		return ranked;
	}

	/** One team's estimate and whether it may take the request. */
	public Ranked rank(Target target, Candidate candidate, ZonedDateTime at) {
		double km = kilometres(candidate.lat(), candidate.lon(), target.lat(), target.lon());
		boolean crossing = candidate.side() != null && target.side() != null && candidate.side() != target.side();
		double speed = settings.kmh(candidate.side() == null ? target.side() : candidate.side());
		int minutes = (int) Math.ceil(km / speed * 60) + (crossing ? settings.crossingMinutes() : 0);
		return new Ranked(candidate.team(), km, minutes, crossing, exclusion(target, candidate, at));
	}

	private static Exclusion exclusion(Target target, Candidate candidate, ZonedDateTime at) {
		Team team = candidate.team();
		if (!team.active()) {
			return Exclusion.INACTIVE;
		}
		if (!team.skilledFor(target.categoryCode())) {
			return Exclusion.NOT_SKILLED;
		}
		if (!team.onShift(at)) {
			return Exclusion.OFF_SHIFT;
		}
		if (candidate.openJobs() >= team.capacity()) {
			return Exclusion.FULL;
		}
		return null;
	}

	/** Great-circle distance (haversine). */
	static double kilometres(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
	}
}
