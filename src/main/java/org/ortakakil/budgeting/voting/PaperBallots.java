package org.ortakakil.budgeting.voting;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ortakakil.budgeting.BudgetView;
import org.ortakakil.budgeting.BudgetingChanged;
import org.ortakakil.budgeting.ParticipatoryBudgetView;
import org.ortakakil.budgeting.internal.PbStore;
import org.ortakakil.identity.Authorization;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Permission;
import org.ortakakil.identity.Role;
import org.ortakakil.identity.RoleGrant;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.ResourceRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Paper ballots with double entry. Staff of a participation office (ASSIST_RESIDENT on {@code office:<key>})
 * or the process's administrators open a batch for a budget; each sheet is typed twice, the second pass by
 * someone other than the first. A batch is reconciled when every sheet's two entries agree: its valid sheets
 * become ballots (channel PAPER) in one transaction, its invalid sheets are counted, and the act is audited.
 * Paper voters were checked at the ballot box, so paper ballots have no pb_voter row.
 */
@Service
@Transactional
public class PaperBallots {

	private final JdbcClient jdbc;
	private final PbStore store;
	private final Authorization authorization;
	private final BallotBox box;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PaperBallots(JdbcClient jdbc, PbStore store, Authorization authorization, BallotBox box,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.authorization = authorization;
		this.box = box;
		this.events = events;
		this.clock = clock;
	}

	/** The offices for which the account enters paper ballots. */
	public List<String> officesOf(CurrentAccount account) {
		return account == null || account.assisted() ? List.of()
				: account.roles().stream().filter(g -> g.role() == Role.OFFICE_STAFF).map(RoleGrant::scope).sorted().toList();
	}

	/** Administers the process, or works at some participation office: may see the paper pages at all. */
	public boolean mayEnter(CurrentAccount account, ParticipatoryBudgetView pb) {
		return administers(account, pb) || !officesOf(account).isEmpty();
	}

	public List<PaperBatch> batches(long pbId, CurrentAccount account) {
		ParticipatoryBudgetView pb = store.get(pbId);
		requireAccess(account, pb);
		boolean admin = administers(account, pb);
		return jdbc.sql(BATCH + " WHERE budget_id IN (SELECT id FROM pb_budget WHERE pb_id = ?) ORDER BY id DESC")
			.param(pbId).query(PaperBallots::readBatch).list().stream()
			.filter(b -> admin || b.office() != null && officesOf(account).contains(b.office())).toList();
	}

	/** Opens a batch of {@code sheets} sheets for the budget, for the office (null: administrators only). */
	public long open(long pbId, long budgetId, String label, int sheets, String office, CurrentAccount account,
			Actor actor) {
		ParticipatoryBudgetView pb = store.get(pbId);
		BallotBox.budgetOf(pb, budgetId);
		BallotBox.requireVoting(pb);
		String officeKey = office == null || office.isBlank() ? null : office.trim();
		if (!(administers(account, pb) || officeKey != null && authorization.may(account, Permission.ASSIST_RESIDENT,
				ResourceRef.of("office", officeKey)))) {
			throw DomainException.forbidden("budgeting.paper.no-access");
		}
		if (label == null || label.isBlank() || label.length() > 200) {
			throw DomainException.invalid("budgeting.paper.label-required");
		}
		if (sheets < 1 || sheets > 10_000) {
			throw DomainException.invalid("budgeting.paper.sheets-invalid", 10_000);
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO pb_paper_batch (budget_id, label, sheets, office, state, created_by, created_at)"
				+ " VALUES (?, ?, ?, ?, 'OPEN', ?, ?)")
			.params(budgetId, label.trim(), sheets, officeKey, account.principal(), OffsetDateTime.now(clock))
			.update(key, "id");
		long id = key.getKey().longValue();
		audit(budgetId, "paper-batch-opened", "batch " + id + ", " + sheets + " sheets", actor);
		return id;
	}

	/** The batch, if the account may work on it; NOT_FOUND {@code budgeting.paper.batch-not-found} or FORBIDDEN. */
	@Transactional(readOnly = true)
	public PaperBatch batch(long pbId, long batchId, CurrentAccount account) {
		PaperBatch batch = jdbc.sql(BATCH + " WHERE id = ?").param(batchId).query(PaperBallots::readBatch).optional()
			.orElseThrow(() -> DomainException.notFound("budgeting.paper.batch-not-found", batchId));
		ParticipatoryBudgetView pb = store.get(pbId);
		if (pb.budget(batch.budgetId()).isEmpty()) {
			throw DomainException.notFound("budgeting.paper.batch-not-found", batchId);
		}
		if (!(administers(account, pb) || batch.office() != null && authorization.may(account,
				Permission.ASSIST_RESIDENT, ResourceRef.of("office", batch.office())))) {
			throw DomainException.forbidden("budgeting.paper.no-access");
		}
		return batch;
	}

	/** Every sheet of the batch with its entries, in sheet order. */
	@Transactional(readOnly = true)
	public List<PaperSheet> sheets(long pbId, long batchId, CurrentAccount account) {
		PaperBatch batch = batch(pbId, batchId, account);
		return sheets(batch);
	}

	/**
	 * Enters one sheet in one pass (1 or 2), replacing that pass's earlier entry while the batch is open. The
	 * other pass must be someone else's (INVALID {@code budgeting.paper.same-clerk}); a valid sheet must follow
	 * the ballot's rules (else the rule's INVALID code: mark the sheet invalid if it is so).
	 */
	public void enter(long pbId, long batchId, int sheet, int pass, BallotChoice choice, boolean invalid,
			CurrentAccount account) {
		PaperBatch batch = lockOpen(pbId, batchId, account);
		if (sheet < 1 || sheet > batch.sheets()) {
			throw DomainException.invalid("budgeting.paper.sheet-out-of-range", batch.sheets());
		}
		if (pass != 1 && pass != 2) {
			throw DomainException.invalid("budgeting.paper.pass-invalid");
		}
		String other = jdbc.sql("SELECT entered_by FROM pb_paper_entry WHERE batch_id = ? AND sheet = ? AND pass = ?")
			.params(batchId, sheet, 3 - pass).query(String.class).optional().orElse(null);
		if (account.principal().equals(other)) {
			throw DomainException.invalid("budgeting.paper.same-clerk", sheet);
		}
		String projects = "";
		String points = null;
		if (!invalid) {
			BallotCheck check = box.check(batch.budgetId(), choice);
			check.requireValid();
			projects = BallotBox.join(check.canonical().projects());
			points = BallotBox.points(check.canonical());
		}
		jdbc.sql("DELETE FROM pb_paper_entry WHERE batch_id = ? AND sheet = ? AND pass = ?").params(batchId, sheet, pass)
			.update();
		try {
			jdbc.sql("INSERT INTO pb_paper_entry (batch_id, sheet, pass, entered_by, projects, points, invalid, entered_at)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(batchId, sheet, pass, account.principal(), projects, points, invalid, OffsetDateTime.now(clock))
				.update();
		}
		catch (DuplicateKeyException e) {
			throw DomainException.conflict("budgeting.paper.changed-meanwhile");
		}
	}

	/**
	 * Counts the batch: refused (INVALID {@code budgeting.paper.not-ready}, with the missing and mismatched
	 * sheet counts) unless every sheet has two agreeing entries. Then its valid sheets become ballots and the
	 * batch RECONCILED, all in one transaction, and the act is audited. Returns the batch as reconciled.
	 */
	public PaperBatch reconcile(long pbId, long batchId, CurrentAccount account, Actor actor) {
		PaperBatch batch = lockOpen(pbId, batchId, account);
		List<PaperSheet> sheets = sheets(batch);
		long missing = sheets.stream().filter(s -> !s.complete()).count();
		long mismatched = sheets.stream().filter(PaperSheet::mismatch).count();
		if (missing > 0 || mismatched > 0) {
			throw DomainException.invalid("budgeting.paper.not-ready", missing, mismatched);
		}
		int valid = 0;
		int invalid = 0;
		for (PaperSheet sheet : sheets) {
			if (sheet.first().invalid()) {
				invalid++;
				continue;
			}
			List<Long> projects = java.util.Arrays.stream(sheet.first().projects().split(",")).map(Long::valueOf).toList();
			List<Integer> points = sheet.first().points() == null ? List.of()
					: java.util.Arrays.stream(sheet.first().points().split(",")).map(Integer::valueOf).toList();
			box.insertBallot(batch.budgetId(), Receipts.hash(Receipts.newReceipt()), "PAPER",
					new BallotChoice(projects, points), batchId);
			valid++;
		}
		jdbc.sql("UPDATE pb_paper_batch SET state = 'RECONCILED', valid_count = ?, invalid_count = ?, reconciled_by = ?,"
				+ " reconciled_at = ? WHERE id = ? AND state = 'OPEN'")
			.params(valid, invalid, account.principal(), OffsetDateTime.now(clock), batchId).update();
		audit(batch.budgetId(), "paper-reconciled",
				"batch " + batchId + " (" + batch.label() + "): " + valid + " ballots, " + invalid + " invalid", actor);
		return batch(pbId, batchId, account);
	}

	private PaperBatch lockOpen(long pbId, long batchId, CurrentAccount account) {
		PaperBatch batch = batch(pbId, batchId, account);
		BallotBox.requireVoting(store.get(pbId));
		// one writer per batch at a time: entries and reconciliation never interleave
		jdbc.sql("SELECT id FROM pb_paper_batch WHERE id = ? FOR UPDATE").param(batchId).query(Long.class).single();
		String state = jdbc.sql("SELECT state FROM pb_paper_batch WHERE id = ?").param(batchId).query(String.class).single();
		if (!"OPEN".equals(state)) {
			throw DomainException.conflict("budgeting.paper.reconciled");
		}
		return batch;
	}

	private List<PaperSheet> sheets(PaperBatch batch) {
		Map<Integer, PaperSheet.Entry[]> entries = new TreeMap<>();
		for (int s = 1; s <= batch.sheets(); s++) {
			entries.put(s, new PaperSheet.Entry[2]);
		}
		jdbc.sql("SELECT sheet, pass, entered_by, projects, points, invalid FROM pb_paper_entry WHERE batch_id = ?")
			.param(batch.id())
			.query(rs -> {
				PaperSheet.Entry[] pair = entries.get(rs.getInt(1));
				if (pair != null) {
					pair[rs.getInt(2) - 1] = new PaperSheet.Entry(rs.getInt(2), rs.getString(3), rs.getString(4),
							rs.getString(5), rs.getBoolean(6));
				}
			});
		List<PaperSheet> out = new ArrayList<>();
		entries.forEach((sheet, pair) -> out.add(new PaperSheet(sheet, pair[0], pair[1])));
		return out;
	}

	private boolean administers(CurrentAccount account, ParticipatoryBudgetView pb) {
		return authorization.may(account, Permission.ADMINISTER_SPACE, ResourceRef.of("process", pb.processId()));
	}

	private void requireAccess(CurrentAccount account, ParticipatoryBudgetView pb) {
		if (!mayEnter(account, pb)) {
			throw DomainException.forbidden("budgeting.paper.no-access");
		}
	}

	private void audit(long budgetId, String change, String summary, Actor actor) {
		events.publishEvent(new BudgetingChanged(ResourceRef.of("pb-budget", budgetId), change, summary, actor,
				Instant.now(clock)));
	}

	static final String BATCH = "SELECT id, budget_id, label, sheets, office, state, valid_count, invalid_count,"
			+ " created_by, created_at, reconciled_by, reconciled_at FROM pb_paper_batch";

	static PaperBatch readBatch(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new PaperBatch(rs.getLong("id"), rs.getLong("budget_id"), rs.getString("label"), rs.getInt("sheets"),
				rs.getString("office"), rs.getString("state"), rs.getObject("valid_count", Integer.class),
				rs.getObject("invalid_count", Integer.class), rs.getString("created_by"), PbStore.instant(rs, "created_at"),
				rs.getString("reconciled_by"), PbStore.instant(rs, "reconciled_at"));
	}
}
