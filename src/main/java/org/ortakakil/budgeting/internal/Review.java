package org.ortakakil.budgeting.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.ortakakil.budgeting.BudgetView;
import org.ortakakil.budgeting.BudgetingChanged;
import org.ortakakil.budgeting.ParticipatoryBudgetView;
import org.ortakakil.budgeting.ProjectState;
import org.ortakakil.budgeting.ProjectView;
import org.ortakakil.identity.Accounts;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Mail;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.ResourceRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Technical review by the process's evaluators, while ideas are collected or under review: feasible with
 * a cost estimate, not feasible with a reason, or merged into a similar idea of the same budget. Each
 * decision is audited and mailed to the author in their language.
 */
@Service
@Transactional
public class Review {

	static final int REASON_MIN = 10;

	private final JdbcClient jdbc;
	private final PbStore store;
	private final PbAccess access;
	private final Accounts accounts;
	private final Mail mail;
	private final MessageSource messages;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Review(JdbcClient jdbc, PbStore store, PbAccess access, Accounts accounts, Mail mail, MessageSource messages,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.access = access;
		this.accounts = accounts;
		this.mail = mail;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	public void feasible(CurrentAccount evaluator, long projectId, BigDecimal cost, Actor actor) {
		ProjectView project = reviewable(evaluator, projectId);
		BudgetView budget = store.budget(project.budgetId());
		if (cost == null || cost.signum() <= 0) {
			throw DomainException.invalid("cost.positive");
		}
		if (cost.scale() > 2 || cost.compareTo(budget.amount()) > 0) {
			throw DomainException.invalid("cost.range", budget.amount().toPlainString());
		}
		decide(project, "FEASIBLE", cost, null, null, actor);
		notifyAuthor(project, "budgeting.review.mail.feasible", cost.toPlainString());
	}

	public void notFeasible(CurrentAccount evaluator, long projectId, String reason, Actor actor) {
		ProjectView project = reviewable(evaluator, projectId);
		String why = reason == null ? "" : reason.strip();
		if (why.length() < REASON_MIN || why.length() > 4000) {
			throw DomainException.invalid("reason.required", REASON_MIN);
		}
		decide(project, "NOT_FEASIBLE", null, why, null, actor);
		notifyAuthor(project, "budgeting.review.mail.not-feasible", why);
	}

	/** Merges the idea into a similar one of the same budget, which carries on. */
	public void merge(CurrentAccount evaluator, long projectId, long intoId, Actor actor) {
		ProjectView project = reviewable(evaluator, projectId);
		ProjectView into = store.findProject(intoId).orElseThrow(() -> DomainException.invalid("merge.unknown"));
		if (into.id() == project.id() || into.budgetId() != project.budgetId()
				|| into.state() != ProjectState.IDEA && into.state() != ProjectState.FEASIBLE) {
			throw DomainException.invalid("merge.target");
		}
		decide(project, "MERGED", null, null, intoId, actor);
		notifyAuthor(project, "budgeting.review.mail.merged", into.title());
	}

	private ProjectView reviewable(CurrentAccount evaluator, long projectId) {
		ProjectView project = store.project(projectId);
		ParticipatoryBudgetView pb = store.get(project.pbId());
		access.requireEvaluator(evaluator, pb);
		if (!pb.stage().acceptsReview()) {
			throw DomainException.forbidden(pb.stage().frozen() ? "budgeting.frozen" : "budgeting.review-closed");
		}
		if (project.state() == ProjectState.WITHDRAWN || project.state() == ProjectState.MERGED) {
			throw DomainException.conflict("budgeting.not-reviewable");
		}
		return project;
	}

	private void decide(ProjectView project, String state, BigDecimal cost, String reason, Long mergedInto, Actor actor) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		int changed = jdbc.sql("UPDATE pb_project SET state = ?, cost = ?, review_reason = ?, merged_into = ?, "
				+ "reviewed_by = ?, reviewed_at = ?, updated_at = ? WHERE id = ? AND state = ?")
			.params(state, cost, reason, mergedInto, actor.name(), now, now, project.id(), project.state().name())
			.update();
		if (changed == 0) {
			throw DomainException.conflict("budgeting.changed-meanwhile");
		}
		events.publishEvent(new BudgetingChanged(ResourceRef.of("pb-project", project.id()),
				"reviewed-" + state.toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
				cost != null ? cost.toPlainString() : "", actor, Instant.now(clock)));
	}

	private void notifyAuthor(ProjectView project, String key, String detail) {
		accounts.byPrincipal(project.author()).filter(a -> a.email() != null).ifPresent(author -> {
			java.util.Locale locale = java.util.Locale.forLanguageTag(author.language());
			String subject = messages.getMessage("budgeting.review.mail.subject", new Object[] {project.title()}, locale);
			String body = messages.getMessage(key, new Object[] {project.title(), detail}, locale);
			mail.send(author.email(), subject, body);
		});
	}
}
