package org.ortakakil.requests.teams;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.ortakakil.geography.GeoPoint;
import org.ortakakil.geography.Geography;
import org.ortakakil.requests.RequestState;
import org.ortakakil.requests.internal.RequestHandling;
import org.ortakakil.requests.photos.Photos;
import org.ortakakil.requests.teams.TeamJob.Step;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a team member does with the team's jobs, from the phone: accept, on the way, on site, then
 * resolved (with a note and a photo) or cannot resolve (with the reason). Each step is stamped once by
 * a conditional UPDATE; the first move towards the place starts the work on the request, and the
 * outcome resolves the request or gives it back to the unit, in the same transaction. Only a member
 * of the job's team may act on it ({@code FORBIDDEN teams.not-your-job}).
 */
@Service
@Transactional
public class TeamJobs {

	private final JdbcClient jdbc;
	private final TeamStore teams;
	private final RequestHandling handling;
	private final Photos photos;
	private final Geography geography;
	private final Clock clock;

	TeamJobs(JdbcClient jdbc, TeamStore teams, RequestHandling handling, Photos photos, Geography geography,
			Clock clock) {
		this.jdbc = jdbc;
		this.teams = teams;
		this.handling = handling;
		this.photos = photos;
		this.geography = geography;
		this.clock = clock;
	}

	/** The teams the account is a member of. */
	@Transactional(readOnly = true)
	public List<Team> teamsOf(String principal) {
		return teams.ofMember(principal);
	}

	/** The team's jobs: unfinished ones first (oldest first), then the last 20 finished. */
	@Transactional(readOnly = true)
	public List<TeamJob> jobs(long teamId) {
		List<TeamJob> open = jdbc.sql(TeamJob.SELECT + " WHERE j.team_id = ? AND j.finished_at IS NULL ORDER BY j.assigned_at, j.id")
			.param(teamId).query(TeamJob::read).list();
		List<TeamJob> done = jdbc.sql(TeamJob.SELECT + " WHERE j.team_id = ? AND j.finished_at IS NOT NULL"
				+ " ORDER BY j.finished_at DESC, j.id DESC FETCH FIRST 20 ROWS ONLY")
			.param(teamId).query(TeamJob::read).list();
		return java.util.stream.Stream.concat(open.stream(), done.stream()).toList();
	}

	@Transactional(readOnly = true)
	public TeamJob job(long jobId) {
		return jdbc.sql(TeamJob.SELECT + " WHERE j.id = ?").param(jobId).query(TeamJob::read).optional()
			.orElseThrow(() -> DomainException.notFound("teams.job-not-found", jobId));
	}

	/** Stamps the step (and the earlier ones, if skipped); going towards the place starts the work. */
	public TeamJob step(long jobId, Step step, String principal, Actor actor) {
		TeamJob job = ownJob(jobId, principal);
		String column = switch (step) {
			case ACCEPT -> "accepted_at";
			case ON_THE_WAY -> "on_the_way_at";
			case ON_SITE -> "on_site_at";
		};
		OffsetDateTime now = now();
		String earlier = switch (step) {
			case ACCEPT -> "";
			case ON_THE_WAY -> ", accepted_at = COALESCE(accepted_at, ?)";
			case ON_SITE -> ", accepted_at = COALESCE(accepted_at, ?), on_the_way_at = COALESCE(on_the_way_at, ?)";
		};
		List<Object> params = new java.util.ArrayList<>(List.of(now));
		for (int i = 0; i < step.ordinal(); i++) {
			params.add(now);
		}
		params.add(jobId);
		int changed = jdbc.sql("UPDATE team_job SET " + column + " = ?" + earlier + " WHERE id = ? AND finished_at IS NULL AND "
				+ column + " IS NULL").params(params).update();
		if (changed == 0) {
			throw DomainException.conflict("teams.job-changed", job.serviceRequestId());
		}
		if (step != Step.ACCEPT) {
			RequestState state = handling.get(job.serviceRequestId()).state();
			if (state == RequestState.ASSIGNED || state == RequestState.ACCEPTED) {
				handling.startWork(job.serviceRequestId(), null, actor);
			}
		}
		return job(jobId);
	}

	/** The problem is fixed: the note is required, the photo (if any) is checked and re-encoded. */
	public TeamJob resolve(long jobId, String note, byte[] photo, String principal, Actor actor) {
		TeamJob job = ownJob(jobId, principal);
		String text = required(note);
		String photoKey = photo == null || photo.length == 0 ? null : photos.store(photo);
		finish(job, TeamJob.Outcome.RESOLVED, text, photoKey);
		handling.resolve(job.serviceRequestId(), text, photoKey, actor);
		return job(jobId);
	}

	/** The team cannot fix it: the reason is required, and the unit has the request again. */
	public TeamJob cannotResolve(long jobId, String reason, String principal, Actor actor) {
		TeamJob job = ownJob(jobId, principal);
		String text = required(reason);
		finish(job, TeamJob.Outcome.CANNOT_RESOLVE, text, null);
		handling.giveBack(job.serviceRequestId(), text, actor);
		return job(jobId);
	}

	/** The member's team is at the point now (it must lie in İstanbul). */
	public void reportPosition(long teamId, double lat, double lon, String principal) {
		Team team = teams.find(teamId).filter(t -> t.hasMember(principal))
			.orElseThrow(() -> DomainException.forbidden("teams.not-your-team"));
		if (geography.locate(new GeoPoint(lat, lon)).isEmpty()) {
			throw DomainException.invalid("teams.position-outside-istanbul");
		}
		teams.report(team.id(), lat, lon, now().toInstant());
	}

	private void finish(TeamJob job, TeamJob.Outcome outcome, String note, String photoKey) {
		int changed = jdbc.sql("""
				UPDATE team_job SET finished_at = ?, outcome = ?, note = ?, photo_key = ?, active_request_id = NULL,
				accepted_at = COALESCE(accepted_at, ?) WHERE id = ? AND finished_at IS NULL""")
			.params(now(), outcome.name(), note, photoKey, now(), job.id()).update();
		if (changed == 0) {
			throw DomainException.conflict("teams.job-changed", job.serviceRequestId());
		}
	}

	private TeamJob ownJob(long jobId, String principal) {
		TeamJob job = job(jobId);
		boolean member = teams.find(job.teamId()).map(t -> t.hasMember(principal)).orElse(false);
		if (!member) {
			throw DomainException.forbidden("teams.not-your-job");
		}
		return job;
	}

	private static String required(String text) {
		if (text == null || text.isBlank()) {
			throw DomainException.invalid("teams.note-missing");
		}
		if (text.strip().length() > RequestHandling.NOTE_MAX) {
			throw DomainException.invalid("teams.note-too-long", RequestHandling.NOTE_MAX);
		}
		return text.strip();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
	}
}
