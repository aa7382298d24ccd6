package org.ortakakil.budgeting;

import java.math.BigDecimal;
import java.time.Instant;

import org.ortakakil.audit.AuditableEvent;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.ResourceRef;

/**
 * A project won the vote of its budget: published when the official result is computed, so that
 * accountability can track its delivery. Location fields are null when the project has none.
 */
public record ProjectSelected(long projectId, long budgetId, long processId, String title, BigDecimal cost,
		Integer districtId, Double lat, Double lon, Actor actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "budgeting.project-selected";
	}

	@Override
	public ResourceRef resource() {
		return ResourceRef.of("pb-project", projectId);
	}

	@Override
	public String summary() {
		return "budget " + budgetId + ", cost " + cost.toPlainString();
	}
}
