package org.ortakakil.budgeting.results;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

import org.ortakakil.budgeting.BudgetView;
import org.ortakakil.budgeting.BudgetingChanged;
import org.ortakakil.budgeting.ParticipatoryBudgetView;
import org.ortakakil.budgeting.ProjectView;
import org.ortakakil.budgeting.internal.PbStore;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.ResourceRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the order in which projects were drawn by lot in public, to break a tie the rule could not break,
 * and recomputes the results with it. The projects drawn come first, in the order drawn; projects of an
 * earlier draw keep their order after them. Audited as {@code budgeting.lot-drawn}.
 */
@Service
public class LotDraw {

	private final PbStore store;
	private final JdbcClient jdbc;
	private final ResultComputation computation;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	LotDraw(PbStore store, JdbcClient jdbc, ResultComputation computation, ApplicationEventPublisher events,
			Clock clock) {
		this.store = store;
		this.jdbc = jdbc;
		this.computation = computation;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records {@code drawn} (project ids of the budget's ballot, in the order drawn; INVALID
	 * {@code budgeting.results.lot-invalid} if empty, repeated or not on the ballot) and starts a recomputation.
	 * Returns the computation's id.
	 */
	@Transactional
	public long record(long budgetId, List<Long> drawn, Actor actor) {
		BudgetView budget = store.budget(budgetId);
		ParticipatoryBudgetView pb = store.get(budget.pbId());
		if (!pb.stage().resultsPublished()) {
			throw DomainException.invalid("budgeting.results.not-closed");
		}
		List<Long> onBallot = store.ballotProjects(budgetId).stream().map(ProjectView::id).toList();
		if (drawn.isEmpty() || new HashSet<>(drawn).size() != drawn.size() || !onBallot.containsAll(drawn)) {
			throw DomainException.invalid("budgeting.results.lot-invalid");
		}
		List<Long> order = new ArrayList<>(drawn);
		budget.lotOrder().stream().filter(id -> !drawn.contains(id)).forEach(order::add);
		String joined = order.stream().map(String::valueOf).collect(Collectors.joining(","));
		jdbc.sql("UPDATE pb_budget SET lot_order = ?, lot_drawn_by = ?, lot_drawn_at = ? WHERE id = ?")
			.params(joined, actor.name(), OffsetDateTime.now(clock), budgetId).update();
		events.publishEvent(new BudgetingChanged(ResourceRef.of("pb-budget", budgetId), "lot-drawn", joined, actor,
				Instant.now(clock)));
		return computation.recompute(pb.id(), actor);
	}
}
