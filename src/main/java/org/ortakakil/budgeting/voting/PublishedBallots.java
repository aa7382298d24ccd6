package org.ortakakil.budgeting.voting;

import java.util.List;
import java.util.Optional;

import org.ortakakil.budgeting.ParticipatoryBudgetView;
import org.ortakakil.budgeting.internal.PbStore;
import org.ortakakil.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The anonymous ballot list of a budget, published once voting has closed: ballots in the order of their
 * receipt hashes (which says nothing of who voted or when), a page at a time after a cursor, and the one
 * ballot whose receipt a voter types in.
 */
@Service
public class PublishedBallots {

	/** A ballot as published: its receipt hash, channel, projects (rank order for ORDINAL) and points. */
	public record Published(String receiptHash, String channel, List<Long> projects, List<Integer> points) {

		public String shortHash() {
			return Receipts.shortHash(receiptHash);
		}
	}

	/** One page of the list; {@code next} is the cursor of the following page, null on the last. */
	public record Page(List<Published> ballots, String next) {
	}

	private final JdbcClient jdbc;
	private final PbStore store;

	PublishedBallots(JdbcClient jdbc, PbStore store) {
		this.jdbc = jdbc;
		this.store = store;
	}

	/** The page of ballots after the cursor (a receipt hash; null: from the start). */
	public Page page(long pbId, long budgetId, String after, int size) {
		requirePublished(pbId, budgetId);
		String cursor = after == null || !after.matches("[0-9a-f]{1,64}") ? "" : after;
		List<Published> rows = jdbc.sql("SELECT receipt_hash, channel, projects, points FROM pb_ballot"
				+ " WHERE budget_id = ? AND receipt_hash > ? ORDER BY receipt_hash FETCH FIRST ? ROWS ONLY")
			.params(budgetId, cursor, size + 1).query((rs, n) -> read(rs)).list();
		if (rows.size() > size) {
			return new Page(rows.subList(0, size), rows.get(size - 1).receiptHash());
		}
		return new Page(rows, null);
	}

	/** The ballot cast with this receipt, as cast; empty when no ballot of the budget has it. */
	public Optional<Published> find(long pbId, long budgetId, String receipt) {
		requirePublished(pbId, budgetId);
		if (!Receipts.wellFormed(receipt)) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT receipt_hash, channel, projects, points FROM pb_ballot WHERE budget_id = ? AND receipt_hash = ?")
			.params(budgetId, Receipts.hash(receipt)).query((rs, n) -> read(rs)).optional();
	}

	private void requirePublished(long pbId, long budgetId) {
		ParticipatoryBudgetView pb = store.get(pbId);
		BallotBox.budgetOf(pb, budgetId);
		if (!pb.stage().resultsPublished()) {
			throw DomainException.forbidden("budgeting.vote.list-after-close");
		}
	}

	private static Published read(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Published(rs.getString(1), rs.getString(2), longs(rs.getString(3)), ints(rs.getString(4)));
	}

	static List<Long> longs(String joined) {
		return joined == null || joined.isBlank() ? List.of()
				: java.util.Arrays.stream(joined.split(",")).map(String::trim).map(Long::valueOf).toList();
	}

	static List<Integer> ints(String joined) {
		return joined == null || joined.isBlank() ? List.of()
				: java.util.Arrays.stream(joined.split(",")).map(String::trim).map(Integer::valueOf).toList();
	}
}
