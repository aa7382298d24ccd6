package org.ortakakil.moderation.internal;

import org.ortakakil.moderation.Blocks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Blocked accounts, one row each in {@code moderation_block}; asked by primary key on every write elsewhere. */
@Component
class JdbcBlocks implements Blocks {

	private final JdbcClient jdbc;

	JdbcBlocks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean isBlocked(String principal) {
		if (principal == null) {
			return false;
		}
		return jdbc.sql("SELECT COUNT(*) FROM moderation_block WHERE principal = ?").param(principal)
			.query(Integer.class).single() > 0;
	}
}
