package org.ortakakil.budgeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.budgeting.internal.BudgetDraft;
import org.ortakakil.budgeting.internal.IdeaDraft;
import org.ortakakil.budgeting.internal.PbAdministration;
import org.ortakakil.budgeting.internal.PbSettings;
import org.ortakakil.budgeting.internal.PbStore;
import org.ortakakil.identity.AccountSupport;
import org.ortakakil.identity.Role;
import org.ortakakil.identity.census.CensusFixtures;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.shared.Slug;
import org.ortakakil.spaces.ScopeType;
import org.ortakakil.spaces.SpaceKind;
import org.ortakakil.spaces.SpaceRole;
import org.ortakakil.spaces.internal.ProcessAdministration;
import org.ortakakil.spaces.internal.ProcessDraft;
import org.ortakakil.spaces.internal.SpaceRoles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/**
 * The budget's pages through HTTP: what anyone may read, the idea form refusing bad input in the reader's
 * language with nothing stored, review and management only for those entitled, and stage moves.
 */
@IntegrationTest
class BudgetPagesIT {

	static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);
	static final LocalDate BORN = LocalDate.of(1984, 3, 3);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProcessAdministration processes;

	@Autowired
	SpaceRoles spaceRoles;

	@Autowired
	PbAdministration admin;

	@Autowired
	PbStore store;

	AccountSupport accounts;
	long process;
	long pb;
	long kadikoy;

	@BeforeEach
	void budget() {
		accounts = new AccountSupport(mvc, context);
		process = processes.createProcess(new ProcessDraft(new Slug("butce-sayfa-" + IDS.incrementAndGet()),
				LocalizedText.of("Bütçe sayfaları"), null, ScopeType.CITY, Set.of(), null), Actor.SYSTEM);
		processes.setProcessPublished(process, true, Actor.SYSTEM);
		pb = admin.create(process, PbSettings.defaults(), Actor.SYSTEM);
		kadikoy = admin.addBudget(pb, BudgetDraft.knapsack(LocalizedText.of("Kadıköy bütçesi", "Kadıköy budget"),
				List.of(1421), new BigDecimal("300000")), Actor.SYSTEM);
	}

	Cookie resident() throws Exception {
		String tckn = CensusFixtures.randomTckn();
		CensusFixtures.add(context, tckn, BORN, 40512, 1421);
		Cookie session = accounts.newAccount("butce", "Bütçe Sakini");
		mvc.perform(post("/account/verify").cookie(session).with(csrf()).param("tckn", tckn)
			.param("birthDate", BORN.toString()));
		return session;
	}

	@Test
	void anyoneReadsTheBudgetAndItsProjects() throws Exception {
		long project = admin.addProject(kadikoy, new IdeaDraft("Moda'ya gölgelik", "Sahil yürüyüş yolu boyunca gölgelik.",
				"tr", "environment", 1421, 40512, null, 40.979, 29.026, null), new BigDecimal("120000"), Actor.SYSTEM);
		mvc.perform(get("/budgets")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Bütçe sayfaları")));
		mvc.perform(get("/budgets/" + pb).param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Kadıköy budget")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Moda&#39;ya gölgelik")));
		mvc.perform(get("/budgets/projects/" + project).param("lang", "ar")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Caferağa, Kadıköy")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("₺")));
		mvc.perform(get("/budgets/999999999")).andExpect(status().isNotFound());
		mvc.perform(get("/budgets/" + pb + "/ideas/new")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theIdeaFormRefusesBadInputAndStoresAGoodIdea() throws Exception {
		Cookie session = resident();
		mvc.perform(get("/budgets/" + pb + "/ideas/new").cookie(session)).andExpect(status().isForbidden());
		admin.moveTo(pb, BudgetStage.IDEAS, Actor.SYSTEM);
		mvc.perform(get("/budgets/" + pb + "/ideas/new").cookie(session)).andExpect(status().isOk());
		mvc.perform(post("/budgets/" + pb + "/ideas/new").cookie(session).with(csrf()).param("lang", "en")
			.param("budget", String.valueOf(kadikoy)).param("title", "Bank").param("body", "Sahile bank konulsun lütfen."))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("The title must be between 5 and 150")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Sahile bank konulsun")));
		mvc.perform(post("/budgets/" + pb + "/ideas/new").cookie(session).with(csrf())
			.param("budget", String.valueOf(kadikoy)).param("title", "Sahile bank").param("body", "Sahile bank konulsun lütfen.")
			.param("cost", "on bin lira"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/budgets/" + pb + "/ideas/new").cookie(session).with(csrf())
			.param("budget", "abc").param("title", "Sahile bank").param("body", "Sahile bank konulsun lütfen."))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/budgets/" + pb + "/ideas/new").cookie(session).with(csrf())
			.param("budget", String.valueOf(kadikoy)).param("title", "<script>alert(1)</script> bank")
			.param("body", "Sahile bank konulsun lütfen, javascript:alert(1)").param("cost", "25000"))
			.andExpect(status().is3xxRedirection());
		List<ProjectView> stored = store.projects(kadikoy);
		assertThat(stored).hasSize(1);
		assertThat(stored.get(0).proposedCost()).isEqualByComparingTo("25000");
		mvc.perform(get("/budgets/projects/" + stored.get(0).id()))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script>alert"))))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("&lt;script&gt;")));
	}

	@Test
	void onlyEvaluatorsReviewAndOnlyAdministratorsManage() throws Exception {
		admin.moveTo(pb, BudgetStage.IDEAS, Actor.SYSTEM);
		Cookie author = resident();
		mvc.perform(post("/budgets/" + pb + "/ideas/new").cookie(author).with(csrf())
			.param("budget", String.valueOf(kadikoy)).param("title", "Sahile çeşme").param("body", "Sahile içme suyu çeşmesi."));
		long idea = store.projects(kadikoy).get(0).id();

		Cookie stranger = accounts.newAccount("yabanci", "Yabancı");
		mvc.perform(get("/budgets/" + pb + "/review").cookie(stranger)).andExpect(status().isForbidden());
		mvc.perform(post("/budgets/projects/" + idea + "/review").cookie(stranger).with(csrf())
			.param("decision", "feasible").param("cost", "1000")).andExpect(status().isForbidden());
		mvc.perform(get("/budgets/" + pb + "/manage").cookie(stranger)).andExpect(status().isForbidden());
		mvc.perform(post("/budgets/" + pb + "/manage/stage").cookie(stranger).with(csrf()).param("stage", "REVIEW"))
			.andExpect(status().isForbidden());

		Cookie evaluator = accounts.newAccount("degerlendirici", "Değerlendirici");
		spaceRoles.grant(SpaceKind.PROCESS, process, String.valueOf(accounts.idOf(evaluator)), SpaceRole.EVALUATOR,
				Actor.SYSTEM);
		mvc.perform(get("/budgets/" + pb + "/review").cookie(evaluator)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Sahile çeşme")));
		mvc.perform(post("/budgets/projects/" + idea + "/review").cookie(evaluator).with(csrf())
			.param("decision", "not-feasible").param("reason", "kısa")).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/budgets/projects/" + idea + "/review").cookie(evaluator).with(csrf())
			.param("decision", "feasible").param("cost", "80000")).andExpect(status().is3xxRedirection());
		assertThat(store.project(idea).state()).isEqualTo(ProjectState.FEASIBLE);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE subject LIKE ? ")
			.param("%Sahile çeşme%").query(Long.class).single()).as("the author is told").isEqualTo(1);

		Cookie manager = accounts.newAccount("yonetici", "Yönetici");
		accounts.grant(accounts.idOf(manager), Role.ADMIN, "");
		mvc.perform(get("/budgets/" + pb + "/manage").cookie(manager)).andExpect(status().isOk());
		mvc.perform(post("/budgets/" + pb + "/manage/budgets").cookie(manager).with(csrf()).param("title[tr]", "Kent")
			.param("cityWide", "true").param("amount", "-5").param("ballotType", "KNAPSACK"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/budgets/" + pb + "/manage/budgets").cookie(manager).with(csrf()).param("title[tr]", "Kent")
			.param("title[en]", "City").param("cityWide", "true").param("amount", "1000000").param("ballotType", "APPROVAL")
			.param("maxProjects", "3")).andExpect(status().is3xxRedirection());
		assertThat(store.get(pb).budgets()).hasSize(2);
		assertThat(store.get(pb).budgets().get(1).ballotType()).isEqualTo(BallotType.APPROVAL);
		mvc.perform(post("/budgets/" + pb + "/manage/stage").cookie(manager).with(csrf()).param("stage", "VOTING"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/budgets/" + pb + "/manage/projects").cookie(manager).with(csrf())
			.param("budget", String.valueOf(store.get(pb).budgets().get(1).id())).param("title", "Kent projesi")
			.param("body", "Kentin tamamı için bir proje.").param("cost", "500000")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/budgets/" + pb + "/manage/stage").cookie(manager).with(csrf()).param("stage", "VOTING"))
			.andExpect(status().is3xxRedirection());
		assertThat(store.get(pb).stage()).isEqualTo(BudgetStage.VOTING);
		mvc.perform(get("/budgets/" + pb + "/manage").cookie(manager)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("RESULTS")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("value=\"IDEAS\""))));
	}
}
