package org.ortakakil.budgeting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the cast ballots of a budget as the anonymous list publishes them: in the order of their receipt
 * hashes, which says nothing of who voted when. Streams, so a million ballots are never held at once.
 */
@Component
public class BallotReader {

	/**
	 * One ballot as cast: its receipt hash, channel (WEB, OFFICE, PAPER), the project ids (in rank order for
	 * ORDINAL ballots) and, for CUMULATIVE ballots, the points in the same order (else empty).
	 */
	public record CastBallot(String receiptHash, String channel, List<Long> projects, List<Integer> points) {
	}

	private final JdbcClient jdbc;

	BallotReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long count(long budgetId) {
		return jdbc.sql("SELECT COUNT(*) FROM pb_ballot WHERE budget_id = ?").param(budgetId).query(Long.class).single();
	}

	public void forEach(long budgetId, Consumer<CastBallot> each) {
		jdbc.sql("SELECT receipt_hash, channel, projects, points FROM pb_ballot WHERE budget_id = ? ORDER BY receipt_hash")
			.param(budgetId)
			.withFetchSize(10_000)
			.query(rs -> {
				each.accept(new CastBallot(rs.getString(1), rs.getString(2), longs(rs.getString(3)), ints(rs.getString(4))));
			});
	}

	static List<Long> longs(String joined) {
		List<Long> out = new ArrayList<>();
		if (joined != null && !joined.isBlank()) {
			for (String part : joined.split(",")) {
				out.add(Long.valueOf(part.trim()));
			}
		}
		return out;
	}

	static List<Integer> ints(String joined) {
		List<Integer> out = new ArrayList<>();
		if (joined != null && !joined.isBlank()) {
			for (String part : joined.split(",")) {
				out.add(Integer.valueOf(part.trim()));
			}
		}
		return out;
	}
}
