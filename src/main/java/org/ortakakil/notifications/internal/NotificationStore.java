package org.ortakakil.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ortakakil.shared.ResourceRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;

/**
 * A person's notifications: pages by cursor (unread first, or newest first), the unread count for the
 * header, marking read. Every query is bounded by the recipient's index.
 */
@Component
public class NotificationStore {

	/** The unread count stops counting here; the header shows 99+. */
	public static final int UNREAD_CAP = 100;

	static final String COLUMNS = "id, recipient, kind, resource_type, resource_id, params, created_at, read_at";

	/** One page and the cursor of the next (null on the last). */
	public record Page(List<Notification> items, String next) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	NotificationStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Unread notifications of the recipient, counted up to {@link #UNREAD_CAP}. */
	@Transactional(readOnly = true)
	public int unread(String recipient) {
		return jdbc.sql("SELECT COUNT(*) FROM (SELECT id FROM notification WHERE recipient = ? AND read_at IS NULL"
				+ " FETCH FIRST " + UNREAD_CAP + " ROWS ONLY) u").param(recipient).query(Integer.class).single();
	}

	/**
	 * A page of the recipient's notifications. With {@code unreadFirst} the unread ones come first, newest
	 * first, then the read ones; otherwise all, newest first. The cursor is what the previous page returned.
	 */
	@Transactional(readOnly = true)
	public Page page(String recipient, boolean unreadFirst, String cursor, int size) {
		char phase = unreadFirst ? 'u' : 'd';
		long after = Long.MAX_VALUE;
		if (cursor != null && cursor.length() > 1 && "udr".indexOf(cursor.charAt(0)) >= 0) {
			try {
				after = Long.parseLong(cursor.substring(1));
				phase = cursor.charAt(0);
			}
			catch (NumberFormatException e) {
				// an invalid cursor starts from the top
			}
		}
		List<Notification> items = new ArrayList<>(select(recipient, phase, after, size + 1));
		if (phase == 'u' && items.size() <= size) {
			List<Notification> read = select(recipient, 'r', Long.MAX_VALUE, size + 1 - items.size());
			if (!read.isEmpty()) {
				items.addAll(read);
				if (items.size() <= size) {
					return new Page(items, null);
				}
				items = items.subList(0, size);
				return new Page(items, "r" + items.get(size - 1).id());
			}
		}
		if (items.size() <= size) {
			return new Page(items, null);
		}
		items = items.subList(0, size);
		Notification last = items.get(size - 1);
		return new Page(items, (phase == 'u' ? "u" : phase == 'r' ? "r" : "d") + last.id());
	}

	private List<Notification> select(String recipient, char phase, long after, int limit) {
		String filter = phase == 'u' ? " AND read_at IS NULL" : phase == 'r' ? " AND read_at IS NOT NULL" : "";
		return jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE recipient = ? AND id < ?" + filter
				+ " ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY").params(recipient, after)
			.query(NotificationStore::map).list();
	}

	@Transactional(readOnly = true)
	public Optional<Notification> find(long id, String recipient) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE id = ? AND recipient = ?")
			.params(id, recipient).query(NotificationStore::map).optional();
	}

	@Transactional
	public void markRead(long id, String recipient) {
		jdbc.sql("UPDATE notification SET read_at = ? WHERE id = ? AND recipient = ? AND read_at IS NULL")
			.params(Timestamp.from(clock.instant()), id, recipient).update();
	}

	@Transactional
	public int markAllRead(String recipient) {
		return jdbc.sql("UPDATE notification SET read_at = ? WHERE recipient = ? AND read_at IS NULL")
			.params(Timestamp.from(clock.instant()), recipient).update();
	}

	static Notification map(ResultSet rs, int row) throws SQLException {
		Timestamp read = rs.getTimestamp(8);
		return new Notification(rs.getLong(1), rs.getString(2), NotificationKind.valueOf(rs.getString(3)),
				new ResourceRef(rs.getString(4), rs.getString(5)), params(rs.getString(6)),
				rs.getTimestamp(7).toInstant(), read == null ? null : read.toInstant());
	}

	static Map<String, String> params(String json) {
		return Fanout.JSON.readValue(json, new TypeReference<Map<String, String>>() {
		});
	}
}
