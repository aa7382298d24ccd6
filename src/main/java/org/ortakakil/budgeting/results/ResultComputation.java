package org.ortakakil.budgeting.results;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ortakakil.budgeting.BudgetView;
import org.ortakakil.budgeting.BudgetingChanged;
import org.ortakakil.budgeting.ParticipatoryBudgetView;
import org.ortakakil.budgeting.ProjectSelected;
import org.ortakakil.budgeting.ProjectView;
import org.ortakakil.budgeting.internal.PbStore;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.ResourceRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes the results of every budget of a participatory budget once, in the background, and stores them:
 * the official rule's result with why each project was or was not selected, and the compared rules' results
 * on the same ballots. The official result's projects are PLANNED and published as {@link ProjectSelected}.
 * A tie the rule cannot break is stored as TIE, never broken silently; a recomputation (after a lot order was
 * drawn) is a new attempt, and pages show the latest finished one.
 */
@Service
public class ResultComputation {

	private static final Logger log = LoggerFactory.getLogger(ResultComputation.class);
	/** A RUNNING computation not heard of for this long is taken for dead (its instance stopped). */
	static final Duration STALE = Duration.ofMinutes(10);

	private final PbStore store;
	private final ElectionLoader loader;
	private final ResultStore results;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final ApplicationEventPublisher events;
	private final TaskExecutor executor;
	private final Clock clock;

	ResultComputation(PbStore store, ElectionLoader loader, ResultStore results, JdbcClient jdbc,
			PlatformTransactionManager transactions, ApplicationEventPublisher events,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
		this.store = store;
		this.loader = loader;
		this.results = results;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
		this.executor = executor;
		this.clock = clock;
	}

	/** Starts the first computation, unless there is one already; its id, or empty. */
	public Optional<Long> computeOnce(long pbId, Actor actor) {
		Optional<Long> id = results.start(pbId, null, 1, actor.name());
		id.ifPresent(computation -> afterCommit(() -> executor.execute(() -> run(computation, pbId, actor))));
		return id;
	}

	/**
	 * Starts a new computation (CONFLICT {@code budgeting.results.running} while one runs, INVALID
	 * {@code budgeting.results.not-closed} before voting closed); its id.
	 */
	public long recompute(long pbId, Actor actor) {
		ParticipatoryBudgetView pb = store.get(pbId);
		if (!pb.stage().resultsPublished()) {
			throw DomainException.invalid("budgeting.results.not-closed");
		}
		Optional<Computation> latest = results.latest(pbId);
		if (latest.isPresent() && latest.get().running()
				&& latest.get().updatedAt().isAfter(Instant.now(clock).minus(STALE))) {
			throw DomainException.conflict("budgeting.results.running");
		}
		int attempt = latest.map(c -> c.attempt() + 1).orElse(1);
		long id = results.start(pbId, null, attempt, actor.name())
			.orElseThrow(() -> DomainException.conflict("budgeting.results.running"));
		events.publishEvent(new BudgetingChanged(ResourceRef.of("pb", pbId), "results-recomputed",
				"computation " + id + " (attempt " + attempt + ")", actor, Instant.now(clock)));
		afterCommit(() -> executor.execute(() -> run(id, pbId, actor)));
		return id;
	}

	static void afterCommit(Runnable task) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					task.run();
				}
			});
		}
		else {
			task.run();
		}
	}

	/** Computes every budget, storing each as it is done; the computation ends DONE or FAILED. */
	void run(long computationId, long pbId, Actor actor) {
		try {
			ParticipatoryBudgetView pb = store.get(pbId);
			List<String> rules = RuleRunner.rules(pb.outcomeRule());
			ProgressReport progress = new ProgressReport(results, computationId, pb.budgets().size() * (rules.size() + 1));
			for (BudgetView budget : pb.budgets()) {
				ElectionLoader.Loaded loaded = loader.load(pb, budget);
				progress.stepDone();
				RuleRunner runner = new RuleRunner(loaded.election(), id -> loaded.districtOf().getOrDefault(id, ""));
				List<String> lot = budget.lotOrder().stream().map(String::valueOf).toList();
				List<RuleResult> computed = new ArrayList<>();
				for (int i = 0; i < rules.size(); i++) {
					computed.add(runner.run(rules.get(i), i == 0, pb.add1Increment(), lot, progress));
					progress.stepDone();
				}
				BudgetTally tally = new BudgetTally(budget.id(), loaded.election().ballots().size(), loaded.web(),
						loaded.office(), loaded.paper(), runner.tally().votesById(), lot);
				transaction.executeWithoutResult(status -> {
					results.saveTally(computationId, tally);
					for (int i = 0; i < computed.size(); i++) {
						results.saveResult(computationId, budget.id(), i, tally.ballots(), computed.get(i));
					}
					if (computed.get(0).ok()) {
						plan(pb, budget, computed.get(0).selected(), actor);
					}
				});
			}
			results.finish(computationId, "DONE", null);
			log.info("Results of participatory budget {} computed (computation {})", pbId, computationId);
		}
		catch (RuntimeException | OutOfMemoryError e) {
			log.error("Results of participatory budget {} failed (computation {})", pbId, computationId, e);
			results.finish(computationId, "FAILED", e.getClass().getSimpleName() + ": " + e.getMessage());
		}
	}

	/**
	 * The official result's projects are PLANNED (each published once, when it becomes so); a project that a
	 * recomputation no longer selects, and whose delivery has not begun, is planned no more.
	 */
	private void plan(ParticipatoryBudgetView pb, BudgetView budget, List<String> selected, Actor actor) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		for (ProjectView project : store.ballotProjects(budget.id())) {
			boolean chosen = selected.contains(String.valueOf(project.id()));
			if (chosen && project.implementation() == null) {
				int changed = jdbc.sql("UPDATE pb_project SET implementation = 'PLANNED', updated_at = ? "
						+ "WHERE id = ? AND implementation IS NULL").params(now, project.id()).update();
				if (changed == 1) {
					events.publishEvent(new ProjectSelected(project.id(), budget.id(), pb.processId(), project.title(),
							project.cost(), project.districtId(), project.lat(), project.lon(), actor, now.toInstant()));
				}
			}
			else if (!chosen && "PLANNED".equals(project.implementation())) {
				jdbc.sql("UPDATE pb_project SET implementation = NULL, updated_at = ? WHERE id = ? "
						+ "AND implementation = 'PLANNED'").params(now, project.id()).update();
			}
		}
	}
}
