package org.ortakakil.requests.teams;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ortakakil.geography.District;
import org.ortakakil.geography.GeoPoint;
import org.ortakakil.geography.Geography;
import org.ortakakil.geography.Side;
import org.ortakakil.requests.Priority;
import org.ortakakil.requests.RequestState;
import org.ortakakil.requests.internal.HandledRequest;
import org.ortakakil.requests.internal.RequestHandling;
import org.ortakakil.requests.teams.DispatchSuggestion.Candidate;
import org.ortakakil.requests.teams.DispatchSuggestion.Ranked;
import org.ortakakil.requests.teams.DispatchSuggestion.Target;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dispatcher's work: a unit's open requests (waiting for a team, and with a team), the teams
 * suggested for one of them, and giving it to a team. Assigning is one transaction: the request moves
 * to ASSIGNED (a NEW one is accepted by it) and the job is stored; the job's unique active request
 * lets one dispatcher win when two assign the same request at once, and the other is told
 * ({@code CONFLICT dispatch.already-assigned}) with nothing stored.
 */
@Service
@Transactional
public class Dispatch {

	/** A request on the console. */
	public record OpenRequest(long id, String serviceRequestId, String serviceCode, RequestState state,
			Priority priority, Double lat, Double lon, String address, Integer districtId, OffsetDateTime requested,
			OffsetDateTime due, String teamName) {

		public boolean overdue(OffsetDateTime now) {
			return due != null && due.isBefore(now);
		}
	}

	/** The unit's open requests: those waiting for a team, and those a team has. */
	public record Console(List<OpenRequest> waiting, List<OpenRequest> withTeam) {
	}

	private static final String OPEN = """
			SELECT r.id, r.service_request_id, r.category_code, r.state, r.priority, r.lat, r.lon, r.address_string,
			r.district_id, r.requested_datetime, r.expected_datetime, t.name AS team_name
			FROM service_request r LEFT JOIN team_job j ON j.active_request_id = r.id LEFT JOIN team t ON t.id = j.team_id
			WHERE r.agency_responsible = ? AND r.state IN (%s)
			ORDER BY CASE r.priority WHEN 'URGENT' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'NORMAL' THEN 2 ELSE 3 END,
			CASE WHEN r.expected_datetime IS NULL THEN 1 ELSE 0 END, r.expected_datetime, r.requested_datetime
			FETCH FIRST 500 ROWS ONLY""";

	private final JdbcClient jdbc;
	private final TeamStore teams;
	private final RequestHandling handling;
	private final Geography geography;
	private final DispatchSuggestion suggestion;
	private final Clock clock;

	Dispatch(JdbcClient jdbc, TeamStore teams, RequestHandling handling,
			Geography geography, DispatchSuggestion suggestion, Clock clock) {
		this.jdbc = jdbc;
		this.teams = teams;
		this.handling = handling;
		this.geography = geography;
		this.suggestion = suggestion;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Console console(String unitKey) {
		return new Console(open(unitKey, "'NEW', 'ACCEPTED'"), open(unitKey, "'ASSIGNED', 'IN_PROGRESS'"));
	}

	private List<OpenRequest> open(String unitKey, String states) {
		return jdbc.sql(OPEN.formatted(states)).param(unitKey)
			.query((rs, n) -> new OpenRequest(rs.getLong("id"), rs.getString("service_request_id"),
					rs.getString("category_code"), RequestState.valueOf(rs.getString("state")),
					Priority.valueOf(rs.getString("priority")), rs.getObject("lat", Double.class),
					rs.getObject("lon", Double.class), rs.getString("address_string"),
					rs.getObject("district_id", Integer.class), time(rs.getObject("requested_datetime", OffsetDateTime.class)),
					time(rs.getObject("expected_datetime", OffsetDateTime.class)), rs.getString("team_name")))
			.list();
	}

	/** The unit's request with this public id; NOT_FOUND when it is another unit's. */
	@Transactional(readOnly = true)
	public HandledRequest request(String unitKey, String serviceRequestId) {
		HandledRequest request = handling.get(serviceRequestId);
		if (!request.unit().equals(unitKey)) {
			throw DomainException.notFound("requests.not-found", serviceRequestId);
		}
		return request;
	}

	/** The unit's teams ranked for the request; empty when the request has no point to go to. */
	@Transactional(readOnly = true)
	public List<Ranked> suggest(HandledRequest request) {
		Optional<Target> target = target(request);
		if (target.isEmpty()) {
			return List.of();
		}
		Instant now = clock.instant();
		return suggestion.rank(target.get(), candidates(request.unit(), now), now);
	}

	/** The unit's teams where they are now, loaded once for any number of rankings. */
	@Transactional(readOnly = true)
	public List<Candidate> candidates(String unitKey, Instant now) {
		Map<Long, TeamPosition> positions = teams.positions(unitKey);
		Map<Long, Integer> open = teams.openJobs(unitKey);
		return teams.ofUnit(unitKey).stream()
			.map(team -> suggestion.candidate(team, positions.get(team.id()), open.getOrDefault(team.id(), 0), now,
					this::sideOf))
			.toList();
	}

	/** Gives the request to the team, if the team may take it; a NEW request is accepted by this. */
	public TeamJob assign(String serviceRequestId, long teamId, Actor actor, boolean automatic) {
		HandledRequest request = handling.get(serviceRequestId);
		Team team = teams.find(teamId).filter(t -> t.unitKey().equals(request.unit()))
			.orElseThrow(() -> DomainException.notFound("teams.not-found", teamId));
		if (!request.state().equals(RequestState.NEW) && !request.state().equals(RequestState.ACCEPTED)) {
			throw DomainException.conflict("dispatch.already-assigned", serviceRequestId);
		}
		Instant now = clock.instant();
		Target target = target(request).orElse(null);
		if (target != null) {
			Candidate candidate = candidates(request.unit(), now).stream().filter(c -> c.team().id() == teamId)
				.findFirst().orElseThrow();
			Ranked ranked = suggestion.rank(target, candidate, now.atZone(Team.ISTANBUL));
			if (!ranked.available()) {
				throw DomainException.invalid("dispatch.refused." + ranked.exclusion().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
						team.name());
			}
		}
		try {
			handling.assign(serviceRequestId, actor);
			jdbc.sql("""
					INSERT INTO team_job (team_id, request_id, active_request_id, assigned_at, assigned_by, automatic)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(teamId, request.id(), request.id(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC)
					.truncatedTo(ChronoUnit.SECONDS), actor.name(), automatic)
				.update();
		}
		catch (DomainException e) {
			throw e.kind() == DomainException.Kind.CONFLICT
					? DomainException.conflict("dispatch.already-assigned", serviceRequestId) : e;
		}
		catch (DuplicateKeyException | ConcurrencyFailureException otherDispatcherFirst) {
			throw DomainException.conflict("dispatch.already-assigned", serviceRequestId);
		}
		return jdbc.sql(TeamJob.SELECT + " WHERE j.active_request_id = ?").param(request.id()).query(TeamJob::read)
			.single();
	}

	/** Gives the request to the best team that may take it, if any (automatic assignment). */
	public Optional<TeamJob> assignBest(String serviceRequestId) {
		HandledRequest request = handling.get(serviceRequestId);
		return suggest(request).stream().filter(Ranked::available).findFirst()
			.map(best -> assign(serviceRequestId, best.team().id(), Actor.SYSTEM, true));
	}

	@Transactional(readOnly = true)
	public boolean autoAssign(String unitKey) {
		return teams.autoAssign(unitKey);
	}

	public void setAutoAssign(String unitKey, boolean on) {
		teams.setAutoAssign(unitKey, on);
	}

	private Optional<Target> target(HandledRequest request) {
		if (request.lat() == null || request.lon() == null) {
			return Optional.empty();
		}
		Side side = Optional.ofNullable(request.districtId()).flatMap(geography::district).map(District::side)
			.orElseGet(() -> sideOf(request.lat(), request.lon()));
		return Optional.of(new Target(request.lat(), request.lon(), request.serviceCode(), side));
	}

	private Side sideOf(double lat, double lon) {
		return geography.locate(new GeoPoint(lat, lon)).map(District::side).orElse(null);
	}

	private static OffsetDateTime time(OffsetDateTime time) {
		return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC);
	}
}
