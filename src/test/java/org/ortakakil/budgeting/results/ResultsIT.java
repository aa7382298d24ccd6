package org.ortakakil.budgeting.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.audit.AuditLog;
import org.ortakakil.budgeting.BudgetStage;
import org.ortakakil.budgeting.ProjectView;
import org.ortakakil.budgeting.internal.BudgetDraft;
import org.ortakakil.budgeting.internal.IdeaDraft;
import org.ortakakil.budgeting.internal.PbAdministration;
import org.ortakakil.budgeting.internal.PbSettings;
import org.ortakakil.budgeting.internal.PbStore;
import org.ortakakil.budgeting.model.Election;
import org.ortakakil.budgeting.pabulib.PabulibReader;
import org.ortakakil.budgeting.rules.Rules;
import org.ortakakil.identity.AccountSupport;
import org.ortakakil.identity.Role;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.shared.Slug;
import org.ortakakil.spaces.ScopeType;
import org.ortakakil.spaces.internal.ProcessAdministration;
import org.ortakakil.spaces.internal.ProcessDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import jakarta.servlet.http.Cookie;

/**
 * Results computed once when voting closes, on ballots inserted as the voting would store them: a small
 * budget whose outcome can be checked by hand, why each project was or was not selected, the rules compared,
 * the projects planned and published, a tie reported and broken by a lot order, the ballots exported and
 * recomputed from the file, simulations on uploaded files, and who may see the administrators' page.
 */
@IntegrationTest
class ResultsIT {

	static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
	static final Actor ADMIN = new Actor("results-admin", "127.0.0.1");
	static final int KADIKOY = 1421;

	@Autowired
	PbAdministration administration;

	@Autowired
	PbStore store;

	@Autowired
	ProcessAdministration processes;

	@Autowired
	ResultStore results;

	@Autowired
	ResultComputation computation;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	static Cookie admin;
	static Cookie resident;

	@BeforeEach
	void accounts() throws Exception {
		if (admin == null) {
			AccountSupport accounts = new AccountSupport(mvc, context);
			admin = accounts.newAccount("results-admin", "Sonuç Yöneticisi");
			accounts.grant(accounts.idOf(admin), Role.ADMIN, "");
			resident = accounts.newAccount("results-resident", "Sakin");
		}
	}

	record Budget(long pbId, long budgetId, List<Long> projects) {
	}

	/** A participatory budget with one city-wide budget of 100 TRY and projects of the given costs, in VOTING. */
	Budget voting(String rule, int... costs) {
		String slug = "sonuc-" + SUFFIX + "-" + UUID.randomUUID().toString().substring(0, 6);
		long process = processes.createProcess(new ProcessDraft(new Slug(slug), LocalizedText.of("Sonuç süreci " + slug), null,
				ScopeType.CITY, Set.of(), null), Actor.SYSTEM);
		PbSettings defaults = PbSettings.defaults();
		long pb = administration.create(process, new PbSettings(defaults.votingScope(), defaults.minAge(), false, null,
				null, rule, 1), ADMIN);
		long budget = administration.addBudget(pb, BudgetDraft.knapsack(LocalizedText.of("Kent geneli"), List.of(),
				new BigDecimal("100")), ADMIN);
		List<Long> projects = new java.util.ArrayList<>();
		for (int i = 0; i < costs.length; i++) {
			IdeaDraft idea = i == 0 ? new IdeaDraft("Proje " + (char) ('A' + i), "Açıklama", "tr", "other", KADIKOY, null,
					null, 40.99, 29.03, null) : IdeaDraft.of("Proje " + (char) ('A' + i), "Açıklama");
			projects.add(administration.addProject(budget, idea, new BigDecimal(costs[i]), ADMIN));
		}
		administration.moveTo(pb, BudgetStage.VOTING, ADMIN);
		return new Budget(pb, budget, projects);
	}

	/** One ballot approving the projects at these indexes. */
	void ballot(Budget b, String channel, int... indexes) {
		StringBuilder projects = new StringBuilder();
		for (int i : indexes) {
			projects.append(projects.length() == 0 ? "" : ",").append(b.projects().get(i));
		}
		String receipt = HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)).substring(0, 64);
		jdbc.sql("INSERT INTO pb_ballot (ballot_key, budget_id, receipt_hash, channel, projects) VALUES (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID().toString().replace("-", ""), b.budgetId(), receipt, channel, projects.toString())
			.update();
	}

	Computation awaitDone(long pbId, int attempt) throws InterruptedException {
		for (int i = 0; i < 600; i++) {
			var latest = results.latest(pbId);
			if (latest.isPresent() && latest.get().attempt() >= attempt && !latest.get().running()) {
				return latest.get();
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the results of " + pbId + " were not computed within a minute");
	}

	RuleResult result(Computation c, long budgetId, String rule) {
		return results.results(c.id(), budgetId).stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow();
	}

	/**
	 * Ten voters, 100 TRY: A (60) by voters 1 to 6, B (50) by 5 to 9, C (30) by 7 to 10. Equal Shares buys C at 7.50
	 * a supporter, then A at 10; B's supporters have too little left. Greedy takes A (6 votes), then B does not fit
	 * in the 40 left, then C does.
	 */
	Budget handCheckable() {
		Budget b = voting("equalshares/add1", 60, 50, 30);
		for (int v = 1; v <= 10; v++) {
			List<Integer> mine = new java.util.ArrayList<>();
			if (v <= 6) {
				mine.add(0);
			}
			if (v >= 5 && v <= 9) {
				mine.add(1);
			}
			if (v >= 7) {
				mine.add(2);
			}
			ballot(b, v <= 7 ? "WEB" : v == 8 ? "OFFICE" : "PAPER", mine.stream().mapToInt(Integer::intValue).toArray());
		}
		return b;
	}

	@Test
	void resultsAreComputedOnceWhenVotingClosesWithTheirExplanations() throws Exception {
		Budget b = handCheckable();
		String a = String.valueOf(b.projects().get(0));
		String bb = String.valueOf(b.projects().get(1));
		String c = String.valueOf(b.projects().get(2));

		administration.moveTo(b.pbId(), BudgetStage.RESULTS, ADMIN);
		Computation done = awaitDone(b.pbId(), 1);

		assertThat(done.state()).isEqualTo("DONE");
		assertThat(computation.computeOnce(b.pbId(), ADMIN)).as("computed once").isEmpty();
		RuleResult official = results.results(done.id(), b.budgetId()).get(0);
		assertThat(official.official()).isTrue();
		assertThat(official.rule()).isEqualTo("equalshares/add1");
		assertThat(official.selected()).containsExactly(a, c);
		assertThat(official.cost()).isEqualByComparingTo("90");
		assertThat(official.why().get(c)).isEqualTo(new Why("BOUGHT", new BigDecimal("7.50"), new BigDecimal("30"), null));
		assertThat(official.why().get(a).kind()).isEqualTo("BOUGHT");
		assertThat(official.why().get(a).amount()).isEqualByComparingTo("10");
		assertThat(official.why().get(bb).kind()).isEqualTo("SHORT");
		assertThat(official.why().get(bb).amount()).isLessThan(new BigDecimal("50")).isPositive();

		RuleResult greedy = result(done, b.budgetId(), "greedy");
		assertThat(greedy.selected()).containsExactly(a, c);
		assertThat(greedy.why().get(bb).kind()).isEqualTo("TOO_LITTLE");
		assertThat(greedy.why().get(bb).amount()).as("left when its turn came").isEqualByComparingTo("40");
		assertThat(greedy.why().get(bb).other()).isEqualByComparingTo("50");
		assertThat(greedy.why().get(bb).after()).as("the selection before its turn").isEqualTo(a);
		assertThat(greedy.why().get(c).kind()).isEqualTo("TAKEN");
		assertThat(greedy.metrics().voters()).isEqualTo(10);
		assertThat(greedy.metrics().satisfied()).isEqualTo(10);
		assertThat(greedy.metrics().moneyByDistrict()).containsOnlyKeys(String.valueOf(KADIKOY), "");
		assertThat(greedy.metrics().moneyByDistrict().get(String.valueOf(KADIKOY))).isEqualByComparingTo("60");
		assertThat(greedy.metrics().moneyByDistrict().get("")).isEqualByComparingTo("30");
		assertThat(results.results(done.id(), b.budgetId())).extracting(RuleResult::rule)
			.containsExactly("equalshares/add1", "greedy", "phragmen", "utilitarian-optimum");
		assertThat(result(done, b.budgetId(), "utilitarian-optimum").selected()).containsExactly(a, c);

		BudgetTally tally = results.tally(done.id(), b.budgetId()).orElseThrow();
		assertThat(List.of(tally.ballots(), tally.web(), tally.office(), tally.paper())).containsExactly(10L, 7L, 1L, 2L);
		assertThat(tally.votes(a)).isEqualTo(6);

		assertThat(store.projects(b.budgetId())).extracting(ProjectView::implementation)
			.containsExactly("PLANNED", null, "PLANNED");
		assertThat(audit.latest(500, "pb-project")).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo("budgeting.project-selected");
			assertThat(e.resourceId()).isEqualTo(a);
		});

		String page = mvc.perform(get("/budgets/{pb}/results/{b}", b.pbId(), b.budgetId()).param("lang", "en"))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Its supporters shared its cost: each paid at most ₺7.50")
			.contains("Its supporters’ shares went mostly to projects selected earlier")
			.contains("id=\"rule-summary\"").contains("100% (10 of 10)").contains("data-points")
			.contains("ballots.pb");
		String all = mvc.perform(get("/budgets/{pb}/results", b.pbId())).andReturn().getResponse().getContentAsString();
		assertThat(all).contains("Proje A").contains("Proje C");
	}

	@Test
	void theExportedBallotsRecomputeToTheSameSelection() throws Exception {
		Budget b = handCheckable();
		administration.moveTo(b.pbId(), BudgetStage.RESULTS, ADMIN);
		Computation done = awaitDone(b.pbId(), 1);

		MvcResult started = mvc.perform(get("/budgets/{pb}/results/{b}/ballots.pb", b.pbId(), b.budgetId())).andReturn();
		MvcResult download = mvc.perform(asyncDispatch(started)).andReturn();
		assertThat(download.getResponse().getHeader("Content-Disposition")).contains("attachment");
		String text = download.getResponse().getContentAsString(StandardCharsets.UTF_8);
		Election election = PabulibReader.read(text);

		assertThat(election.ballots()).hasSize(10);
		assertThat(election.ballots().get(0).voterId()).isEqualTo("1");
		assertThat(election.meta()).containsEntry("country", "Turkey").containsEntry("unit", "İstanbul")
			.containsEntry("currency", "TRY").containsEntry("rule", "equalshares/add1").containsEntry("num_votes", "10");
		assertThat(election.projects().get(0).fields()).containsEntry("selected", "1").containsEntry("votes", "6");
		assertThat(Rules.compute(election, null, 1).selected())
			.isEqualTo(results.results(done.id(), b.budgetId()).get(0).selected());
	}

	@Test
	void aTieIsReportedAndALotOrderDrawnInPublicBreaksIt() throws Exception {
		// X (60) by voters 1 to 6, Y (60) by voters 5 to 10: the same price, cost and votes; whichever is bought
		// first leaves the other unaffordable.
		Budget b = voting("equalshares", 60, 60);
		for (int v = 1; v <= 10; v++) {
			ballot(b, "WEB", v <= 4 ? new int[] { 0 } : v <= 6 ? new int[] { 0, 1 } : new int[] { 1 });
		}
		String x = String.valueOf(b.projects().get(0));
		String y = String.valueOf(b.projects().get(1));
		administration.moveTo(b.pbId(), BudgetStage.RESULTS, ADMIN);
		Computation first = awaitDone(b.pbId(), 1);
		RuleResult tie = results.results(first.id(), b.budgetId()).get(0);
		assertThat(tie.status()).isEqualTo("TIE");
		assertThat(tie.tied()).containsExactly(x, y);
		assertThat(tie.selected()).isEmpty();
		assertThat(store.projects(b.budgetId())).extracting(ProjectView::implementation).containsOnlyNulls();

		String adminPage = mvc.perform(get("/admin/budgets/{pb}/results", b.pbId()).cookie(admin).param("lang", "en"))
			.andReturn().getResponse().getContentAsString();
		assertThat(adminPage).contains("could not decide between these projects: Proje A, Proje B")
			.contains("name=\"place-" + x + "\"").contains("<progress");

		MvcResult refused = mvc.perform(post("/admin/budgets/{pb}/results/{b}/lot", b.pbId(), b.budgetId()).cookie(admin)
			.with(csrf()).param("place-" + x, "1").param("place-" + y, "1")).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);

		MvcResult drawn = mvc.perform(post("/admin/budgets/{pb}/results/{b}/lot", b.pbId(), b.budgetId()).cookie(admin)
			.with(csrf()).param("place-" + x, "2").param("place-" + y, "1")).andReturn();
		assertThat(drawn.getResponse().getRedirectedUrl()).isEqualTo("/admin/budgets/" + b.pbId() + "/results");
		Computation second = awaitDone(b.pbId(), 2);
		RuleResult broken = results.results(second.id(), b.budgetId()).get(0);
		assertThat(broken.status()).isEqualTo("OK");
		assertThat(broken.selected()).containsExactly(y);
		assertThat(broken.why().get(x).kind()).isEqualTo("SHORT");
		assertThat(store.budget(b.budgetId()).lotOrder()).containsExactly(b.projects().get(1), b.projects().get(0));
		assertThat(audit.latest(200, "pb-budget")).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo("budgeting.lot-drawn");
			assertThat(e.resourceId()).isEqualTo(String.valueOf(b.budgetId()));
		});
		String page = mvc.perform(get("/budgets/{pb}/results/{b}", b.pbId(), b.budgetId()).param("lang", "en"))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Order drawn by lot: Proje B → Proje A");
	}

	@Test
	void resultsAreNotShownBeforeVotingCloses() throws Exception {
		Budget b = voting("greedy", 50);
		assertThat(mvc.perform(get("/budgets/{pb}/results", b.pbId())).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/budgets/{pb}/results/{b}/ballots.pb", b.pbId(), b.budgetId())).andReturn()
			.getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void onlyAdministratorsSeeTheAdministratorsPages() throws Exception {
		Budget b = voting("greedy", 50);
		assertThat(mvc.perform(get("/admin/budgets/{pb}/results", b.pbId())).andReturn().getResponse().getStatus())
			.isEqualTo(302);
		assertThat(mvc.perform(get("/admin/budgets/{pb}/results", b.pbId()).cookie(resident)).andReturn().getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(mvc.perform(post("/admin/budgets/{pb}/results/recompute", b.pbId()).cookie(resident).with(csrf()))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/admin/budgets/simulate").cookie(resident)).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(mvc.perform(get("/admin/budgets/{pb}/results", b.pbId()).cookie(admin)).andReturn().getResponse()
			.getStatus()).isEqualTo(200);
		MvcResult early = mvc.perform(post("/admin/budgets/{pb}/results/recompute", b.pbId()).cookie(admin).with(csrf()))
			.andReturn();
		assertThat(early.getResponse().getStatus()).as("not before voting closed").isEqualTo(422);
	}

	@Test
	void aSimulationRunsTheChosenRulesOnAnUploadedFile() throws Exception {
		byte[] file = Files.readAllBytes(Path.of("src/test/resources/pabulib/Poland_Warszawa_2019_Kamionek.pb"));
		MvcResult uploaded = mvc.perform(multipart("/admin/budgets/simulate")
			.file(new MockMultipartFile("file", "kamionek.pb", "text/plain", file)).param("rule", "greedy", "equalshares/add1")
			.param("increment", "1").cookie(admin).with(csrf())).andReturn();
		String location = uploaded.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/admin/budgets/simulate/");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		Computation done = null;
		for (int i = 0; i < 600 && (done == null || done.running()); i++) {
			Thread.sleep(100);
			done = results.latestOfSimulation(id).orElseThrow();
		}
		assertThat(done.state()).isEqualTo("DONE");
		Election election = PabulibReader.read(new String(file, StandardCharsets.UTF_8));
		List<RuleResult> stored = results.results(done.id(), null);
		assertThat(stored).extracting(RuleResult::rule).containsExactly("greedy", "equalshares/add1");
		assertThat(stored.get(0).selected()).isEqualTo(Rules.compute(election, "greedy", 1).selected());
		String page = mvc.perform(get(location).cookie(admin).param("lang", "en")).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"rule-summary\"").contains("Equal Shares (with Add1 completion)");
	}

	@Test
	void aMalformedFileIsRefusedWithItsLineNumbers() throws Exception {
		byte[] file = Files.readAllBytes(Path.of("src/test/resources/pabulib/checker_example_invalid.pb"));
		var problems = PabulibReader.validate(new String(file, StandardCharsets.UTF_8));
		MvcResult refused = mvc.perform(multipart("/admin/budgets/simulate")
			.file(new MockMultipartFile("file", "bad.pb", "text/plain", file)).param("rule", "greedy").cookie(admin)
			.with(csrf()).param("lang", "en")).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(refused.getResponse().getContentAsString()).contains("Line " + problems.get(0).line() + ":");

		MvcResult noRule = mvc.perform(multipart("/admin/budgets/simulate")
			.file(new MockMultipartFile("file", "ok.pb", "text/plain", "META\n".getBytes(StandardCharsets.UTF_8)))
			.cookie(admin).with(csrf()).param("lang", "en")).andReturn();
		assertThat(noRule.getResponse().getStatus()).isEqualTo(422);
		assertThat(noRule.getResponse().getContentAsString()).contains("Choose at least one rule.");
	}
}
