package org.ortakakil.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.ortakakil.notifications.Follows;
import org.ortakakil.shared.ResourceRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Follows kept in {@code follow}, one row per principal and resource; following twice changes nothing. */
@Component
public class FollowStore implements Follows {

	/** The most follows one page lists. */
	static final int LIST_LIMIT = 500;

	private final JdbcClient jdbc;
	private final Clock clock;

	FollowStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void follow(String principal, ResourceRef resource) {
		jdbc.sql("INSERT INTO follow (principal, resource_type, resource_id, created_at) VALUES (?, ?, ?, ?)"
				+ " ON CONFLICT DO NOTHING")
			.params(principal, resource.type(), resource.id(), Timestamp.from(clock.instant())).update();
	}

	@Override
	@Transactional
	public void unfollow(String principal, ResourceRef resource) {
		jdbc.sql("DELETE FROM follow WHERE principal = ? AND resource_type = ? AND resource_id = ?")
			.params(principal, resource.type(), resource.id()).update();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean follows(String principal, ResourceRef resource) {
		return principal != null && jdbc.sql("SELECT COUNT(*) FROM follow WHERE principal = ? AND resource_type = ?"
				+ " AND resource_id = ?").params(principal, resource.type(), resource.id()).query(Long.class).single() > 0;
	}

	/** What the principal follows, the newest first. */
	@Transactional(readOnly = true)
	public List<ResourceRef> of(String principal) {
		return jdbc.sql("SELECT resource_type, resource_id FROM follow WHERE principal = ? ORDER BY created_at DESC"
				+ " FETCH FIRST " + LIST_LIMIT + " ROWS ONLY").param(principal)
			.query((rs, i) -> new ResourceRef(rs.getString(1), rs.getString(2))).list();
	}
}
