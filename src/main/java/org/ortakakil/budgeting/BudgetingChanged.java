package org.ortakakil.budgeting;

import java.time.Instant;

import org.ortakakil.audit.AuditableEvent;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.ResourceRef;

/**
 * An administrative act on a participatory budget, for the audit log: created, settings changed, a budget
 * added or changed, the stage moved, a project reviewed or changed, a proposal promoted to a project, a lot
 * order drawn, a paper batch reconciled. {@code resource} names what was acted on ({@code pb:<id>},
 * {@code pb-budget:<id>}, {@code pb-project:<id>}).
 */
public record BudgetingChanged(ResourceRef resource, String change, String summary, Actor actor, Instant occurredAt)
		implements AuditableEvent {

	@Override
	public String action() {
		return "budgeting." + change;
	}
}
