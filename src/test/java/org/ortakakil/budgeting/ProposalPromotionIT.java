package org.ortakakil.budgeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.budgeting.internal.BudgetDraft;
import org.ortakakil.budgeting.internal.IdeaDraft;
import org.ortakakil.budgeting.internal.PbAdministration;
import org.ortakakil.budgeting.internal.PbSettings;
import org.ortakakil.budgeting.internal.PbStore;
import org.ortakakil.budgeting.internal.Promotions;
import org.ortakakil.identity.AccountSupport;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Role;
import org.ortakakil.moderation.ModeratedContent;
import org.ortakakil.proposals.ProposalFixture;
import org.ortakakil.proposals.internal.Boards;
import org.ortakakil.proposals.internal.ProposalDraft;
import org.ortakakil.proposals.internal.Submissions;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.shared.ResourceRef;
import org.ortakakil.shared.Slug;
import org.ortakakil.spaces.ScopeType;
import org.ortakakil.spaces.SpaceKind;
import org.ortakakil.spaces.SpaceRole;
import org.ortakakil.spaces.internal.ProcessAdministration;
import org.ortakakil.spaces.internal.ProcessDraft;
import org.ortakakil.spaces.internal.SpaceRoles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/**
 * A proposal of the participation core promoted into a budget: as a fresh idea with the proposal's author,
 * once per participatory budget (the database too), only a visible published proposal whose place fits the
 * budget, only by the process's administrators and only until review ends; and the same through the manage
 * page, with the project linking back to its proposal.
 */
@IntegrationTest
@RecordApplicationEvents
class ProposalPromotionIT {

	static final Actor ACTOR = ProposalFixture.ACTOR;

	@Autowired
	ProcessAdministration processes;

	@Autowired
	SpaceRoles spaceRoles;

	@Autowired
	Boards boards;

	@Autowired
	Submissions submissions;

	@Autowired
	List<ModeratedContent> moderated;

	@Autowired
	PbAdministration admin;

	@Autowired
	PbStore store;

	@Autowired
	Promotions promotions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEvents events;

	long board;
	long pb;
	long city;
	long kadikoy;
	CurrentAccount administrator;

	@BeforeEach
	void budgetAndBoard() {
		board = new ProposalFixture(processes, boards).board(ProposalFixture.settings(null, null));
		long process = processes.createProcess(new ProcessDraft(new Slug("butce-oneri-" + ProposalFixture.IDS
			.incrementAndGet()), LocalizedText.of("Öneriden bütçeye"), null, ScopeType.CITY, Set.of(), null), Actor.SYSTEM);
		processes.setProcessPublished(process, true, Actor.SYSTEM);
		pb = admin.create(process, PbSettings.defaults(), ACTOR);
		city = admin.addBudget(pb, BudgetDraft.knapsack(LocalizedText.of("Kent geneli"), List.of(), money(1_000_000)),
				ACTOR);
		kadikoy = admin.addBudget(pb, BudgetDraft.knapsack(LocalizedText.of("Kadıköy"), List.of(ProposalFixture.KADIKOY),
				money(300_000)), ACTOR);
		administrator = ProposalFixture.withRoles();
		spaceRoles.grant(SpaceKind.PROCESS, process, administrator.principal(), SpaceRole.ADMIN, Actor.SYSTEM);
	}

	static BigDecimal money(long amount) {
		return BigDecimal.valueOf(amount);
	}

	static void refused(Runnable action, String code) {
		assertThatThrownBy(action::run).isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).code())
			.isEqualTo(code);
	}

	/** A published proposal of a Kadıköy resident for Caferağa, with a place on the map. */
	long caferagaProposal(CurrentAccount author) {
		return submissions.submit(author, board, new ProposalDraft("Moda sahiline gölgelik",
				"Sahil yürüyüş yolunda yazın hiç gölge yok, gölgelik konulsun.", "tr", "environment", List.of(11),
				"NEIGHBOURHOOD", List.of(), ProposalFixture.CAFERAGA, 40.979, 29.026, List.of()), true, List.of(), ACTOR);
	}

	long districtProposal(int district, String title) {
		return submissions.submit(ProposalFixture.kadikoylu(), board, new ProposalDraft(title,
				"Bu ilçede buna gerçekten ihtiyaç var, lütfen değerlendirin.", "tr", "transport", List.of(), "DISTRICTS",
				List.of(district), null, null, null, List.of()), true, List.of(), ACTOR);
	}

	@Test
	void aPublishedProposalBecomesAFreshIdeaOncePerParticipatoryBudget() {
		CurrentAccount author = ProposalFixture.kadikoylu();
		long proposal = caferagaProposal(author);

		long id = promotions.promote(administrator, pb, kadikoy, proposal, ACTOR);

		ProjectView project = store.project(id);
		assertThat(project.channel()).isEqualTo("PROPOSAL");
		assertThat(project.proposalId()).isEqualTo(proposal);
		assertThat(project.author()).isEqualTo(author.principal());
		assertThat(project.state()).as("it goes to technical review").isEqualTo(ProjectState.IDEA);
		assertThat(project.cost()).isNull();
		assertThat(project.title()).isEqualTo("Moda sahiline gölgelik");
		assertThat(project.body()).startsWith("Sahil yürüyüş yolunda");
		assertThat(project.topic()).isEqualTo("environment");
		assertThat(project.districtId()).isEqualTo(ProposalFixture.KADIKOY);
		assertThat(project.neighbourhoodId()).isEqualTo(ProposalFixture.CAFERAGA);
		assertThat(project.lat()).isEqualTo(40.979);
		assertThat(events.stream(BudgetingChanged.class).filter(e -> e.resource().equals(ResourceRef.of("pb-project", id))))
			.extracting(BudgetingChanged::action, BudgetingChanged::summary)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("budgeting.proposal-promoted", "proposal " + proposal));

		refused(() -> promotions.promote(administrator, pb, kadikoy, proposal, ACTOR), "proposal.already-promoted");
		refused(() -> promotions.promote(administrator, pb, city, proposal, ACTOR), "proposal.already-promoted");
		assertThatThrownBy(() -> jdbc.sql("""
				INSERT INTO pb_project (pb_id, budget_id, state, title, body, language, topic, author, channel, proposal_id,
				created_at, updated_at) SELECT pb_id, budget_id, state, title, body, language, topic, author, channel,
				proposal_id, created_at, updated_at FROM pb_project WHERE id = ?""").param(id).update())
			.as("the database refuses a second promotion too")
			.isInstanceOf(DuplicateKeyException.class);
		assertThat(store.projects(kadikoy)).hasSize(1);
		assertThat(store.projects(city)).isEmpty();
	}

	@Test
	void onlyAVisiblePublishedProposalWhosePlaceFitsTheBudgetIsPromoted() {
		CurrentAccount author = ProposalFixture.kadikoylu();
		long draft = submissions.submit(author, board, ProposalFixture.draft("Taslak öneri"), false, List.of(), ACTOR);
		refused(() -> promotions.promote(administrator, pb, city, draft, ACTOR), "proposal.unknown");
		refused(() -> promotions.promote(administrator, pb, city, 999_999_999L, ACTOR), "proposal.unknown");

		long withdrawn = caferagaProposal(author);
		submissions.withdraw(author, withdrawn, ACTOR);
		refused(() -> promotions.promote(administrator, pb, kadikoy, withdrawn, ACTOR), "proposal.not-promotable");

		long hidden = caferagaProposal(ProposalFixture.kadikoylu());
		ResourceRef ref = ResourceRef.of("proposal", hidden);
		moderated.stream().filter(m -> m.describe(ref).isPresent()).findFirst().orElseThrow().setHidden(ref, true);
		refused(() -> promotions.promote(administrator, pb, kadikoy, hidden, ACTOR), "proposal.hidden");

		long besiktas = districtProposal(ProposalFixture.BESIKTAS, "Beşiktaş iskelesine rampa");
		long cityWide = submissions.submit(author, board, ProposalFixture.draft("Kent geneli bisiklet ağı"), true,
				List.of(), ACTOR);
		refused(() -> promotions.promote(administrator, pb, kadikoy, besiktas, ACTOR), "proposal.outside-budget");
		refused(() -> promotions.promote(administrator, pb, kadikoy, cityWide, ACTOR), "proposal.outside-budget");
		refused(() -> promotions.promote(administrator, pb, 999_999_999L, besiktas, ACTOR), "budget.choose");
		assertThat(store.projects(kadikoy)).as("nothing stored half-way").isEmpty();
		assertThat(store.projects(city)).isEmpty();

		long both = submissions.submit(author, board, new ProposalDraft("İki ilçeye vapur seferi",
				"Beşiktaş ile Kadıköy arasında gece vapuru olsun.", "tr", "transport", List.of(), "DISTRICTS",
				List.of(ProposalFixture.BESIKTAS, ProposalFixture.KADIKOY), null, null, null, List.of()), true, List.of(),
				ACTOR);
		assertThat(store.project(promotions.promote(administrator, pb, kadikoy, both, ACTOR)).districtId())
			.as("a district budget takes the district of its own the proposal names").isEqualTo(ProposalFixture.KADIKOY);
		assertThat(store.project(promotions.promote(administrator, pb, city, besiktas, ACTOR)).districtId())
			.as("a city-wide budget takes anything").isEqualTo(ProposalFixture.BESIKTAS);
		assertThat(store.project(promotions.promote(administrator, pb, city, cityWide, ACTOR)).districtId()).isNull();
	}

	@Test
	void onlyTheProcessAdministratorsPromoteAndOnlyUntilReviewEnds() {
		long proposal = caferagaProposal(ProposalFixture.kadikoylu());
		refused(() -> promotions.promote(ProposalFixture.withRoles(), pb, kadikoy, proposal, ACTOR), "budgeting.not-admin");
		refused(() -> promotions.promote(null, pb, kadikoy, proposal, ACTOR), "budgeting.not-admin");
		CurrentAccount evaluator = ProposalFixture.withRoles();
		spaceRoles.grant(SpaceKind.PROCESS, store.get(pb).processId(), evaluator.principal(), SpaceRole.EVALUATOR,
				Actor.SYSTEM);
		refused(() -> promotions.promote(evaluator, pb, kadikoy, proposal, ACTOR), "budgeting.not-admin");

		admin.addProject(city, new IdeaDraft("Kent geneli çeşmeler", "Her meydana bir içme suyu çeşmesi konulsun.", "tr",
				"environment", null, null, null, null, null, null), money(1000), ACTOR);
		admin.addProject(kadikoy, new IdeaDraft("Kadıköy çeşmeleri", "Kadıköy meydanlarına içme suyu çeşmesi.", "tr",
				"environment", ProposalFixture.KADIKOY, null, null, null, null, null), money(1000), ACTOR);
		admin.moveTo(pb, BudgetStage.SUPPORT, ACTOR);
		refused(() -> promotions.promote(administrator, pb, kadikoy, proposal, ACTOR), "budgeting.review-closed");
		admin.moveTo(pb, BudgetStage.VOTING, ACTOR);
		refused(() -> promotions.promote(administrator, pb, kadikoy, proposal, ACTOR), "budgeting.frozen");
		assertThat(store.projects(kadikoy)).extracting(ProjectView::channel).containsExactly("WEB");
	}

	@Test
	void theManagePageFormPromotesAndTheProjectLinksToItsProposal() throws Exception {
		long proposal = caferagaProposal(ProposalFixture.kadikoylu());
		admin.moveTo(pb, BudgetStage.REVIEW, ACTOR);
		AccountSupport accounts = new AccountSupport(mvc, context);
		Cookie manager = accounts.newAccount("tasiyan", "Taşıyan Yönetici");
		accounts.grant(accounts.idOf(manager), Role.ADMIN, "");
		String manage = "/budgets/" + pb + "/manage";
		mvc.perform(get(manage).cookie(manager)).andExpect(status().isOk())
			.andExpect(content().string(containsString("action=\"" + manage + "/promote\"")));

		mvc.perform(post(manage + "/promote").cookie(manager).with(csrf()).param("lang", "en")
			.param("proposal", "on iki").param("budget", String.valueOf(kadikoy)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"promote-proposal-error\"")))
			.andExpect(content().string(containsString("Write the proposal’s number in digits")))
			.andExpect(content().string(containsString("value=\"on iki\"")));
		mvc.perform(post(manage + "/promote").cookie(manager).with(csrf())
			.param("proposal", "#" + proposal).param("budget", String.valueOf(kadikoy)))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(manage))
			.andExpect(flash().attribute("notice", "budgeting.manage.promoted"));
		mvc.perform(post(manage + "/promote").cookie(manager).with(csrf()).param("lang", "de")
			.param("proposal", String.valueOf(proposal)).param("budget", String.valueOf(city)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("ist bereits ein Projekt dieses Bürgerhaushalts")));

		ProjectView project = store.projects(kadikoy).get(0);
		assertThat(project.proposalId()).isEqualTo(proposal);
		mvc.perform(get("/budgets/projects/" + project.id()).param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/proposals/" + proposal + "\"")))
			.andExpect(content().string(containsString("From proposal #" + proposal)));

		Cookie stranger = accounts.newAccount("yabanci", "Yabancı");
		mvc.perform(post(manage + "/promote").cookie(stranger).with(csrf())
			.param("proposal", String.valueOf(proposal)).param("budget", String.valueOf(city)))
			.andExpect(status().isForbidden());
	}
}
