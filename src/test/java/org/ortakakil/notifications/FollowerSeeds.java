package org.ortakakil.notifications;

import java.sql.Timestamp;
import java.time.Instant;

import org.ortakakil.shared.ResourceRef;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many followers of one resource in one statement (H2 and PostgreSQL alike): principals prefix0,
 * prefix1, … made by crossing six tables of ten digits.
 */
public final class FollowerSeeds {

	private FollowerSeeds() {
	}

	public static int seed(JdbcClient jdbc, ResourceRef resource, String prefix, int count) {
		String digits = "(VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9))";
		return jdbc.sql("INSERT INTO follow (principal, resource_type, resource_id, created_at)"
				+ " SELECT CONCAT(?, CAST(n AS VARCHAR(10))), ?, ?, ? FROM (SELECT a.d * 100000 + b.d * 10000 + c.d * 1000"
				+ " + e.d * 100 + f.d * 10 + g.d AS n FROM " + digits + " a(d) CROSS JOIN " + digits + " b(d) CROSS JOIN "
				+ digits + " c(d) CROSS JOIN " + digits + " e(d) CROSS JOIN " + digits + " f(d) CROSS JOIN " + digits
				+ " g(d)) numbers WHERE n < ?")
			.params(prefix, resource.type(), resource.id(), Timestamp.from(Instant.now()), count).update();
	}
}
