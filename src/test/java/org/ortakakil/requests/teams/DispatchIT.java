package org.ortakakil.requests.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.identity.Role;
import org.ortakakil.requests.RequestState;
import org.ortakakil.requests.internal.RequestHandling;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Giving requests to teams: the console for the unit's staff only, suggestions with the reason a team
 * may not go, assigning (a NEW request is accepted by it), an off-shift team refused, a second assign
 * refused, two dispatchers at the same moment (one job, the other told CONFLICT), and automatic
 * assignment after a request is stored.
 */
@IntegrationTest
class DispatchIT {

	static final Actor DISPATCHER = new Actor("dispatcher", "127.0.0.1");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Dispatch dispatch;

	@Autowired
	RequestHandling handling;

	@Autowired
	JdbcClient jdbc;

	TeamFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new TeamFixtures(mvc, context);
	}

	int jobs(String serviceRequestId) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM team_job j JOIN service_request r ON r.id = j.request_id
				WHERE r.service_request_id = ?""").param(serviceRequestId).query(Integer.class).single();
	}

	@Test
	void assigningAcceptsTheRequestAndASecondAssignIsRefused() {
		long team = fixtures.allDayTeam("Moda", "");
		long other = fixtures.allDayTeam("Fenerbahçe", "");
		String id = fixtures.request();
		TeamJob job = dispatch.assign(id, team, DISPATCHER, false);
		assertThat(job.teamId()).isEqualTo(team);
		assertThat(job.automatic()).isFalse();
		assertThat(handling.get(id).state()).isEqualTo(RequestState.ASSIGNED);
		assertThatThrownBy(() -> dispatch.assign(id, other, DISPATCHER, false)).isInstanceOfSatisfying(
				DomainException.class, e -> assertThat(e.code()).isEqualTo("dispatch.already-assigned"));
		assertThat(jobs(id)).isEqualTo(1);
	}

	@Test
	void aTeamOffShiftIsRefusedAndNothingIsStored() {
		long off = fixtures.team("Gece", List.of(), List.of(), "", 3);
		String id = fixtures.request();
		assertThat(dispatch.suggest(handling.get(id))).singleElement()
			.satisfies(r -> assertThat(r.exclusion()).isEqualTo(DispatchSuggestion.Exclusion.OFF_SHIFT));
		assertThatThrownBy(() -> dispatch.assign(id, off, DISPATCHER, false)).isInstanceOfSatisfying(
				DomainException.class, e -> {
					assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
					assertThat(e.code()).isEqualTo("dispatch.refused.off-shift");
				});
		assertThat(handling.get(id).state()).isEqualTo(RequestState.NEW);
		assertThat(jobs(id)).isZero();
	}

	@Test
	void aFullTeamIsRefused() {
		long team = fixtures.team("Tek", TeamFixtures.ALL_DAY, TeamFixtures.ALL_DAY, "", 1);
		dispatch.assign(fixtures.request(), team, DISPATCHER, false);
		String second = fixtures.request();
		assertThatThrownBy(() -> dispatch.assign(second, team, DISPATCHER, false)).isInstanceOfSatisfying(
				DomainException.class, e -> assertThat(e.code()).isEqualTo("dispatch.refused.full"));
	}

	@Test
	void twoDispatchersAtTheSameMomentMakeOneJob() throws Exception {
		long first = fixtures.allDayTeam("Yeldeğirmeni", "");
		long second = fixtures.allDayTeam("Hasanpaşa", "");
		for (int round = 0; round < 3; round++) {
			String id = fixtures.request();
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			List<Future<Object>> results = new ArrayList<>();
			for (long team : List.of(first, second)) {
				results.add(pool.submit(() -> {
					start.await();
					try {
						return dispatch.assign(id, team, new Actor("dispatcher-" + team, "127.0.0.1"), false);
					}
					catch (DomainException e) {
						return e;
					}
				}));
			}
			start.countDown();
			List<Object> outcomes = new ArrayList<>();
			for (Future<Object> result : results) {
				outcomes.add(result.get());
			}
			pool.shutdown();
			assertThat(outcomes).filteredOn(TeamJob.class::isInstance).hasSize(1);
			assertThat(outcomes).filteredOn(DomainException.class::isInstance).singleElement()
				.satisfies(e -> {
					assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.CONFLICT);
					assertThat(((DomainException) e).code()).isEqualTo("dispatch.already-assigned");
				});
			assertThat(jobs(id)).isEqualTo(1);
			assertThat(handling.get(id).state()).isEqualTo(RequestState.ASSIGNED);
		}
	}

	@Test
	void theConsoleIsForTheUnitsStaffAndAssignsWithAClick() throws Exception {
		long team = fixtures.allDayTeam("Kalamış", "");
		String id = fixtures.request();
		TeamFixtures.Person staff = fixtures.person("dispatcher", Role.STAFF, fixtures.unit);
		TeamFixtures.Person stranger = fixtures.person("stranger", Role.STAFF, "another-unit-" + fixtures.suffix);
		mvc.perform(get("/dispatch").param("unit", fixtures.unit).cookie(stranger.session()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/dispatch").param("unit", fixtures.unit)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/dispatch").param("unit", fixtures.unit).cookie(staff.session()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(id)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Ekip bekleyen bildirimler")));
		mvc.perform(get("/dispatch").param("unit", fixtures.unit).param("request", id).header("HX-Request", "true")
				.cookie(staff.session()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Kalamış")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<html"))));
		mvc.perform(post("/dispatch/assign").with(csrf()).cookie(staff.session()).param("unit", fixtures.unit)
				.param("request", id).param("team", String.valueOf(team)))
			.andExpect(redirectedUrl("/dispatch?unit=" + fixtures.unit));
		assertThat(handling.get(id).state()).isEqualTo(RequestState.ASSIGNED);
		mvc.perform(post("/dispatch/assign").with(csrf()).cookie(staff.session()).param("unit", fixtures.unit)
				.param("request", id).param("team", String.valueOf(team)).header("Accept-Language", "en"))
			.andExpect(status().isConflict())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("başka biri tarafından bir ekibe verildi")));
		mvc.perform(post("/dispatch/assign").with(csrf()).cookie(stranger.session()).param("unit", fixtures.unit)
				.param("request", fixtures.request()).param("team", String.valueOf(team)))
			.andExpect(status().isForbidden());
	}

	@Test
	void automaticAssignmentGivesANewRequestToTheBestTeam() {
		long far = fixtures.team("Uzak", TeamFixtures.ALL_DAY, TeamFixtures.ALL_DAY, "", 3);
		long near = fixtures.allDayTeam("Yakın", "");
		jdbc.sql("UPDATE team SET base_lat = 41.02, base_lon = 29.10 WHERE id = ?").param(far).update();
		dispatch.setAutoAssign(fixtures.unit, true);
		String id = fixtures.request();
		await().atMost(Duration.ofSeconds(10)).until(() -> jobs(id) == 1);
		TeamJob job = jdbc.sql(TeamJob.SELECT + " WHERE r.service_request_id = ?").param(id).query(TeamJob::read).single();
		assertThat(job.teamId()).isEqualTo(near);
		assertThat(job.automatic()).isTrue();
		assertThat(job.assignedBy()).isEqualTo("system");
		await().atMost(Duration.ofSeconds(5)).until(() -> handling.get(id).state() == RequestState.ASSIGNED);
	}
}
