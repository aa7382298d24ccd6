package org.ortakakil.moderation.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.ortakakil.identity.Accounts;
import org.ortakakil.moderation.internal.ModerationAccess.Reach;
import org.ortakakil.shared.ResourceRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderators' queue, read from the snapshots in {@code moderation_item}: content waiting for review
 * (reported, or hidden automatically), or content hidden now (to restore it), within the moderator's
 * reach; and the blocked people, for administrators.
 */
@Service
@Transactional(readOnly = true)
public class ModerationQueue {

	static final int PAGE = 100;

	/** Which part of the queue: waiting for review, or hidden. */
	public enum View { PENDING, HIDDEN }

	/** One resource in the queue, with its open reports counted per reason (most frequent first). */
	public record Entry(ResourceRef resource, ResourceRef space, String author, String authorName, String excerpt,
			String path, int openReports, boolean hidden, boolean autoHidden, Map<Reason, Integer> reasons,
			List<String> notes, Instant updatedAt) {

		public boolean user() {
			return ContentDirectory.USER.equals(resource.type());
		}

		/** The reason to offer first when hiding. */
		public Reason topReason() {
			return reasons.isEmpty() ? Reason.SPAM : reasons.keySet().iterator().next();
		}
	}

	/** A blocked person. */
	public record Blocked(String principal, String name, Reason reason, String note, String blockedBy, Instant blockedAt) {
	}

	private final JdbcClient jdbc;
	private final Accounts accounts;

	ModerationQueue(JdbcClient jdbc, Accounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	public List<Entry> entries(Reach reach, View view) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = new StringBuilder(view == View.PENDING ? "i.pending = TRUE" : "i.hidden = TRUE");
		if (!reach.everywhere()) {
			where.append(" AND (");
			for (int i = 0; i < reach.spaces().size(); i++) {
				where.append(i == 0 ? "" : " OR ").append("(i.space_type = ? AND i.space_id = ?)");
				params.add(reach.spaces().get(i).type());
				params.add(reach.spaces().get(i).id());
			}
			where.append(")");
		}
		String items = "SELECT i.resource_type, i.resource_id, i.space_type, i.space_id, i.author, i.excerpt, i.path,"
				+ " i.open_reports, i.hidden, i.auto_hidden, i.updated_at FROM moderation_item i WHERE " + where
				+ " ORDER BY i.updated_at DESC FETCH FIRST " + PAGE + " ROWS ONLY";
		List<Row> rows = jdbc.sql(items).params(params).query((rs, n) -> new Row(
				new ResourceRef(rs.getString(1), rs.getString(2)),
				rs.getString(3) == null ? null : new ResourceRef(rs.getString(3), rs.getString(4)), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getInt(8), rs.getBoolean(9), rs.getBoolean(10),
				rs.getObject(11, OffsetDateTime.class).toInstant())).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<ResourceRef, List<Report>> reports = openReports(rows.stream().map(Row::resource).toList());
		Map<String, Optional<String>> names = new HashMap<>();
		return rows.stream().map(row -> row.entry(reports.getOrDefault(row.resource(), List.of()),
				row.author() == null ? null : names.computeIfAbsent(row.author(), accounts::displayName).orElse(null)))
			.toList();
	}

	public List<Blocked> blocked() {
		return jdbc.sql("SELECT principal, reason, note, blocked_by, blocked_at FROM moderation_block"
				+ " ORDER BY blocked_at DESC FETCH FIRST " + PAGE + " ROWS ONLY")
			.query((rs, n) -> new Blocked(rs.getString(1), accounts.displayName(rs.getString(1)).orElse(rs.getString(1)),
					Reason.valueOf(rs.getString(2)), rs.getString(3),
					accounts.displayName(rs.getString(4)).orElse(rs.getString(4)),
					rs.getObject(5, OffsetDateTime.class).toInstant()))
			.list();
	}

	/** The open reports on the resources of one page, read by the unique index on the resource. */
	private Map<ResourceRef, List<Report>> openReports(List<ResourceRef> page) {
		List<Object> params = new ArrayList<>();
		StringBuilder any = new StringBuilder();
		for (ResourceRef ref : page) {
			any.append(any.length() == 0 ? "" : " OR ").append("(resource_type = ? AND resource_id = ?)");
			params.add(ref.type());
			params.add(ref.id());
		}
		String sql = "SELECT resource_type, resource_id, reason, note FROM moderation_report"
				+ " WHERE handled = FALSE AND (" + any + ") ORDER BY id";
		return jdbc.sql(sql).params(params)
			.query((rs, n) -> new Report(new ResourceRef(rs.getString(1), rs.getString(2)), Reason.valueOf(rs.getString(3)),
					rs.getString(4)))
			.list().stream().collect(Collectors.groupingBy(Report::resource));
	}

	private record Report(ResourceRef resource, Reason reason, String note) {
	}

	private record Row(ResourceRef resource, ResourceRef space, String author, String excerpt, String path,
			int openReports, boolean hidden, boolean autoHidden, Instant updatedAt) {

		Entry entry(List<Report> reports, String authorName) {
			Map<Reason, Long> counted = reports.stream().collect(Collectors.groupingBy(Report::reason, Collectors.counting()));
			Map<Reason, Integer> reasons = new LinkedHashMap<>();
			counted.entrySet().stream()
				.sorted(Map.Entry.<Reason, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.forEach(e -> reasons.put(e.getKey(), e.getValue().intValue()));
			List<String> notes = reports.stream().map(Report::note).filter(n -> n != null).limit(5).toList();
			return new Entry(resource, space, author, authorName, excerpt, path, openReports, hidden, autoHidden, reasons,
					notes, updatedAt);
		}
	}
}
