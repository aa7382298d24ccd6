package org.ortakakil.budgeting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.ortakakil.budgeting.BudgetView;
import org.ortakakil.budgeting.ParticipatoryBudgetView;
import org.ortakakil.budgeting.ProjectState;
import org.ortakakil.budgeting.ProjectView;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supports in the optional support phase, which shortlists the projects that go on to the vote. One support
 * per resident and project (the primary key); the per-resident limit is kept in {@code pb_supporter}, whose
 * row is updated only while under the limit, so parallel requests cannot exceed it.
 */
@Service
@Transactional
public class Supports {

	private final JdbcClient jdbc;
	private final PbStore store;
	private final Eligibility eligibility;
	private final Clock clock;

	Supports(JdbcClient jdbc, PbStore store, Eligibility eligibility, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.eligibility = eligibility;
		this.clock = clock;
	}

	/** Supports the project; a second support of the same project changes nothing. */
	public void support(CurrentAccount resident, long projectId) {
		ProjectView project = store.project(projectId);
		ParticipatoryBudgetView pb = store.get(project.pbId());
		if (!pb.stage().acceptsSupports()) {
			throw DomainException.forbidden("budgeting.supports-closed");
		}
		if (project.state() != ProjectState.FEASIBLE) {
			throw DomainException.conflict("budgeting.not-supportable");
		}
		BudgetView budget = store.budget(project.budgetId());
		eligibility.require(resident, pb, budget, LocalDate.now(clock));
		String principal = resident.principal();
		jdbc.sql("INSERT INTO pb_supporter (pb_id, principal, supports) VALUES (?, ?, 0) ON CONFLICT DO NOTHING")
			.params(pb.id(), principal)
			.update();
		if (supported(projectId, principal)) {
			return;
		}
		int counted = jdbc.sql("UPDATE pb_supporter SET supports = supports + 1 WHERE pb_id = ? AND principal = ?"
				+ " AND (CAST(? AS INTEGER) IS NULL OR supports < ?)")
			.params(pb.id(), principal, pb.supportLimit(), pb.supportLimit())
			.update();
		if (counted == 0) {
			throw DomainException.conflict("budgeting.support-limit", pb.supportLimit());
		}
		// the supporter row is locked now: the same resident's other requests wait here
		int added = jdbc.sql("INSERT INTO pb_support (project_id, principal, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
			.params(projectId, principal, OffsetDateTime.now(clock))
			.update();
		if (added == 0) {
			jdbc.sql("UPDATE pb_supporter SET supports = supports - 1 WHERE pb_id = ? AND principal = ?")
				.params(pb.id(), principal)
				.update();
			return;
		}
		jdbc.sql("UPDATE pb_project SET support_count = support_count + 1 WHERE id = ?").param(projectId).update();
	}

	public void withdraw(CurrentAccount resident, long projectId) {
		ProjectView project = store.project(projectId);
		ParticipatoryBudgetView pb = store.get(project.pbId());
		if (!pb.stage().acceptsSupports()) {
			throw DomainException.forbidden("budgeting.supports-closed");
		}
		if (resident == null) {
			throw DomainException.forbidden("budgeting.login-required");
		}
		int removed = jdbc.sql("DELETE FROM pb_support WHERE project_id = ? AND principal = ?")
			.params(projectId, resident.principal())
			.update();
		if (removed > 0) {
			jdbc.sql("UPDATE pb_supporter SET supports = supports - 1 WHERE pb_id = ? AND principal = ?")
				.params(pb.id(), resident.principal())
				.update();
			jdbc.sql("UPDATE pb_project SET support_count = support_count - 1 WHERE id = ?").param(projectId).update();
		}
	}

	public boolean supported(long projectId, String principal) {
		return jdbc.sql("SELECT COUNT(*) FROM pb_support WHERE project_id = ? AND principal = ?")
			.params(projectId, principal)
			.query(Integer.class)
			.single() > 0;
	}

	/** How many projects of the participatory budget the resident supports. */
	public int count(long pbId, String principal) {
		return jdbc.sql("SELECT COALESCE(MAX(supports), 0) FROM pb_supporter WHERE pb_id = ? AND principal = ?")
			.params(pbId, principal)
			.query(Integer.class)
			.single();
	}
}
