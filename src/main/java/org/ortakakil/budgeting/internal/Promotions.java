package org.ortakakil.budgeting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

import org.ortakakil.budgeting.BudgetStage;
import org.ortakakil.budgeting.BudgetView;
import org.ortakakil.budgeting.BudgetingChanged;
import org.ortakakil.budgeting.ParticipatoryBudgetView;
import org.ortakakil.budgeting.ProjectState;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.proposals.ProposalState;
import org.ortakakil.proposals.ProposalView;
import org.ortakakil.proposals.Proposals;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.ResourceRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators of a process take a proposal of the participation core into one of its participatory
 * budget's budgets, while ideas are still collected or reviewed. The project keeps the proposal's author and
 * texts, comes in as a fresh idea (channel PROPOSAL) and goes through technical review like any other. A
 * proposal becomes a project at most once per participatory budget; every promotion is audited.
 */
@Service
@Transactional
public class Promotions {

	/** A proposal that is out in the open and not turned down or taken back. */
	private static final Set<ProposalState> PROMOTABLE = EnumSet.of(ProposalState.PUBLISHED, ProposalState.EVALUATING,
			ProposalState.ACCEPTED);

	private final JdbcClient jdbc;
	private final PbStore store;
	private final PbAccess access;
	private final Proposals proposals;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Promotions(JdbcClient jdbc, PbStore store, PbAccess access, Proposals proposals, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.access = access;
		this.proposals = proposals;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the stage still takes promoted proposals: until review ends. */
	public static boolean accepts(BudgetStage stage) {
		return stage.compareTo(BudgetStage.REVIEW) <= 0;
	}

	/** Promotes the proposal into the budget of the participatory budget and returns the new project's id. */
	public long promote(CurrentAccount administrator, long pbId, long budgetId, long proposalId, Actor actor) {
		ParticipatoryBudgetView pb = store.get(pbId);
		access.requireAdmin(administrator, pb);
		if (!accepts(pb.stage())) {
			throw DomainException.forbidden(pb.stage().frozen() ? "budgeting.frozen" : "budgeting.review-closed");
		}
		BudgetView budget = pb.budget(budgetId).orElseThrow(() -> DomainException.invalid("budget.choose"));
		String number = String.valueOf(proposalId);
		ProposalView proposal = proposals.find(proposalId)
			.orElseThrow(() -> DomainException.invalid("proposal.unknown", number));
		if (proposal.hidden()) {
			throw DomainException.invalid("proposal.hidden", number);
		}
		if (!PROMOTABLE.contains(proposal.state())) {
			throw DomainException.invalid("proposal.not-promotable", number);
		}
		boolean promoted = jdbc.sql("SELECT COUNT(*) FROM pb_project WHERE pb_id = ? AND proposal_id = ?")
			.params(pbId, proposalId)
			.query(Long.class)
			.single() > 0;
		if (promoted) {
			throw DomainException.conflict("proposal.already-promoted", number);
		}
		long id;
		try {
			id = Ideas.insert(jdbc, budget, idea(budget, proposal), ProjectState.IDEA, null, proposal.author(),
					"PROPOSAL", null, proposalId, OffsetDateTime.now(clock));
		}
		catch (DuplicateKeyException e) {
			throw DomainException.conflict("proposal.already-promoted", number);
		}
		events.publishEvent(new BudgetingChanged(ResourceRef.of("pb-project", id), "proposal-promoted",
				"proposal " + proposalId, actor, Instant.now(clock)));
		return id;
	}

	/**
	 * The proposal as an idea of the budget. A district budget takes the first of the proposal's districts it
	 * covers (none: INVALID {@code proposal.outside-budget}); a city-wide budget keeps the district of a
	 * one-district proposal. The neighbourhood goes with its district.
	 */
	private static IdeaDraft idea(BudgetView budget, ProposalView proposal) {
		Integer district;
		if (budget.cityWide()) {
			district = proposal.districtIds().size() == 1 ? proposal.districtIds().get(0) : null;
		}
		else {
			district = proposal.districtIds().stream().filter(budget::concernsDistrict).findFirst()
				.orElseThrow(() -> DomainException.invalid("proposal.outside-budget", String.valueOf(proposal.id())));
		}
		Integer neighbourhood = district == null ? null : proposal.neighbourhoodId();
		String topic = Ideas.TOPICS.contains(proposal.topic()) ? proposal.topic() : "other";
		return new IdeaDraft(proposal.title(), proposal.body(), proposal.language(), topic, district, neighbourhood,
				null, proposal.lat(), proposal.lon(), null);
	}
}
