package org.ortakakil.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ortakakil.shared.ResourceRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one event into notifications with one INSERT … SELECT: the followers of each of the event's
 * resources, one part of a UNION each (which keeps once those who follow several of them; within one part
 * the primary key of follow already does), with the recipient's mail mode joined from
 * notification_preference. However many followers, one statement and no job per recipient. An event
 * already fanned out (same event key, redelivered by the event publication registry) writes nothing.
 */
@Component
public class Fanout {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;
	private final Clock clock;

	Fanout(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Writes the notifications of one event; returns how many were written. */
	@Transactional
	public int notify(String eventKey, NotificationKind kind, ResourceRef resource, Map<String, String> params,
			Audience audience) {
		List<String> sources = new ArrayList<>();
		List<Object> args = new ArrayList<>();
		args.add(kind.name());
		args.add(resource.type());
		args.add(resource.id());
		args.add(JSON.writeValueAsString(params));
		args.add(eventKey);
		args.add(Timestamp.from(clock.instant()));
		for (ResourceRef followed : audience.followed()) {
			sources.add("SELECT principal FROM follow WHERE resource_type = ? AND resource_id = ?");
			args.add(followed.type());
			args.add(followed.id());
		}
		for (String principal : audience.alsoTo()) {
			sources.add("SELECT CAST(? AS VARCHAR(200)) AS principal");
			args.add(principal);
		}
		if (sources.isEmpty()) {
			return 0;
		}
		String sql = "INSERT INTO notification (recipient, kind, resource_type, resource_id, params, event_key,"
				+ " created_at, mail) SELECT r.principal, ?, ?, ?, ?, ?, ?, COALESCE(p.mode, 'IMMEDIATE')"
				+ " FROM (" + String.join(" UNION ", sources) + ") r"
				+ " LEFT JOIN notification_preference p ON p.principal = r.principal"
				+ " WHERE NOT EXISTS (SELECT 1 FROM notification e WHERE e.event_key = ?)";
		args.add(eventKey);
		if (audience.except() != null) {
			sql += " AND r.principal <> ?";
			args.add(audience.except());
		}
		return jdbc.sql(sql).params(args).update();
	}

	/** The notifications of this event stay in the centre only: someone else already mailed the recipients. */
	public void inAppOnly(String eventKey) {
		jdbc.sql("UPDATE notification SET mail = 'NONE' WHERE event_key = ? AND mailed_at IS NULL").param(eventKey).update();
	}
}
