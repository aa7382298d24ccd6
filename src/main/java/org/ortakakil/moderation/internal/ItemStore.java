package org.ortakakil.moderation.internal;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.ortakakil.moderation.ModeratedContent.Content;
import org.ortakakil.shared.ResourceRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows of {@code moderation_item} and {@code moderation_report}: a snapshot of each reported resource
 * as moderators see it, and its open (not yet handled) reports. Writing the snapshot locks the item's
 * row, so the acts on one resource happen one after the other.
 */
@Component
class ItemStore {

	static final int EXCERPT_MAX = 400;

	/** The moderation state of one resource. */
	record State(int openReports, boolean pending, boolean hidden, boolean autoHidden) {
	}

	private final JdbcClient jdbc;

	ItemStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Creates or refreshes the resource's row and locks it until the transaction ends; returns its state. */
	State lock(Content content, OffsetDateTime now) {
		ResourceRef ref = content.resource();
		String excerpt = excerpt(content.excerpt());
		String spaceType = content.space() == null ? null : content.space().type();
		String spaceId = content.space() == null ? null : content.space().id();
		jdbc.sql("INSERT INTO moderation_item (resource_type, resource_id, space_type, space_id, author, excerpt, path,"
				+ " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
			.params(ref.type(), ref.id(), spaceType, spaceId, content.author(), excerpt, content.path(), now).update();
		jdbc.sql("UPDATE moderation_item SET space_type = ?, space_id = ?, author = ?, excerpt = ?, path = ?"
				+ " WHERE resource_type = ? AND resource_id = ?")
			.params(spaceType, spaceId, content.author(), excerpt, content.path(), ref.type(), ref.id()).update();
		return state(ref).orElseThrow();
	}

	Optional<State> state(ResourceRef ref) {
		return jdbc.sql("SELECT open_reports, pending, hidden, auto_hidden FROM moderation_item"
				+ " WHERE resource_type = ? AND resource_id = ?")
			.params(ref.type(), ref.id())
			.query((rs, n) -> new State(rs.getInt(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4)))
			.optional();
	}

	/** Stores the report unless this person reported the resource before; says whether it is new. */
	boolean addReport(ResourceRef ref, String reporter, Reason reason, String note, OffsetDateTime now) {
		int added = jdbc.sql("INSERT INTO moderation_report (resource_type, resource_id, reporter, reason, note,"
				+ " created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
			.params(ref.type(), ref.id(), reporter, reason.name(), note, now).update();
		if (added == 0) {
			return false;
		}
		jdbc.sql("UPDATE moderation_item SET open_reports = open_reports + 1, pending = TRUE, updated_at = ?"
				+ " WHERE resource_type = ? AND resource_id = ?")
			.params(now, ref.type(), ref.id()).update();
		return true;
	}

	/** The reason given most often in the open reports (ties: in the order of {@link Reason}). */
	Optional<Reason> mostFrequentReason(ResourceRef ref) {
		return jdbc.sql("SELECT reason FROM moderation_report WHERE resource_type = ? AND resource_id = ?"
				+ " AND handled = FALSE GROUP BY reason ORDER BY COUNT(*) DESC,"
				+ " CASE reason WHEN 'SPAM' THEN 0 WHEN 'OFFENSIVE' THEN 1 ELSE 2 END FETCH FIRST 1 ROWS ONLY")
			.params(ref.type(), ref.id()).query(String.class).optional().map(Reason::valueOf);
	}

	/** Marks the resource hidden or shown and its open reports handled; nothing waits for review any more. */
	int settle(ResourceRef ref, boolean hidden, boolean automatically, boolean stillPending, OffsetDateTime now) {
		int handled = stillPending ? 0 : closeReports(ref);
		jdbc.sql("UPDATE moderation_item SET hidden = ?, auto_hidden = ?, pending = ?,"
				+ " open_reports = CASE WHEN ? THEN open_reports ELSE 0 END, updated_at = ?"
				+ " WHERE resource_type = ? AND resource_id = ?")
			.params(hidden, automatically, stillPending, stillPending, now, ref.type(), ref.id()).update();
		return handled;
	}

	private int closeReports(ResourceRef ref) {
		return jdbc.sql("UPDATE moderation_report SET handled = TRUE WHERE resource_type = ? AND resource_id = ?"
				+ " AND handled = FALSE").params(ref.type(), ref.id()).update();
	}

	static String excerpt(String text) {
		String plain = text == null ? "" : text.strip().replaceAll("\\s+", " ");
		if (plain.codePointCount(0, plain.length()) <= EXCERPT_MAX) {
			return plain;
		}
		int end = plain.offsetByCodePoints(0, EXCERPT_MAX - 1);
		return plain.substring(0, end) + "…";
	}
}
