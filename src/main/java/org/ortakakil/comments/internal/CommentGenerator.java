package org.ortakakil.comments.internal;

import java.time.OffsetDateTime;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds comments for benchmarks and demonstrations with a few set-based statements (no row by row): half of
 * them top-level, spread over the targets, a quarter replies to every other top-level comment and a quarter
 * replies to those replies; then the counters. Runs on H2 and PostgreSQL.
 */
@Component
public class CommentGenerator {

	private final JdbcClient jdbc;
	private final boolean postgresql;

	CommentGenerator(JdbcClient jdbc, DataSource dataSource) throws Exception {
		this.jdbc = jdbc;
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, m -> m.getDatabaseProductName());
		this.postgresql = product.toLowerCase(java.util.Locale.ROOT).contains("postgres");
	}

	/**
	 * About {@code comments} comments on the targets {@code type:firstId} to {@code type:(firstId + targets - 1)},
	 * which must have none yet; the oldest written at {@code from}, one a second after.
	 */
	@Transactional
	public void seed(String type, long firstId, int targets, int comments, OffsetDateTime from) {
		long before = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM comment").query(Long.class).single();
		int top = Math.max(1, comments / 2);
		jdbc.sql("INSERT INTO comment (target_type, target_id, depth, author, author_name, alignment, body, up_votes,"
				+ " down_votes, created_at) SELECT ?, CAST(? + MOD(x, ?) AS VARCHAR(100)), 0, CONCAT('bench', MOD(x, 5000)),"
				+ " CONCAT('Sakin ', MOD(x, 5000)), CASE MOD(x, 3) WHEN 0 THEN 'FOR' WHEN 1 THEN 'AGAINST' ELSE 'NEUTRAL' END,"
				+ " CONCAT('Yorum ', x, ': parka daha çok ağaç ve bank gerek.'), MOD(x, 7), MOD(x, 3),"
				+ " CAST(? AS TIMESTAMP WITH TIME ZONE) + x * INTERVAL '1' SECOND FROM " + range(top))
			.params(type, firstId, targets, from)
			.update();
		// replies to every other top-level comment, then to each of those replies, a minute later each
		jdbc.sql("INSERT INTO comment (target_type, target_id, parent_id, root_id, depth, author, author_name, alignment,"
				+ " body, created_at) SELECT target_type, target_id, id, id, 1, CONCAT('bench', MOD(id + 1, 5000)),"
				+ " CONCAT('Sakin ', MOD(id + 1, 5000)), 'NEUTRAL', 'Katılıyorum, özellikle akşamları.',"
				+ " created_at + INTERVAL '1' MINUTE FROM comment WHERE id > ? AND depth = 0 AND MOD(id, 2) = 0")
			.param(before)
			.update();
		jdbc.sql("INSERT INTO comment (target_type, target_id, parent_id, root_id, depth, author, author_name, alignment,"
				+ " body, created_at) SELECT target_type, target_id, id, root_id, 2, CONCAT('bench', MOD(id + 2, 5000)),"
				+ " CONCAT('Sakin ', MOD(id + 2, 5000)), 'AGAINST', 'Bence önce aydınlatma.',"
				+ " created_at + INTERVAL '1' MINUTE FROM comment WHERE id > ? AND depth = 1")
			.param(before)
			.update();
		jdbc.sql("UPDATE comment SET reply_count = (SELECT COUNT(*) FROM comment r WHERE r.root_id = comment.id)"
				+ " WHERE id > ? AND depth = 0 AND MOD(id, 2) = 0")
			.param(before)
			.update();
		jdbc.sql("INSERT INTO comment_target (target_type, target_id, comments) SELECT target_type, target_id, COUNT(*)"
				+ " FROM comment WHERE id > ? GROUP BY target_type, target_id")
			.param(before)
			.update();
		if (postgresql) {
			// fresh statistics, or the planner keeps estimating the seeded threads from an empty table
			jdbc.sql("ANALYZE comment").update();
		}
	}

	private String range(int n) {
		return postgresql ? "generate_series(1, " + n + ") AS g(x)" : "(SELECT \"X\" AS x FROM SYSTEM_RANGE(1, " + n + ")) g";
	}
}
