package org.ortakakil.budgeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.budgeting.internal.BudgetDraft;
import org.ortakakil.budgeting.internal.IdeaDraft;
import org.ortakakil.budgeting.internal.Ideas;
import org.ortakakil.budgeting.internal.PbAdministration;
import org.ortakakil.budgeting.internal.PbSettings;
import org.ortakakil.budgeting.internal.PbStore;
import org.ortakakil.budgeting.internal.Review;
import org.ortakakil.budgeting.internal.Supports;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Residence;
import org.ortakakil.identity.Role;
import org.ortakakil.identity.RoleGrant;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.shared.Slug;
import org.ortakakil.spaces.ScopeType;
import org.ortakakil.spaces.SpaceKind;
import org.ortakakil.spaces.SpaceRole;
import org.ortakakil.spaces.internal.ProcessAdministration;
import org.ortakakil.spaces.internal.ProcessDraft;
import org.ortakakil.spaces.internal.SpaceRoles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The participatory budget's life before the vote: budgets and their checks, ideas from residents, muhtars
 * and offices, technical review, supports with their limit, shortlisting, the stage rules and the freeze.
 */
@IntegrationTest
class BudgetingCoreIT {

	static final int KADIKOY = 1421;
	static final int CAFERAGA = 40512;
	static final int BESIKTAS = 1183;
	static final int BEBEK = 40232;
	static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);
	static final Actor ACTOR = new Actor("test", "127.0.0.1");

	@Autowired
	ProcessAdministration processes;

	@Autowired
	SpaceRoles spaceRoles;

	@Autowired
	PbAdministration admin;

	@Autowired
	PbStore store;

	@Autowired
	Ideas ideas;

	@Autowired
	Review review;

	@Autowired
	Supports supports;

	@Autowired
	JdbcClient jdbc;

	long pb;
	long city;
	long kadikoy;

	@BeforeEach
	void budget() {
		long process = processes.createProcess(new ProcessDraft(new Slug("butce-" + IDS.incrementAndGet()),
				LocalizedText.of("Bütçe süreci"), null, ScopeType.CITY, Set.of(), null), Actor.SYSTEM);
		processes.setProcessPublished(process, true, Actor.SYSTEM);
		pb = admin.create(process, PbSettings.defaults(), ACTOR);
		city = admin.addBudget(pb, BudgetDraft.knapsack(LocalizedText.of("Kent geneli"), List.of(), money(1_000_000)),
				ACTOR);
		kadikoy = admin.addBudget(pb, BudgetDraft.knapsack(LocalizedText.of("Kadıköy"), List.of(KADIKOY), money(300_000)),
				ACTOR);
	}

	static BigDecimal money(long amount) {
		return BigDecimal.valueOf(amount);
	}

	/** A verified resident of the neighbourhood, born on the day. */
	static CurrentAccount resident(int neighbourhood, int district, LocalDate born) {
		long id = IDS.incrementAndGet();
		return new CurrentAccount(id, "r" + id, "Sakin " + id, null, "tr", List.of(),
				Optional.of(new Residence(neighbourhood, district, born, Instant.now())), null);
	}

	static CurrentAccount adult() {
		return resident(CAFERAGA, KADIKOY, LocalDate.of(1980, 1, 1));
	}

	static CurrentAccount withRoles(RoleGrant... roles) {
		long id = IDS.incrementAndGet();
		return new CurrentAccount(id, "s" + id, "Görevli " + id, null, "tr", List.of(roles), Optional.empty(), null);
	}

	static IdeaDraft idea(String title) {
		return new IdeaDraft(title, "Mahallemizin buna gerçekten ihtiyacı var, lütfen.", "tr", "environment", null, null,
				null, null, null, null);
	}

	static void refused(Runnable action, String code) {
		assertThatThrownBy(action::run).isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).code())
			.isEqualTo(code);
	}

	@Test
	void budgetsAreChecked() {
		refused(() -> admin.addBudget(pb, BudgetDraft.knapsack(LocalizedText.of("Sıfır"), List.of(), money(0)), ACTOR),
				"budgeting.amount-invalid");
		refused(() -> admin.addBudget(pb, BudgetDraft.knapsack(LocalizedText.of("Eksi"), List.of(), money(-5)), ACTOR),
				"budgeting.amount-invalid");
		refused(() -> admin.addBudget(pb, BudgetDraft.knapsack(LocalizedText.of("Yok"), List.of(9999), money(5)), ACTOR),
				"budgeting.unknown-district");
		refused(() -> admin.addBudget(pb, new BudgetDraft(LocalizedText.of("Puan"), true, List.of(), money(5),
				BallotType.CUMULATIVE, null, null, null, null, null), ACTOR), "budgeting.points-required");
		refused(() -> admin.addBudget(pb, new BudgetDraft(LocalizedText.of("Ters"), true, List.of(), money(5),
				BallotType.APPROVAL, null, 5, 2, null, null), ACTOR), "budgeting.budget-invalid");
		refused(() -> admin.create(store.get(pb).processId(), PbSettings.defaults(), ACTOR), "budgeting.exists");
		assertThat(store.get(pb).budgets()).extracting(BudgetView::id).containsExactly(city, kadikoy);
		assertThat(store.budget(kadikoy).districtIds()).containsExactly(KADIKOY);
		assertThat(store.budget(kadikoy).amount()).isEqualByComparingTo("300000");
	}

	@Test
	void residentsSubmitIdeasOnlyInTheirScopeAndWhileIdeasAreCollected() {
		CurrentAccount resident = adult();
		refused(() -> ideas.submit(resident, kadikoy, idea("Moda'ya bank"), false, ACTOR), "budgeting.ideas-closed");
		admin.moveTo(pb, BudgetStage.IDEAS, ACTOR);

		long id = ideas.submit(resident, kadikoy, idea("  Moda'ya bank  "), false, ACTOR);
		ProjectView project = store.project(id);
		assertThat(project.state()).isEqualTo(ProjectState.IDEA);
		assertThat(project.title()).isEqualTo("Moda'ya bank");
		assertThat(project.districtId()).as("a one-district budget's ideas are in that district").isEqualTo(KADIKOY);
		assertThat(project.channel()).isEqualTo("WEB");

		CurrentAccount besiktasli = resident(BEBEK, BESIKTAS, LocalDate.of(1990, 5, 5));
		refused(() -> ideas.submit(besiktasli, kadikoy, idea("Kadıköy'e bank"), false, ACTOR),
				"budgeting.outside-district");
		assertThat(ideas.submit(besiktasli, city, idea("Kent geneli bank"), false, ACTOR)).isPositive();
		CurrentAccount child = resident(CAFERAGA, KADIKOY, LocalDate.now().minusYears(15));
		refused(() -> ideas.submit(child, kadikoy, idea("Oyun parkı"), false, ACTOR), "budgeting.too-young");
		refused(() -> ideas.submit(withRoles(), kadikoy, idea("Doğrulanmamış"), false, ACTOR), "budgeting.not-verified");
	}

	@Test
	void badIdeasAreRefusedWithTheFieldAtFault() {
		admin.moveTo(pb, BudgetStage.IDEAS, ACTOR);
		CurrentAccount resident = adult();
		refused(() -> ideas.submit(resident, kadikoy, idea("Kısa".substring(0, 3)), false, ACTOR), "title.length");
		refused(() -> ideas.submit(resident, kadikoy, new IdeaDraft("Uygun başlık", "kısa", "tr", "other", null, null,
				null, null, null, null), false, ACTOR), "body.length");
		refused(() -> ideas.submit(resident, kadikoy, new IdeaDraft("Uygun başlık", "x".repeat(10_000_000), "tr", "other",
				null, null, null, null, null, null), false, ACTOR), "body.length");
		refused(() -> ideas.submit(resident, kadikoy, new IdeaDraft("Uygun başlık", "Yeterince uzun bir açıklama.", "tr",
				"uzay", null, null, null, null, null, null), false, ACTOR), "topic.unknown");
		refused(() -> ideas.submit(resident, kadikoy, new IdeaDraft("Uygun başlık", "Yeterince uzun bir açıklama.", "tr",
				"other", BESIKTAS, null, null, null, null, null), false, ACTOR), "district.outside-budget");
		refused(() -> ideas.submit(resident, kadikoy, new IdeaDraft("Uygun başlık", "Yeterince uzun bir açıklama.", "tr",
				"other", KADIKOY, BEBEK, null, null, null, null), false, ACTOR), "neighbourhood.not-in-district");
		refused(() -> ideas.submit(resident, kadikoy, new IdeaDraft("Uygun başlık", "Yeterince uzun bir açıklama.", "tr",
				"other", null, null, null, 48.85, 2.35, null), false, ACTOR), "location.outside-istanbul");
		refused(() -> ideas.submit(resident, kadikoy, new IdeaDraft("Uygun başlık", "Yeterince uzun bir açıklama.", "tr",
				"other", null, null, null, null, null, money(300_001)), false, ACTOR), "cost.range");
		refused(() -> ideas.submit(resident, kadikoy, new IdeaDraft("Uygun başlık", "Yeterince uzun bir açıklama.", "tr",
				"other", null, null, null, null, null, money(0)), false, ACTOR), "cost.range");
		assertThat(store.projects(kadikoy)).isEmpty();
	}

	@Test
	void muhtarsSubmitForTheirNeighbourhoodAndOfficesForTheResidentPresent() {
		admin.moveTo(pb, BudgetStage.IDEAS, ACTOR);
		CurrentAccount muhtar = withRoles(new RoleGrant(Role.MUHTAR, String.valueOf(CAFERAGA)));
		IdeaDraft caferaga = new IdeaDraft("Caferağa'ya aydınlatma", "Ara sokaklar geceleri çok karanlık kalıyor.", "tr",
				"infrastructure", null, CAFERAGA, null, null, null, null);
		long id = ideas.submit(muhtar, kadikoy, caferaga, true, ACTOR);
		assertThat(store.project(id).channel()).isEqualTo("MUHTAR");
		IdeaDraft elsewhere = new IdeaDraft("Fikirtepe'ye aydınlatma", "Ara sokaklar geceleri çok karanlık kalıyor.",
				"tr", "infrastructure", null, 40517, null, null, null, null);
		refused(() -> ideas.submit(muhtar, kadikoy, elsewhere, true, ACTOR), "budgeting.not-muhtar");

		CurrentAccount present = adult();
		CurrentAccount assisted = new CurrentAccount(present.id(), present.principal(), present.displayName(), null, "tr",
				List.of(), present.residence(), "staff-7");
		long office = ideas.submit(assisted, kadikoy, idea("Ofisten gelen fikir"), false, ACTOR);
		assertThat(store.project(office).channel()).isEqualTo("OFFICE");
		assertThat(store.project(office).author()).isEqualTo(present.principal());
		assertThat(jdbc.sql("SELECT assisted_by FROM pb_project WHERE id = ?").param(office).query(String.class).single())
			.isEqualTo("staff-7");
	}

	@Test
	void evaluatorsReviewAndOnlyThey() {
		admin.moveTo(pb, BudgetStage.IDEAS, ACTOR);
		CurrentAccount author = adult();
		long a = ideas.submit(author, kadikoy, idea("Sahile çeşme"), false, ACTOR);
		long b = ideas.submit(author, kadikoy, idea("Sahile içme suyu"), false, ACTOR);
		long c = ideas.submit(author, kadikoy, idea("Denize köprü"), false, ACTOR);
		long other = ideas.submit(author, city, idea("Kent geneli çeşme"), false, ACTOR);
		CurrentAccount evaluator = withRoles();
		refused(() -> review.feasible(evaluator, a, money(1000), ACTOR), "budgeting.not-evaluator");
		spaceRoles.grant(SpaceKind.PROCESS, store.get(pb).processId(), evaluator.principal(), SpaceRole.EVALUATOR,
				Actor.SYSTEM);

		refused(() -> review.feasible(evaluator, a, money(0), ACTOR), "cost.positive");
		refused(() -> review.feasible(evaluator, a, money(300_001), ACTOR), "cost.range");
		review.feasible(evaluator, a, money(120_000), ACTOR);
		refused(() -> review.notFeasible(evaluator, c, "  ", ACTOR), "reason.required");
		review.notFeasible(evaluator, c, "Deniz üzerinde yapı izni verilmiyor.", ACTOR);
		refused(() -> review.merge(evaluator, b, other, ACTOR), "merge.target");
		refused(() -> review.merge(evaluator, b, b, ACTOR), "merge.target");
		review.merge(evaluator, b, a, ACTOR);

		assertThat(store.project(a).state()).isEqualTo(ProjectState.FEASIBLE);
		assertThat(store.project(a).cost()).isEqualByComparingTo("120000");
		assertThat(store.project(c).state()).isEqualTo(ProjectState.NOT_FEASIBLE);
		assertThat(store.project(c).reviewReason()).isEqualTo("Deniz üzerinde yapı izni verilmiyor.");
		assertThat(store.project(b).mergedInto()).isEqualTo(a);
		refused(() -> ideas.withdraw(author, a), "budgeting.already-reviewed");
		refused(() -> review.feasible(evaluator, b, money(10), ACTOR), "budgeting.not-reviewable");
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT COUNT(*) FROM audit_entry "
				+ "WHERE action LIKE 'budgeting.reviewed-%' AND resource_type = 'pb-project' AND resource_id IN (?, ?, ?)")
			.params(String.valueOf(a), String.valueOf(b), String.valueOf(c)).query(Long.class).single() == 3);
	}

	@Test
	void theStagesMoveForwardAndFreezeTheVote() {
		refused(() -> admin.moveTo(pb, BudgetStage.RESULTS, ACTOR), "budgeting.vote-first");
		refused(() -> admin.moveTo(pb, BudgetStage.VOTING, ACTOR), "budgeting.empty-ballot");
		admin.addProject(city, idea("Kentin projesi"), money(500_000), ACTOR);
		admin.addProject(kadikoy, idea("İlçenin projesi"), money(100_000), ACTOR);
		refused(() -> admin.addProject(kadikoy, idea("Pahalı proje"), money(300_001), ACTOR), "budgeting.cost-above-budget");
		refused(() -> admin.addProject(kadikoy, idea("Bedava proje"), money(0), ACTOR), "budgeting.cost-positive");
		admin.moveTo(pb, BudgetStage.VOTING, ACTOR);
		assertThat(store.get(pb).votingOpenedAt()).isNotNull();

		refused(() -> admin.addProject(kadikoy, idea("Geç proje"), money(10), ACTOR), "budgeting.frozen");
		refused(() -> admin.updateBudget(kadikoy, BudgetDraft.knapsack(LocalizedText.of("Kadıköy"), List.of(KADIKOY),
				money(999_999)), ACTOR), "budgeting.frozen");
		refused(() -> admin.update(pb, PbSettings.defaults(), ACTOR), "budgeting.frozen");
		refused(() -> admin.moveTo(pb, BudgetStage.IDEAS, ACTOR), "budgeting.frozen");
		refused(() -> admin.moveTo(pb, BudgetStage.IMPLEMENTATION, ACTOR), "budgeting.results-next");
		admin.moveTo(pb, BudgetStage.RESULTS, ACTOR);
		assertThat(store.get(pb).votingClosedAt()).isNotNull();
		refused(() -> admin.moveTo(pb, BudgetStage.VOTING, ACTOR), "budgeting.frozen");
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT COUNT(*) FROM audit_entry "
				+ "WHERE action = 'budgeting.stage-voting' AND resource_type = 'pb' AND resource_id = ?")
			.param(String.valueOf(pb)).query(Long.class).single() == 1);
	}

	@Test
	void supportsAreCountedOnceAndKeptWithinTheLimitEvenInParallel() throws Exception {
		admin.update(pb, new PbSettings(VotingScope.OWN_DISTRICT, 16, false, 2, 1, "equalshares/add1", 1), ACTOR);
		long p1 = admin.addProject(kadikoy, idea("Birinci proje"), money(100_000), ACTOR);
		long p2 = admin.addProject(kadikoy, idea("İkinci proje"), money(100_000), ACTOR);
		long p3 = admin.addProject(kadikoy, idea("Üçüncü proje"), money(100_000), ACTOR);
		admin.addProject(city, idea("Kentin projesi"), money(100_000), ACTOR);
		CurrentAccount resident = adult();
		refused(() -> supports.support(resident, p1), "budgeting.supports-closed");
		admin.moveTo(pb, BudgetStage.SUPPORT, ACTOR);

		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			List<Callable<Object>> tasks = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				tasks.add(() -> {
					supports.support(resident, p1);
					return null;
				});
			}
			for (Future<Object> done : pool.invokeAll(tasks)) {
				done.get();
			}
			tasks.clear();
			for (int i = 0; i < 30; i++) {
				long project = i % 2 == 0 ? p2 : p3;
				tasks.add(() -> {
					try {
						supports.support(resident, project);
						return "ok";
					}
					catch (DomainException e) {
						return e.code();
					}
				});
			}
			for (Future<Object> done : pool.invokeAll(tasks)) {
				assertThat(done.get()).isIn("ok", "budgeting.support-limit");
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(store.project(p1).supportCount()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM pb_support WHERE principal = ?").param(resident.principal())
			.query(Long.class).single()).as("the limit of two supports holds under parallel requests").isEqualTo(2);
		assertThat(supports.count(pb, resident.principal())).isEqualTo(2);

		CurrentAccount besiktasli = resident(BEBEK, BESIKTAS, LocalDate.of(1970, 1, 1));
		refused(() -> supports.support(besiktasli, p1), "budgeting.outside-district");
		CurrentAccount second = adult();
		supports.support(second, p3);
		supports.withdraw(second, p3);
		supports.support(second, p1);

		admin.moveTo(pb, BudgetStage.VOTING, ACTOR);
		assertThat(store.ballotProjects(kadikoy)).as("the shortlist keeps the most supported")
			.extracting(ProjectView::id).containsExactly(p1);
	}
}
