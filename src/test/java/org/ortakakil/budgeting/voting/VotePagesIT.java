package org.ortakakil.budgeting.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.budgeting.BallotType;
import org.ortakakil.budgeting.BudgetStage;
import org.ortakakil.budgeting.VotingScope;
import org.ortakakil.budgeting.internal.PbAdministration;
import org.ortakakil.budgeting.voting.VotingFixture.Pb;
import org.ortakakil.budgeting.voting.VotingFixture.Spec;
import org.ortakakil.identity.AccountSupport;
import org.ortakakil.identity.census.CensusFixtures;
import org.ortakakil.spaces.internal.ProcessAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import jakarta.servlet.http.Cookie;

/**
 * The ballot pages with verified residents from the census: checking a ballot shows its totals and problems
 * and casts nothing; casting gives a receipt once; points that are not whole numbers, a ballot outside the
 * resident's district and a vote before the phase are refused with a clear message.
 */
@IntegrationTest
class VotePagesIT {

	static final LocalDate BORN = LocalDate.of(1984, 3, 9);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	PbAdministration admin;

	@Autowired
	ProcessAdministration processes;

	@Autowired
	JdbcClient jdbc;

	Cookie resident(int neighbourhood, int district) throws Exception {
		String tckn = CensusFixtures.randomTckn();
		CensusFixtures.add(context, tckn, BORN, neighbourhood, district);
		Cookie session = new AccountSupport(mvc, context).newAccount("secmen", "Seçmen");
		mvc.perform(post("/account/verify").cookie(session).with(csrf()).param("tckn", tckn)
			.param("birthDate", BORN.toString())).andExpect(status().is3xxRedirection());
		return session;
	}

	long ballots(long budget) {
		return jdbc.sql("SELECT COUNT(*) FROM pb_ballot WHERE budget_id = ?").param(budget).query(Long.class).single();
	}

	@Test
	void aResidentChecksThenCastsAKnapsackBallotAndGetsAReceiptOnce() throws Exception {
		Pb pb = new VotingFixture(processes, admin).create(VotingScope.OWN_DISTRICT, false, BudgetStage.VOTING,
				Spec.knapsack(List.of(), 1_000_000, null, 400_000L, 350_000L, 300_000L),
				Spec.knapsack(List.of(VotingFixture.USKUDAR), 500_000, null, 300_000L));
		Cookie session = resident(VotingFixture.CAFERAGA, VotingFixture.KADIKOY);
		String url = "/budgets/" + pb.id() + "/vote/" + pb.budget(0);

		String list = mvc.perform(get("/budgets/" + pb.id() + "/vote").cookie(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(list).contains("Henüz oy vermediniz").contains("Bu bütçe başka bir ilçenin");

		String page = mvc.perform(get(url).cookie(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("aria-live=\"polite\"").contains("Maliyet: ₺400.000").contains("Kalan: ₺1.000.000");

		String checked = mvc.perform(post(url).cookie(session).with(csrf()).param("action", "check")
			.param("project", String.valueOf(pb.project(0, 0)), String.valueOf(pb.project(0, 1)),
					String.valueOf(pb.project(0, 2))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(checked).contains("id=\"ballot-problems\"").contains("Bütçeyi ₺50.000 aşıyorsunuz");
		assertThat(ballots(pb.budget(0))).isZero();

		String fits = mvc.perform(post(url).cookie(session).with(csrf()).param("action", "check")
			.param("project", String.valueOf(pb.project(0, 0)), String.valueOf(pb.project(0, 1))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(fits).contains("Oy pusulanız geçerli").contains("Kalan: ₺250.000").contains("Kalan paraya sığmıyor");
		assertThat(ballots(pb.budget(0))).isZero();

		MvcResult cast = mvc.perform(post(url).cookie(session).with(csrf()).param("action", "cast")
			.param("project", String.valueOf(pb.project(0, 0)), String.valueOf(pb.project(0, 1))))
			.andExpect(status().is3xxRedirection()).andReturn();
		assertThat(cast.getResponse().getRedirectedUrl()).isEqualTo(url + "/receipt");
		String receipt = mvc.perform(get(url + "/receipt").cookie(session).flashAttrs(cast.getFlashMap()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(receipt).containsPattern("[ACDEFGHJKMNPQRTUVWXY34679]{4}-[ACDEFGHJKMNPQRTUVWXY34679]{4}-");
		assertThat(ballots(pb.budget(0))).isEqualTo(1);
		mvc.perform(get(url + "/receipt").cookie(session)).andExpect(status().is3xxRedirection());

		String again = mvc.perform(post(url).cookie(session).with(csrf()).param("action", "cast")
			.param("project", String.valueOf(pb.project(0, 2))))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
		assertThat(again).contains("zaten oy verdiniz");
		assertThat(ballots(pb.budget(0))).isEqualTo(1);

		String outside = mvc.perform(post("/budgets/" + pb.id() + "/vote/" + pb.budget(1)).cookie(session).with(csrf())
			.param("action", "cast").param("project", String.valueOf(pb.project(1, 0))))
			.andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
		assertThat(outside).contains("Bu bütçe başka bir ilçenin");
		assertThat(ballots(pb.budget(1))).isZero();
	}

	@Test
	void pointsThatAreNotWholeNumbersAreRefused() throws Exception {
		Pb pb = new VotingFixture(processes, admin).create(VotingScope.ALL, false, BudgetStage.VOTING,
				Spec.of(BallotType.CUMULATIVE, null, null, 10, null, 100L, 200L));
		Cookie session = resident(VotingFixture.CAFERAGA, VotingFixture.KADIKOY);
		String url = "/budgets/" + pb.id() + "/vote/" + pb.budget(0);
		String body = mvc.perform(post(url).cookie(session).with(csrf()).param("action", "cast")
			.param("points-" + pb.project(0, 0), "1.5").param("points-" + pb.project(0, 1), "3"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(body).contains("Puanlar tam sayı olmalı").contains("aria-invalid=\"true\"");
		mvc.perform(post(url).cookie(session).with(csrf()).param("action", "cast")
			.param("points-" + pb.project(0, 0), "-1").param("points-" + pb.project(0, 1), "3"))
			.andExpect(status().isUnprocessableContent());
		assertThat(ballots(pb.budget(0))).isZero();
		mvc.perform(post(url).cookie(session).with(csrf()).param("action", "cast")
			.param("points-" + pb.project(0, 0), "7").param("points-" + pb.project(0, 1), "3"))
			.andExpect(status().is3xxRedirection());
		assertThat(ballots(pb.budget(0))).isEqualTo(1);
	}

	@Test
	void beforeTheVotingPhaseTheBallotPageSaysSoAndCastingIsRefused() throws Exception {
		Pb pb = new VotingFixture(processes, admin).create(VotingScope.ALL, false, BudgetStage.PREPARATION,
				Spec.knapsack(List.of(), 1_000_000, null, 400_000L));
		Cookie session = resident(VotingFixture.CAFERAGA, VotingFixture.KADIKOY);
		String url = "/budgets/" + pb.id() + "/vote/" + pb.budget(0);
		assertThat(mvc.perform(get(url).cookie(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains("Oylama henüz başlamadı").doesNotContain("name=\"action\"");
		mvc.perform(post(url).cookie(session).with(csrf()).param("action", "cast")
			.param("project", String.valueOf(pb.project(0, 0)))).andExpect(status().isForbidden());
		mvc.perform(get(url)).andExpect(status().is3xxRedirection());
		assertThat(ballots(pb.budget(0))).isZero();
	}
}
