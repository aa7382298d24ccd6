package org.ortakakil.requests.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.audit.AuditLog;
import org.ortakakil.identity.Role;
import org.ortakakil.requests.RequestState;
import org.ortakakil.requests.internal.RequestHandling;
import org.ortakakil.requests.photos.Photos;
import org.ortakakil.requests.photos.TestPhotos;
import org.ortakakil.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Teams from both ends: unit staff create a team (members by e-mail, shifts) and nobody else may; a
 * member takes a job through accept, on the way (the request is in progress), on site and resolved
 * with a note and a photo; a resolve without a note is refused; cannot resolve gives the request back
 * to the unit; a member of another team may not touch the job (403, in the page's language); the team's
 * position is reported with or without JavaScript.
 */
@IntegrationTest
class TeamsIT {

	static final Actor DISPATCHER = new Actor("dispatcher", "127.0.0.1");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Dispatch dispatch;

	@Autowired
	TeamJobs jobs;

	@Autowired
	RequestHandling handling;

	@Autowired
	Photos photos;

	@Autowired
	JdbcClient jdbc;

	TeamFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new TeamFixtures(mvc, context);
	}

	@Test
	void unitStaffCreateTeamsAndOthersMayNot() throws Exception {
		TeamFixtures.Person staff = fixtures.person("birim", Role.STAFF, fixtures.unit);
		TeamFixtures.Person member = fixtures.person("ekip", null, null);
		TeamFixtures.Person resident = fixtures.person("sakin", null, null);
		mvc.perform(get("/teams").param("unit", fixtures.unit).cookie(staff.session())).andExpect(status().isOk());
		mvc.perform(get("/teams/new").param("unit", fixtures.unit).cookie(staff.session())).andExpect(status().isOk())
			.andExpect(content().string(containsString(fixtures.category)));
		String name = "Moda Ekibi " + fixtures.suffix;
		mvc.perform(post("/teams").param("unit", fixtures.unit).with(csrf()).cookie(staff.session())
				.param("name", name).param("vehicleKind", "PICKUP").param("vehiclePlate", "34 abc 12")
				.param("baseLat", "40.9900").param("baseLon", "29.0300").param("capacity", "2").param("active", "true")
				.param("members", member.email().toUpperCase() + "\n" + member.principal())
				.param("categories", fixtures.category)
				.param("shiftStarts", "08:00", "08:00", "08:00", "08:00", "08:00", "", "")
				.param("shiftEnds", "17:00", "17:00", "17:00", "17:00", "00:00", "", "")
				.param("exceptions", "2026-12-31 off\n2027-01-02 10:00-14:00"))
			.andExpect(status().is3xxRedirection());
		Team team = context.getBean(TeamAdministration.class).ofUnit(fixtures.unit).stream()
			.filter(t -> t.name().equals(name)).findFirst().orElseThrow();
		assertThat(team.members()).containsExactly(member.principal());
		assertThat(team.vehiclePlate()).isEqualTo("34 ABC 12");
		assertThat(team.shifts()).hasSize(5).last().satisfies(s -> assertThat(s.end()).isEqualTo(1440));
		assertThat(team.exceptions()).hasSize(2);
		Awaitility.await().untilAsserted(() -> assertThat(context.getBean(AuditLog.class).latest(50, "team"))
			.anySatisfy(entry -> {
				assertThat(entry.action()).isEqualTo("team.created");
				assertThat(entry.resourceId()).isEqualTo(String.valueOf(team.id()));
				assertThat(entry.actor()).isEqualTo(staff.principal());
				assertThat(entry.summary()).isEqualTo(fixtures.unit + " " + name).doesNotContain(member.email());
			}));
		mvc.perform(get("/teams/" + team.id()).cookie(staff.session())).andExpect(status().isOk())
			.andExpect(content().string(containsString(member.email())));
		mvc.perform(post("/teams").param("unit", fixtures.unit).with(csrf()).cookie(staff.session())
				.param("name", "Denizde " + fixtures.suffix).param("vehicleKind", "VAN").param("baseLat", "40.80")
				.param("baseLon", "29.30").param("capacity", "2"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("İstanbul içinde")));
		mvc.perform(post("/teams").param("unit", fixtures.unit).with(csrf()).cookie(staff.session())
				.param("name", "Hayalet " + fixtures.suffix).param("vehicleKind", "VAN").param("baseLat", "40.99")
				.param("baseLon", "29.03").param("capacity", "2").param("members", "yok-" + fixtures.suffix + "@example.org"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/teams").param("unit", fixtures.unit).cookie(resident.session())).andExpect(status().isForbidden());
		mvc.perform(post("/teams/" + team.id()).with(csrf()).cookie(resident.session()).param("name", "Ele geçirildi"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aMemberTakesAJobFromAcceptToResolvedWithANoteAndAPhoto() throws Exception {
		TeamFixtures.Person member = fixtures.person("ekip", null, null);
		long team = fixtures.allDayTeam("Moda", member.email());
		String id = fixtures.request();
		TeamJob job = dispatch.assign(id, team, DISPATCHER, false);
		mvc.perform(get("/team").cookie(member.session())).andExpect(status().isOk())
			.andExpect(content().string(containsString(id)));
		for (TeamJob.Step step : TeamJob.Step.values()) {
			mvc.perform(post("/team/jobs/" + job.id() + "/step").with(csrf()).cookie(member.session())
					.param("step", step.name()))
				.andExpect(status().is3xxRedirection());
			if (step == TeamJob.Step.ON_THE_WAY) {
				assertThat(handling.get(id).state()).isEqualTo(RequestState.IN_PROGRESS);
			}
		}
		mvc.perform(post("/team/jobs/" + job.id() + "/step").with(csrf()).cookie(member.session())
				.param("step", "ON_SITE"))
			.andExpect(status().isConflict());
		mvc.perform(multipart("/team/jobs/" + job.id() + "/resolve").with(csrf()).cookie(member.session())
				.param("note", "  "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Ne yapıldığını")));
		assertThat(handling.get(id).state()).isEqualTo(RequestState.IN_PROGRESS);
		mvc.perform(multipart("/team/jobs/" + job.id() + "/resolve")
				.file(new MockMultipartFile("photo", "lamba.png", "image/png", TestPhotos.streetLight())).with(csrf())
				.cookie(member.session()).param("note", "Lamba değiştirildi."))
			.andExpect(status().is3xxRedirection());
		TeamJob done = jobs.job(job.id());
		assertThat(done.outcome()).isEqualTo(TeamJob.Outcome.RESOLVED);
		assertThat(done.acceptedAt()).isNotNull();
		assertThat(done.onTheWayAt()).isNotNull();
		assertThat(done.onSiteAt()).isNotNull();
		assertThat(done.finishedAt()).isNotNull();
		assertThat(photos.load(done.photoKey())).isPresent();
		assertThat(handling.get(id).state()).isEqualTo(RequestState.RESOLVED);
		assertThat(handling.history(handling.get(id).id(), false)).last()
			.satisfies(update -> assertThat(update.photoKey()).isEqualTo(done.photoKey()));
		assertThat(jdbc.sql("SELECT active_request_id FROM team_job WHERE id = ?").param(job.id())
			.query(Long.class).optional()).isEmpty();
	}

	@Test
	void cannotResolveGivesTheRequestBackAndItMayBeAssignedAgain() throws Exception {
		TeamFixtures.Person member = fixtures.person("ekip", null, null);
		long team = fixtures.allDayTeam("Kurbağalıdere", member.principal());
		String id = fixtures.request();
		TeamJob job = dispatch.assign(id, team, DISPATCHER, false);
		jobs.step(job.id(), TeamJob.Step.ON_SITE, member.principal(), DISPATCHER);
		mvc.perform(post("/team/jobs/" + job.id() + "/cannot-resolve").with(csrf()).cookie(member.session())
				.param("reason", ""))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/team/jobs/" + job.id() + "/cannot-resolve").with(csrf()).cookie(member.session())
				.param("reason", "Direk devrilmiş, vinç gerekiyor."))
			.andExpect(status().is3xxRedirection());
		assertThat(jobs.job(job.id()).outcome()).isEqualTo(TeamJob.Outcome.CANNOT_RESOLVE);
		assertThat(handling.get(id).state()).isEqualTo(RequestState.ACCEPTED);
		assertThat(dispatch.assign(id, team, DISPATCHER, false).id()).isNotEqualTo(job.id());
	}

	@Test
	void whenTheUnitRejectsTheRequestTheJobEndsAndFreesTheTeam() {
		long team = fixtures.team("Tekil", TeamFixtures.ALL_DAY, TeamFixtures.ALL_DAY, "", 1);
		String id = fixtures.request();
		TeamJob job = dispatch.assign(id, team, DISPATCHER, false);
		handling.reject(id, "Lamba özel mülkte.", DISPATCHER);
		assertThat(jobs.job(job.id()).finished()).isTrue();
		assertThat(jobs.job(job.id()).outcome()).isEqualTo(TeamJob.Outcome.CANNOT_RESOLVE);
		assertThat(dispatch.assign(fixtures.request(), team, DISPATCHER, false).teamId()).isEqualTo(team);
	}

	@Test
	void aMemberOfAnotherTeamMayNotTouchTheJob() throws Exception {
		TeamFixtures.Person member = fixtures.person("ekip", null, null);
		TeamFixtures.Person other = fixtures.person("baska", null, null);
		long team = fixtures.allDayTeam("Caddebostan", member.principal());
		fixtures.allDayTeam("Bostancı", other.principal());
		TeamJob job = dispatch.assign(fixtures.request(), team, DISPATCHER, false);
		mvc.perform(post("/team/jobs/" + job.id() + "/step").with(csrf()).cookie(other.session())
				.param("step", "ACCEPT").param("lang", "en"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("This job is not your team’s.")));
		mvc.perform(multipart("/team/jobs/" + job.id() + "/resolve").with(csrf()).cookie(other.session())
				.param("note", "Bitti"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Bu iş ekibinizin değil.")));
		assertThat(jobs.job(job.id()).acceptedAt()).isNull();
		mvc.perform(get("/team").cookie(other.session())).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(job.serviceRequestId()))));
	}

	@Test
	void theTeamReportsItsPosition() throws Exception {
		TeamFixtures.Person member = fixtures.person("ekip", null, null);
		TeamFixtures.Person other = fixtures.person("baska", null, null);
		long team = fixtures.allDayTeam("Feneryolu", member.principal());
		mvc.perform(post("/team/position").with(csrf()).cookie(member.session()).header("X-Requested-With", "team.js")
				.param("team", String.valueOf(team)).param("lat", "40.9760").param("lon", "29.0580"))
			.andExpect(status().isNoContent());
		mvc.perform(post("/team/position").with(csrf()).cookie(member.session()).param("team", String.valueOf(team))
				.param("lat", "40,9770").param("lon", "29,0590"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT lat FROM team_position WHERE team_id = ?").param(team).query(Double.class).single())
			.isEqualTo(40.977);
		mvc.perform(post("/team/position").with(csrf()).cookie(member.session()).param("team", String.valueOf(team))
				.param("lat", "48.85").param("lon", "2.35"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/team/position").with(csrf()).cookie(other.session()).param("team", String.valueOf(team))
				.param("lat", "40.9760").param("lon", "29.0580"))
			.andExpect(status().isForbidden());
		List<Team> mine = jobs.teamsOf(member.principal());
		assertThat(mine).extracting(Team::id).containsExactly(team);
	}
}
