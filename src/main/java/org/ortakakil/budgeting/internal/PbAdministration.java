package org.ortakakil.budgeting.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.ortakakil.budgeting.BudgetStage;
import org.ortakakil.budgeting.BudgetView;
import org.ortakakil.budgeting.BudgetingChanged;
import org.ortakakil.budgeting.ParticipatoryBudgetView;
import org.ortakakil.budgeting.ProjectState;
import org.ortakakil.budgeting.rules.Rules;
import org.ortakakil.geography.Geography;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.ResourceRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators of a process do to its participatory budget: create it, set its rules, add and
 * change budgets, add projects of their own, and move it from stage to stage. From VOTING on nothing of
 * this may change (FORBIDDEN {@code budgeting.frozen}); every act is audited.
 */
@Service
@Transactional
public class PbAdministration {

	private final JdbcClient jdbc;
	private final PbStore store;
	private final Geography geography;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PbAdministration(JdbcClient jdbc, PbStore store, Geography geography, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.geography = geography;
		this.events = events;
		this.clock = clock;
	}

	public long create(long processId, PbSettings settings, Actor actor) {
		check(settings);
		if (store.byProcess(processId).isPresent()) {
			throw DomainException.conflict("budgeting.exists");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		KeyHolder key = new GeneratedKeyHolder();
		try {
			jdbc.sql("""
					INSERT INTO pb_process (process_id, stage, voting_scope, min_age, ballot_changeable, support_limit,
					shortlist_size, outcome_rule, add1_increment, version, created_at, updated_at)
					VALUES (?, 'PREPARATION', ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
				.params(processId, settings.votingScope().name(), settings.minAge(), settings.ballotChangeable(),
						settings.supportLimit(), settings.shortlistSize(), settings.outcomeRule(), settings.add1Increment(),
						now, now)
				.update(key, "id");
		}
		catch (DuplicateKeyException ex) {
			throw DomainException.conflict("budgeting.exists");
		}
		long id = key.getKey().longValue();
		audit(ResourceRef.of("pb", id), "created", "process " + processId, actor);
		return id;
	}

	public void update(long pbId, PbSettings settings, Actor actor) {
		check(settings);
		open(pbId);
		jdbc.sql("""
				UPDATE pb_process SET voting_scope = ?, min_age = ?, ballot_changeable = ?, support_limit = ?,
				shortlist_size = ?, outcome_rule = ?, add1_increment = ?, version = version + 1, updated_at = ?
				WHERE id = ?""")
			.params(settings.votingScope().name(), settings.minAge(), settings.ballotChangeable(), settings.supportLimit(),
					settings.shortlistSize(), settings.outcomeRule(), settings.add1Increment(), OffsetDateTime.now(clock),
					pbId)
			.update();
		audit(ResourceRef.of("pb", pbId), "settings-changed", settings.outcomeRule(), actor);
	}

	public long addBudget(long pbId, BudgetDraft draft, Actor actor) {
		check(draft);
		open(pbId);
		int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM pb_budget WHERE pb_id = ?").param(pbId)
			.query(Integer.class).single();
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO pb_budget (pb_id, position, title, city_wide, amount, ballot_type, min_spend_percent,
				min_projects, max_projects, points, max_points_per_project) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(pbId, position, draft.title().toJson(), draft.cityWide(), draft.amount(), draft.ballotType().name(),
					draft.minSpendPercent(), draft.minProjects(), draft.maxProjects(), draft.points(),
					draft.maxPointsPerProject())
			.update(key, "id");
		long id = key.getKey().longValue();
		districts(id, draft.cityWide() ? List.of() : draft.districtIds());
		audit(ResourceRef.of("pb-budget", id), "budget-added", draft.amount().toPlainString(), actor);
		return id;
	}

	public void updateBudget(long budgetId, BudgetDraft draft, Actor actor) {
		check(draft);
		BudgetView budget = store.budget(budgetId);
		open(budget.pbId());
		jdbc.sql("""
				UPDATE pb_budget SET title = ?, city_wide = ?, amount = ?, ballot_type = ?, min_spend_percent = ?,
				min_projects = ?, max_projects = ?, points = ?, max_points_per_project = ? WHERE id = ?""")
			.params(draft.title().toJson(), draft.cityWide(), draft.amount(), draft.ballotType().name(),
					draft.minSpendPercent(), draft.minProjects(), draft.maxProjects(), draft.points(),
					draft.maxPointsPerProject(), budgetId)
			.update();
		jdbc.sql("DELETE FROM pb_budget_district WHERE budget_id = ?").param(budgetId).update();
		districts(budgetId, draft.cityWide() ? List.of() : draft.districtIds());
		audit(ResourceRef.of("pb-budget", budgetId), "budget-changed", draft.amount().toPlainString(), actor);
	}

	/**
	 * A project the administration proposes itself, or enters from elsewhere: feasible at once, with its
	 * cost. Returns its id.
	 */
	public long addProject(long budgetId, IdeaDraft draft, BigDecimal cost, Actor actor) {
		BudgetView budget = store.budget(budgetId);
		open(budget.pbId());
		if (cost == null || cost.signum() <= 0) {
			throw DomainException.invalid("budgeting.cost-positive");
		}
		if (cost.compareTo(budget.amount()) > 0) {
			throw DomainException.invalid("budgeting.cost-above-budget");
		}
		long id = Ideas.insert(jdbc, budget, draft, ProjectState.FEASIBLE, cost, actor.name(), "WEB", actor.assistedBy(),
				null, OffsetDateTime.now(clock));
		audit(ResourceRef.of("pb-project", id), "project-added", cost.toPlainString(), actor);
		return id;
	}

	/**
	 * Moves the participatory budget to another stage. Opening the vote needs at least one project on each
	 * budget's ballot; leaving VOTING closes the vote for good and asks for the results ({@link VotingClosed}).
	 * Going back from VOTING or later is refused.
	 */
	public void moveTo(long pbId, BudgetStage stage, Actor actor) {
		ParticipatoryBudgetView pb = store.get(pbId);
		if (pb.stage() == stage) {
			return;
		}
		if (pb.stage().frozen() && stage.compareTo(pb.stage()) < 0) {
			throw DomainException.forbidden("budgeting.frozen");
		}
		if (pb.stage() == BudgetStage.VOTING && stage != BudgetStage.RESULTS) {
			throw DomainException.invalid("budgeting.results-next");
		}
		if (pb.stage().compareTo(BudgetStage.VOTING) < 0 && stage.resultsPublished()) {
			throw DomainException.invalid("budgeting.vote-first");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (pb.stage() == BudgetStage.SUPPORT && pb.shortlistSize() != null) {
			shortlist(pb);
		}
		if (stage == BudgetStage.VOTING) {
			if (pb.budgets().isEmpty()) {
				throw DomainException.invalid("budgeting.no-budgets");
			}
			for (BudgetView budget : pb.budgets()) {
				if (store.ballotProjects(budget.id()).isEmpty()) {
					throw DomainException.invalid("budgeting.empty-ballot", budget.title().in("tr"));
				}
			}
		}
		int changed = jdbc.sql("""
				UPDATE pb_process SET stage = ?, version = version + 1, updated_at = ?,
				voting_opened_at = CASE WHEN ? = 'VOTING' THEN ? ELSE voting_opened_at END,
				voting_closed_at = CASE WHEN stage = 'VOTING' THEN ? ELSE voting_closed_at END
				WHERE id = ? AND stage = ?""")
			.params(stage.name(), now, stage.name(), now, now, pbId, pb.stage().name())
			.update();
		if (changed == 0) {
			throw DomainException.conflict("budgeting.changed-meanwhile");
		}
		audit(ResourceRef.of("pb", pbId), "stage-" + stage.name().toLowerCase(java.util.Locale.ROOT),
				pb.stage() + " to " + stage, actor);
		if (pb.stage() == BudgetStage.VOTING) {
			events.publishEvent(new VotingClosed(pbId, actor));
		}
	}

	/** Records how the delivery of a selected project stands: PLANNED, IN_PROGRESS, DONE or CANCELLED. */
	public void setImplementation(long projectId, String status, Actor actor) {
		if (!List.of("PLANNED", "IN_PROGRESS", "DONE", "CANCELLED").contains(status)) {
			throw DomainException.invalid("budgeting.implementation-invalid");
		}
		int changed = jdbc.sql("UPDATE pb_project SET implementation = ?, updated_at = ? WHERE id = ? AND implementation IS NOT NULL")
			.params(status, OffsetDateTime.now(clock), projectId)
			.update();
		if (changed == 0) {
			throw DomainException.conflict("budgeting.not-selected");
		}
		audit(ResourceRef.of("pb-project", projectId), "implementation-" + status.toLowerCase(java.util.Locale.ROOT),
				status, actor);
	}

	/**
	 * Keeps on each budget's ballot the feasible projects with the most supports: the first
	 * {@code shortlistSize}, and every project tied with the last of them.
	 */
	private void shortlist(ParticipatoryBudgetView pb) {
		for (BudgetView budget : pb.budgets()) {
			List<Integer> counts = store.projects(budget.id(), ProjectState.FEASIBLE).stream()
				.map(p -> p.supportCount())
				.sorted(java.util.Comparator.reverseOrder())
				.toList();
			if (counts.size() <= pb.shortlistSize()) {
				continue;
			}
			int threshold = counts.get(pb.shortlistSize() - 1);
			jdbc.sql("UPDATE pb_project SET shortlisted = (support_count >= ?) WHERE budget_id = ? AND state = 'FEASIBLE'")
				.params(threshold, budget.id())
				.update();
		}
	}

	/** The participatory budget, if projects, budgets and rules may still change; else FORBIDDEN. */
	ParticipatoryBudgetView open(long pbId) {
		ParticipatoryBudgetView pb = store.get(pbId);
		if (pb.stage().frozen()) {
			throw DomainException.forbidden("budgeting.frozen");
		}
		return pb;
	}

	private void districts(long budgetId, List<Integer> districtIds) {
		for (int district : districtIds.stream().distinct().toList()) {
			jdbc.sql("INSERT INTO pb_budget_district (budget_id, district_id) VALUES (?, ?)").params(budgetId, district)
				.update();
		}
	}

	private void check(PbSettings settings) {
		if (settings.votingScope() == null || settings.minAge() < 0 || settings.minAge() > 120) {
			throw DomainException.invalid("budgeting.settings-invalid");
		}
		if (settings.outcomeRule() == null || !Rules.RULES.contains(settings.outcomeRule())) {
			throw DomainException.invalid("budgeting.unknown-rule", String.valueOf(settings.outcomeRule()));
		}
		if (settings.add1Increment() <= 0 || settings.supportLimit() != null && settings.supportLimit() <= 0
				|| settings.shortlistSize() != null && settings.shortlistSize() <= 0) {
			throw DomainException.invalid("budgeting.settings-invalid");
		}
	}

	private void check(BudgetDraft draft) {
		if (draft.title() == null || draft.ballotType() == null) {
			throw DomainException.invalid("budgeting.budget-invalid");
		}
		if (draft.amount() == null || draft.amount().signum() <= 0 || draft.amount().scale() > 2
				|| draft.amount().precision() - draft.amount().scale() > 16) {
			throw DomainException.invalid("budgeting.amount-invalid");
		}
		if (!draft.cityWide()) {
			if (draft.districtIds().isEmpty()) {
				throw DomainException.invalid("budgeting.districts-required");
			}
			for (int district : draft.districtIds()) {
				if (geography.district(district).isEmpty()) {
					throw DomainException.invalid("budgeting.unknown-district", district);
				}
			}
		}
		Integer min = draft.minProjects();
		Integer max = draft.maxProjects();
		if (min != null && min < 0 || max != null && max <= 0 || min != null && max != null && min > max
				|| draft.minSpendPercent() != null && (draft.minSpendPercent() < 0 || draft.minSpendPercent() > 100)) {
			throw DomainException.invalid("budgeting.budget-invalid");
		}
		switch (draft.ballotType()) {
			case CUMULATIVE -> {
				if (draft.points() == null || draft.points() <= 0
						|| draft.maxPointsPerProject() != null && draft.maxPointsPerProject() <= 0) {
					throw DomainException.invalid("budgeting.points-required");
				}
			}
			case APPROVAL, ORDINAL -> {
				if (max == null) {
					throw DomainException.invalid("budgeting.max-projects-required");
				}
			}
			default -> {
			}
		}
	}

	private void audit(ResourceRef resource, String change, String summary, Actor actor) {
		events.publishEvent(new BudgetingChanged(resource, change, summary, actor, Instant.now(clock)));
	}
}
