package org.ortakakil.notifications.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ortakakil.platform.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What notifications hold about an account: its follows, its notifications and its mail setting. */
@Component
class NotificationsPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	NotificationsPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "notifications";
	}

	@Override
	@Transactional(readOnly = true)
	public Object export(long accountId, String principal) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("follows", jdbc.sql("SELECT resource_type, resource_id, created_at FROM follow WHERE principal = ?"
				+ " ORDER BY created_at").param(principal)
			.query((rs, i) -> Map.of("resource", rs.getString(1) + ":" + rs.getString(2),
					"since", rs.getTimestamp(3).toInstant().toString()))
			.list());
		data.put("mail", jdbc.sql("SELECT mode FROM notification_preference WHERE principal = ?").param(principal)
			.query(String.class).optional().orElse("IMMEDIATE"));
		data.put("notifications", jdbc.sql("SELECT kind, resource_type, resource_id, params, created_at, read_at"
				+ " FROM notification WHERE recipient = ? ORDER BY id").param(principal)
			.query((rs, i) -> {
				Map<String, Object> n = new LinkedHashMap<>();
				n.put("kind", rs.getString(1));
				n.put("resource", rs.getString(2) + ":" + rs.getString(3));
				n.put("params", NotificationStore.params(rs.getString(4)));
				n.put("at", rs.getTimestamp(5).toInstant().toString());
				n.put("read", rs.getTimestamp(6) != null);
				return n;
			})
			.list());
		return data;
	}

	@Override
	@Transactional
	public void erase(long accountId, String principal) {
		jdbc.sql("DELETE FROM follow WHERE principal = ?").param(principal).update();
		jdbc.sql("DELETE FROM notification WHERE recipient = ?").param(principal).update();
		jdbc.sql("DELETE FROM notification_preference WHERE principal = ?").param(principal).update();
	}
}
