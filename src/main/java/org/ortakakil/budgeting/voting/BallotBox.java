package org.ortakakil.budgeting.voting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ortakakil.budgeting.BudgetStage;
import org.ortakakil.budgeting.BudgetView;
import org.ortakakil.budgeting.ParticipatoryBudgetView;
import org.ortakakil.budgeting.ProjectView;
import org.ortakakil.budgeting.VotingScope;
import org.ortakakil.budgeting.internal.Eligibility;
import org.ortakakil.budgeting.internal.PbStore;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Casting secret ballots. Check-out is one transaction: the row saying that the resident voted in the budget
 * (pb_voter, whose key is budget and resident, so the database refuses a second one however many requests
 * race) and the ballot itself (pb_ballot: random key, no account, no time) are stored together or not at
 * all. The voter gets a receipt code once; only its SHA-256 is kept, with the ballot. Where the process
 * allows it, a voter replaces their ballot, in place, by giving that receipt until voting closes.
 */
@Service
public class BallotBox {

	static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

	private final JdbcClient jdbc;
	private final PbStore store;
	private final Eligibility eligibility;
	private final Clock clock;
	/** Budgets, projects and rules of participatory budgets whose vote has opened: frozen, so kept. */
	private final java.util.Map<Long, Frozen> frozen = new java.util.concurrent.ConcurrentHashMap<>();

	private record Frozen(ParticipatoryBudgetView pb, java.util.Map<Long, List<ProjectView>> ballots) {
	}

	BallotBox(JdbcClient jdbc, PbStore store, Eligibility eligibility, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.eligibility = eligibility;
		this.clock = clock;
	}

	/** The budgets of the participatory budget, each with whether the account may vote there and has. */
	@Transactional(readOnly = true)
	public List<VotingBudget> budgetsFor(long pbId, CurrentAccount account) {
		ParticipatoryBudgetView pb = store.get(pbId);
		LocalDate today = today();
		List<Long> voted = account == null ? List.of()
				: jdbc.sql("SELECT v.budget_id FROM pb_voter v JOIN pb_budget b ON b.id = v.budget_id"
						+ " WHERE b.pb_id = ? AND v.principal = ?").params(pbId, account.principal()).query(Long.class).list();
		Optional<Long> district = account == null ? Optional.empty() : chosenDistrictBudget(pbId, account.principal());
		List<VotingBudget> out = new ArrayList<>();
		for (BudgetView budget : pb.budgets()) {
			String why = eligibility.whyNot(account, pb, budget, today);
			if (why == null && oneDistrictTaken(pb, budget, district)) {
				why = "budgeting.vote.one-district";
			}
			out.add(new VotingBudget(budget, voted.contains(budget.id()), why));
		}
		return out;
	}

	/** The projects on the budget's ballot, in the PROJECTS order. */
	public List<ProjectView> ballot(long budgetId) {
		return store.ballotProjects(budgetId);
	}

	/** Checks a choice against the budget's rules without casting anything (the page's check my ballot). */
	public BallotCheck check(long budgetId, BallotChoice choice) {
		return BallotRules.check(store.budget(budgetId), store.ballotProjects(budgetId), choice);
	}

	public boolean hasVoted(long budgetId, String principal) {
		return jdbc.sql("SELECT COUNT(*) FROM pb_voter WHERE budget_id = ? AND principal = ?").params(budgetId, principal)
			.query(Long.class).single() > 0;
	}

	/** How many ballots a budget holds (web, office and paper). */
	public long ballotCount(long budgetId) {
		return jdbc.sql("SELECT COUNT(*) FROM pb_ballot WHERE budget_id = ?").param(budgetId).query(Long.class).single();
	}

	/**
	 * Casts the account's ballot in the budget, atomically. Refused: outside VOTING (FORBIDDEN
	 * {@code budgeting.vote.not-yet} or {@code budgeting.vote.closed}), by {@link Eligibility}, a second
	 * district under ANY_ONE_DISTRICT (FORBIDDEN {@code budgeting.vote.one-district}), a choice against the
	 * rules (INVALID, see {@link BallotRules}), a second ballot (CONFLICT {@code budgeting.vote.already-voted}).
	 * In an assisted session the ballot is the resident's, cast at the office (channel OFFICE).
	 */
	@Transactional
	public CastReceipt cast(long pbId, long budgetId, CurrentAccount account, BallotChoice choice, Actor actor) {
		ParticipatoryBudgetView pb = current(pbId);
		BudgetView budget = budgetOf(pb, budgetId);
		requireVoting(pb);
		eligibility.require(account, pb, budget, today());
		BallotCheck check = BallotRules.check(budget, ballotOf(pbId, budgetId), choice);
		check.requireValid();
		String channel = account.assisted() ? "OFFICE" : "WEB";
		try {
			jdbc.sql("INSERT INTO pb_voter (budget_id, principal, channel, assisted_by, voted_on) VALUES (?, ?, ?, ?, ?)")
				.params(budgetId, account.principal(), channel, account.assistedBy(), today())
				.update();
		}
		catch (DuplicateKeyException e) {
			throw DomainException.conflict("budgeting.vote.already-voted");
		}
		if (pb.votingScope() == VotingScope.ANY_ONE_DISTRICT && !budget.cityWide()) {
			try {
				jdbc.sql("INSERT INTO pb_voter_district (pb_id, principal, budget_id) VALUES (?, ?, ?)")
					.params(pbId, account.principal(), budgetId).update();
			}
			catch (DuplicateKeyException e) {
				throw DomainException.forbidden("budgeting.vote.one-district");
			}
		}
		String receipt = Receipts.newReceipt();
		String hash = Receipts.hash(receipt);
		insertBallot(budgetId, hash, channel, check.canonical(), null);
		return new CastReceipt(budgetId, receipt, hash);
	}

	/**
	 * Replaces the account's ballot in the budget with a new choice, where the process allows it and voting is
	 * open: the ballot is found by its receipt (INVALID {@code budgeting.vote.receipt-unknown} if no ballot of
	 * this budget has it) and changed in place, so it keeps its key and receipt. The account must have voted
	 * here (INVALID {@code budgeting.vote.not-voted}); FORBIDDEN {@code budgeting.vote.not-changeable} where
	 * ballots are final.
	 */
	@Transactional
	public CastReceipt replace(long pbId, long budgetId, CurrentAccount account, String receipt, BallotChoice choice,
			Actor actor) {
		ParticipatoryBudgetView pb = store.get(pbId);
		BudgetView budget = budgetOf(pb, budgetId);
		requireVoting(pb);
		if (!pb.ballotChangeable()) {
			throw DomainException.forbidden("budgeting.vote.not-changeable");
		}
		eligibility.require(account, pb, budget, today());
		if (!hasVoted(budgetId, account.principal())) {
			throw DomainException.invalid("budgeting.vote.not-voted");
		}
		BallotCheck check = BallotRules.check(budget, store.ballotProjects(budgetId), choice);
		check.requireValid();
		String hash = Receipts.hash(receipt);
		int changed = !Receipts.wellFormed(receipt) ? 0
				: jdbc.sql("UPDATE pb_ballot SET projects = ?, points = ? WHERE budget_id = ? AND receipt_hash = ?"
						+ " AND channel <> 'PAPER'")
					.params(join(check.canonical().projects()), points(check.canonical()), budgetId, hash)
					.update();
		if (changed == 0) {
			throw DomainException.invalid("budgeting.vote.receipt-unknown");
		}
		return new CastReceipt(budgetId, Receipts.normalise(receipt), hash);
	}

	/**
	 * The participatory budget with its stage read now. Once voting has opened its budgets, projects and rules
	 * cannot change any more, so they are read once and kept; only the stage is read again each time.
	 */
	private ParticipatoryBudgetView current(long pbId) {
		Frozen kept = frozen.get(pbId);
		if (kept == null) {
			ParticipatoryBudgetView pb = store.get(pbId);
			if (!pb.stage().frozen()) {
				return pb;
			}
			kept = frozen.computeIfAbsent(pbId, id -> new Frozen(pb, new java.util.concurrent.ConcurrentHashMap<>()));
		}
		BudgetStage stage = jdbc.sql("SELECT stage FROM pb_process WHERE id = ?").param(pbId).query(String.class).optional()
			.map(BudgetStage::valueOf).orElseThrow(() -> DomainException.notFound("budgeting.not-found", pbId));
		ParticipatoryBudgetView pb = kept.pb();
		return new ParticipatoryBudgetView(pb.id(), pb.processId(), stage, pb.votingScope(), pb.minAge(),
				pb.ballotChangeable(), pb.supportLimit(), pb.shortlistSize(), pb.outcomeRule(), pb.add1Increment(),
				pb.votingOpenedAt(), pb.votingClosedAt(), pb.budgets());
	}

	private List<ProjectView> ballotOf(long pbId, long budgetId) {
		Frozen kept = frozen.get(pbId);
		return kept == null ? store.ballotProjects(budgetId)
				: kept.ballots().computeIfAbsent(budgetId, store::ballotProjects);
	}

	void insertBallot(long budgetId, String hash, String channel, BallotChoice canonical, Long paperBatch) {
		jdbc.sql("INSERT INTO pb_ballot (ballot_key, budget_id, receipt_hash, channel, projects, points, paper_batch_id)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(Receipts.newBallotKey(), budgetId, hash, channel, join(canonical.projects()), points(canonical),
					paperBatch)
			.update();
	}

	static BudgetView budgetOf(ParticipatoryBudgetView pb, long budgetId) {
		return pb.budget(budgetId).orElseThrow(() -> DomainException.notFound("budgeting.budget-not-found", budgetId));
	}

	/** FORBIDDEN {@code budgeting.vote.not-yet} before the vote, {@code budgeting.vote.closed} after it. */
	static void requireVoting(ParticipatoryBudgetView pb) {
		if (!pb.stage().acceptsBallots()) {
			throw DomainException.forbidden(pb.stage().compareTo(BudgetStage.VOTING) < 0 ? "budgeting.vote.not-yet"
					: "budgeting.vote.closed");
		}
	}

	private Optional<Long> chosenDistrictBudget(long pbId, String principal) {
		return jdbc.sql("SELECT budget_id FROM pb_voter_district WHERE pb_id = ? AND principal = ?")
			.params(pbId, principal).query(Long.class).optional();
	}

	private static boolean oneDistrictTaken(ParticipatoryBudgetView pb, BudgetView budget, Optional<Long> chosen) {
		return pb.votingScope() == VotingScope.ANY_ONE_DISTRICT && !budget.cityWide() && chosen.isPresent()
				&& chosen.get() != budget.id();
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(ISTANBUL));
	}

	static String join(List<?> values) {
		return String.join(",", values.stream().map(String::valueOf).toList());
	}

	static String points(BallotChoice choice) {
		return choice.points().isEmpty() ? null : join(choice.points());
	}
}
