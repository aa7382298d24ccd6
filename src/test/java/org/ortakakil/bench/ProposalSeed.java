package org.ortakakil.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The data generator of the proposals benchmark: fills a board with {@code proposals} published proposals
 * and {@code supports} supports (at most proposals × 10,000 of them) in a few set-based statements, on H2
 * or PostgreSQL; the counters in the proposal rows are set to match. Usable alone:
 * {@code java -cp ... org.ortakakil.bench.ProposalSeed <jdbc-url> <user> <password> <board-id> [proposals] [supports]}
 * (the board must exist: open it on its space's page first).
 */
public final class ProposalSeed {

	private ProposalSeed() {
	}

	public static void main(String[] args) throws SQLException {
		if (args.length < 4) {
			System.err.println("usage: ProposalSeed <jdbc-url> <user> <password> <board-id> [proposals] [supports]");
			System.exit(2);
		}
		try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
			DataSource single = new SingleConnectionDataSource(connection, true);
			long started = System.nanoTime();
			seed(JdbcClient.create(single), postgres(connection), Long.parseLong(args[3]),
					args.length > 4 ? Integer.parseInt(args[4]) : 100_000,
					args.length > 5 ? Integer.parseInt(args[5]) : 1_000_000);
			System.out.printf("seeded in %.1f s%n", (System.nanoTime() - started) / 1e9);
		}
	}

	static boolean postgres(Connection connection) throws SQLException {
		return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
	}

	/** Seeds the board; returns the id of its first new proposal (they are consecutive). */
	public static long seed(JdbcClient jdbc, boolean postgres, long boardId, int proposals, int supports) {
		String range = postgres ? "generate_series(1, %d) AS r(x)" : "SYSTEM_RANGE(1, %d) AS r(x)";
		String x = "r.x";
		String published = postgres ? "now() - " + x + " * interval '1 second'" : "DATEADD('SECOND', -" + x + ", CURRENT_TIMESTAMP)";
		long before = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM proposal").query(Long.class).single();
		String title = "CASE MOD(" + x + ", 5) WHEN 0 THEN 'Sokak aydınlatması ' WHEN 1 THEN 'Parka çeşme ' WHEN 2"
				+ " THEN 'Otobüs durağına saçak ' WHEN 3 THEN 'Bisiklet yolu ' ELSE 'Afet toplanma alanı ' END || "
				+ "CAST(" + x + " AS VARCHAR)";
		String folded = "CASE MOD(" + x + ", 5) WHEN 0 THEN 'sokak aydinlatmasi ' WHEN 1 THEN 'parka cesme ' WHEN 2"
				+ " THEN 'otobus duragina sacak ' WHEN 3 THEN 'bisiklet yolu ' ELSE 'afet toplanma alani ' END || "
				+ "CAST(" + x + " AS VARCHAR)";
		jdbc.sql("INSERT INTO proposal (board_id, title, title_folded, body, body_html, language, topic, sdgs, scope_type,"
				+ " author, channel, state, support_count, created_at, published_at, updated_at) SELECT " + boardId + ", "
				+ title + ", " + folded + ", 'Mahallemiz için **önemli** bir ihtiyaç.', '<p>Mahallemiz için"
				+ " <strong>önemli</strong> bir ihtiyaç.</p>', 'tr', CASE MOD(" + x + ", 3) WHEN 0 THEN 'environment'"
				+ " WHEN 1 THEN 'transport' ELSE 'infrastructure' END, '11', CASE WHEN MOD(" + x + ", 2) = 0 THEN"
				+ " 'DISTRICTS' ELSE 'CITY' END, 'seed-' || CAST(MOD(" + x + ", 5000) AS VARCHAR), 'WEB', 'PUBLISHED', 0, "
				+ published + ", " + published + ", " + published + " FROM " + range.formatted(proposals)).update();
		jdbc.sql("INSERT INTO proposal_district (proposal_id, district_id) SELECT id, 1421 FROM proposal"
				+ " WHERE board_id = ? AND id > ? AND scope_type = 'DISTRICTS'").params(boardId, before).update();
		long first = jdbc.sql("SELECT MIN(id) FROM proposal WHERE board_id = ? AND id > ?").params(boardId, before)
			.query(Long.class).single();
		// support x goes to proposal first + x mod n from resident x div n: no pair twice
		jdbc.sql("INSERT INTO proposal_support (proposal_id, principal, channel, created_at) SELECT " + first + " + MOD("
				+ x + ", " + proposals + "), 'seed-r' || CAST(" + x + " / " + proposals + " AS VARCHAR), 'WEB', "
				+ published + " FROM " + range.formatted(supports)).update();
		jdbc.sql("UPDATE proposal SET support_count = (SELECT COUNT(*) FROM proposal_support s WHERE s.proposal_id ="
				+ " proposal.id) WHERE board_id = ? AND id >= ?").params(boardId, first).update();
		jdbc.sql("INSERT INTO proposal_supporter (board_id, principal, supports) SELECT ?, principal, COUNT(*)"
				+ " FROM proposal_support WHERE proposal_id >= ? AND principal LIKE 'seed-r%' GROUP BY principal")
			.params(boardId, first).update();
		if (postgres) {
			// what autovacuum does within a minute of a bulk load: without it the planner still estimates the
			// tables as nearly empty, and the filtered lists sort the whole board
			jdbc.sql("ANALYZE proposal, proposal_district, proposal_support, proposal_supporter").update();
		}
		return first;
	}
}
