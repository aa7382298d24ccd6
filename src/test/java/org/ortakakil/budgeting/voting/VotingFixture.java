package org.ortakakil.budgeting.voting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.ortakakil.budgeting.BallotType;
import org.ortakakil.budgeting.BudgetStage;
import org.ortakakil.budgeting.VotingScope;
import org.ortakakil.budgeting.internal.BudgetDraft;
import org.ortakakil.budgeting.internal.IdeaDraft;
import org.ortakakil.budgeting.internal.PbAdministration;
import org.ortakakil.budgeting.internal.PbSettings;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Residence;
import org.ortakakil.identity.RoleGrant;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.shared.Slug;
import org.ortakakil.spaces.ScopeType;
import org.ortakakil.spaces.internal.ProcessAdministration;
import org.ortakakil.spaces.internal.ProcessDraft;

/**
 * Participatory budgets for voting tests and the benchmark: a process, its participatory budget with
 * budgets and projects, moved to the stage asked for. Residents are accounts as the identity module
 * hands them to a request (verified, with a census residence).
 */
public final class VotingFixture {

	public static final int KADIKOY = 1421;
	public static final int CAFERAGA = 40512;
	public static final int USKUDAR = 1708;
	public static final int KUZGUNCUK = 40811;
	public static final Actor ADMIN = new Actor("pb-admin", "127.0.0.1");
	static final AtomicLong IDS = new AtomicLong(-1_000_000_000L - System.nanoTime() % 1_000_000_000L);

	private final ProcessAdministration processes;
	private final PbAdministration admin;

	public VotingFixture(ProcessAdministration processes, PbAdministration admin) {
		this.processes = processes;
		this.admin = admin;
	}

	/** A participatory budget and the ids of its budgets and projects. */
	public record Pb(long processId, long id, List<Long> budgets, List<List<Long>> projects) {

		public long budget(int i) {
			return budgets.get(i);
		}

		public long project(int budget, int i) {
			return projects.get(budget).get(i);
		}
	}

	/** A budget to create, with the costs of its projects. */
	public record Spec(BudgetDraft draft, List<Long> costs) {

		public static Spec knapsack(List<Integer> districts, long amount, Integer minSpend, Long... costs) {
			return new Spec(new BudgetDraft(LocalizedText.of("Bütçe " + UUID.randomUUID().toString().substring(0, 6)),
					districts.isEmpty(), districts, BigDecimal.valueOf(amount), BallotType.KNAPSACK, minSpend, null, null,
					null, null), List.of(costs));
		}

		public static Spec of(BallotType type, Integer min, Integer max, Integer points, Integer perProject, Long... costs) {
			return new Spec(new BudgetDraft(LocalizedText.of(type + " bütçe"), true, List.of(),
					BigDecimal.valueOf(10_000_000), type, null, min, max, points, perProject), List.of(costs));
		}
	}

	public Pb create(VotingScope scope, boolean changeable, BudgetStage stage, Spec... specs) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		long process = processes.createProcess(new ProcessDraft(new Slug("oylama-" + suffix),
				LocalizedText.of("Katılımcı bütçe " + suffix), null, ScopeType.CITY, Set.of(), null), Actor.SYSTEM);
		long pb = admin.create(process, new PbSettings(scope, 16, changeable, null, null, "greedy", 1), ADMIN);
		List<Long> budgets = new java.util.ArrayList<>();
		List<List<Long>> projects = new java.util.ArrayList<>();
		for (Spec spec : specs) {
			long budget = admin.addBudget(pb, spec.draft(), ADMIN);
			budgets.add(budget);
			List<Long> ids = new java.util.ArrayList<>();
			int n = 0;
			for (long cost : spec.costs()) {
				n++;
				ids.add(admin.addProject(budget, new IdeaDraft("Proje " + n + " " + suffix, "Bir park ve oyun alanı " + n,
						"tr", "other", spec.draft().cityWide() ? null : spec.draft().districtIds().get(0), null, null, null,
						null, null), BigDecimal.valueOf(cost), ADMIN));
			}
			projects.add(ids);
		}
		if (stage != BudgetStage.PREPARATION) {
			admin.moveTo(pb, BudgetStage.VOTING, ADMIN);
		}
		if (stage.resultsPublished()) {
			admin.moveTo(pb, BudgetStage.RESULTS, ADMIN);
		}
		return new Pb(process, pb, budgets, projects);
	}

	/** A verified adult resident of the district (as a request sees them), with a new principal. */
	public static CurrentAccount resident(int neighbourhood, int district) {
		long id = IDS.decrementAndGet();
		return new CurrentAccount(id, String.valueOf(id), "Sakin", "sakin" + id + "@example.org", "tr", List.of(),
				Optional.of(new Residence(neighbourhood, district, LocalDate.of(1980, 1, 1), Instant.now())), null);
	}

	public static CurrentAccount assisted(CurrentAccount resident, String staff) {
		return new CurrentAccount(resident.id(), resident.principal(), resident.displayName(), resident.email(),
				resident.language(), List.of(), resident.residence(), staff);
	}

	public static CurrentAccount staff(RoleGrant... roles) {
		long id = IDS.decrementAndGet();
		return new CurrentAccount(id, String.valueOf(id), "Görevli", "ofis" + id + "@example.org", "tr", List.of(roles),
				Optional.empty(), null);
	}
}
