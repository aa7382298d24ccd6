package org.ortakakil.comments.internal;

import java.util.Map;

import org.ortakakil.platform.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** One's comments and votes in the download of one's data; erasure keeps the comments without the name. */
@Component
class CommentsPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	CommentsPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "comments";
	}

	@Override
	@Transactional(readOnly = true)
	public Object export(long accountId, String principal) {
		return Map.of("comments", jdbc.sql("SELECT id, target_type, target_id, alignment, body, created_at FROM comment"
				+ " WHERE author = ? AND deleted = FALSE ORDER BY created_at")
			.param(principal)
			.query((rs, i) -> Map.of("id", rs.getLong(1), "on", rs.getString(2) + ":" + rs.getString(3),
					"alignment", rs.getString(4), "body", rs.getString(5),
					"createdAt", rs.getTimestamp(6).toInstant().toString()))
			.list(),
				"votes", jdbc.sql("SELECT comment_id, vote FROM comment_vote WHERE voter = ?")
					.param(principal)
					.query((rs, i) -> Map.of("comment", rs.getLong(1), "vote", rs.getInt(2)))
					.list());
	}

	@Override
	@Transactional
	public void erase(long accountId, String principal) {
		jdbc.sql("UPDATE comment SET author_name = NULL WHERE author = ?").param(principal).update();
	}
}
