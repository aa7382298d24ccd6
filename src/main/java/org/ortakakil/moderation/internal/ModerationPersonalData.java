package org.ortakakil.moderation.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ortakakil.platform.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What moderation holds about an account: the reports it made, whether it is blocked, and reports about
 * it as a user. Erasing keeps each report it made, so counts stay right, but without the person or the
 * note; the block and the reports about the person go.
 */
@Component
class ModerationPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	ModerationPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "moderation";
	}

	@Override
	@Transactional(readOnly = true)
	public Object export(long accountId, String principal) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("reports", jdbc.sql("SELECT resource_type, resource_id, reason, note, created_at FROM moderation_report"
				+ " WHERE reporter = ? ORDER BY id").param(principal)
			.query((rs, i) -> {
				Map<String, Object> report = new LinkedHashMap<>();
				report.put("resource", rs.getString(1) + ":" + rs.getString(2));
				report.put("reason", rs.getString(3));
				report.put("note", rs.getString(4));
				report.put("createdAt", rs.getTimestamp(5).toInstant().toString());
				return report;
			}).list());
		data.put("blocked", jdbc.sql("SELECT reason, note, blocked_at FROM moderation_block WHERE principal = ?")
			.param(principal)
			.query((rs, i) -> {
				Map<String, Object> block = new LinkedHashMap<>();
				block.put("reason", rs.getString(1));
				block.put("note", rs.getString(2));
				block.put("blockedAt", rs.getTimestamp(3).toInstant().toString());
				return block;
			}).optional().orElse(null));
		return data;
	}

	@Override
	@Transactional
	public void erase(long accountId, String principal) {
		jdbc.sql("UPDATE moderation_report SET reporter = 'erased:' || CAST(id AS VARCHAR(20)), note = NULL"
				+ " WHERE reporter = ?").param(principal).update();
		jdbc.sql("DELETE FROM moderation_block WHERE principal = ?").param(principal).update();
		jdbc.sql("DELETE FROM moderation_report WHERE resource_type = 'user' AND resource_id = ?").param(principal).update();
		jdbc.sql("DELETE FROM moderation_item WHERE resource_type = 'user' AND resource_id = ?").param(principal).update();
		jdbc.sql("UPDATE moderation_item SET author = NULL WHERE author = ?").param(principal).update();
	}
}
