package org.ortakakil.comments.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ortakakil.comments.CommentThread;
import org.ortakakil.comments.CommentThreads;
import org.ortakakil.comments.CommentView;
import org.ortakakil.comments.Commentable;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.ResourceRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading threads without ever counting them: a page of top-level comments by keyset on (created_at, id),
 * newest first, and the replies of that page's comments in one more query (the first {@link #REPLIES} of
 * each branch, oldest first; a branch with more says so and has a page of its own). The count is the
 * target's counter row.
 */
@Service
@Transactional(readOnly = true)
public class CommentReader implements CommentThreads {

	public static final int PAGE = 20;
	public static final int REPLIES = 30;
	public static final int BRANCH_PAGE = 100;

	static final String COLUMNS = "id, parent_id, root_id, depth, author, author_name, alignment, body, up_votes,"
			+ " down_votes, reply_count, hidden, deleted, created_at, edited_at";

	private final JdbcClient jdbc;
	private final Targets targets;
	private final Clock clock;

	CommentReader(JdbcClient jdbc, Targets targets, Clock clock) {
		this.jdbc = jdbc;
		this.targets = targets;
		this.clock = clock;
	}

	/** One row, with its children as they are added while the page is put together. */
	private static final class Node {
		final long id;
		final Long parentId;
		final Long rootId;
		final int depth;
		final String author;
		final String authorName;
		final String alignment;
		final String body;
		final int up;
		final int down;
		final int replyCount;
		final String state;
		final Instant createdAt;
		final Instant editedAt;
		final List<Node> children = new ArrayList<>();

		Node(ResultSet rs) throws SQLException {
			id = rs.getLong("id");
			parentId = rs.getObject("parent_id", Long.class);
			rootId = rs.getObject("root_id", Long.class);
			depth = rs.getInt("depth");
			author = rs.getString("author");
			authorName = rs.getString("author_name");
			alignment = rs.getString("alignment");
			body = rs.getString("body");
			up = rs.getInt("up_votes");
			down = rs.getInt("down_votes");
			replyCount = rs.getInt("reply_count");
			state = rs.getBoolean("hidden") ? "HIDDEN" : rs.getBoolean("deleted") ? "DELETED" : "VISIBLE";
			createdAt = rs.getObject("created_at", OffsetDateTime.class).toInstant();
			OffsetDateTime edited = rs.getObject("edited_at", OffsetDateTime.class);
			editedAt = edited == null ? null : edited.toInstant();
		}
	}

	@Override
	public CommentThread firstPage(ResourceRef target, String viewer) {
		return page(target, null, viewer);
	}

	/** The page of the thread after the cursor (null: the first page). */
	public CommentThread page(ResourceRef target, String cursor, String viewer) {
		Commentable.Target known = targets.known(target);
		Map<String, Object> params = new HashMap<>();
		params.put("type", target.type());
		params.put("id", target.id());
		Keyset roots = keyset("target_type = :type AND target_id = :id AND depth = 0", params, cursor, true, PAGE);
		Map<Long, Node> byId = new LinkedHashMap<>();
		roots.rows().forEach(r -> byId.put(r.id, r));
		if (!byId.isEmpty()) {
			List<Node> replies = jdbc.sql("SELECT " + COLUMNS + " FROM (SELECT " + COLUMNS
					+ ", ROW_NUMBER() OVER (PARTITION BY root_id ORDER BY created_at, id) AS position FROM comment"
					+ " WHERE root_id IN (:roots)) r WHERE position <= " + REPLIES + " ORDER BY created_at, id")
				.param("roots", List.copyOf(byId.keySet()))
				.query((rs, i) -> new Node(rs))
				.list();
			attach(byId, replies);
		}
		return thread(known, viewer, roots.rows(), byId, roots.next());
	}

	/** A top-level comment and a page of its replies (oldest first), for branches longer than a thread page shows. */
	public CommentThread branch(long rootId, String cursor, String viewer) {
		Node root = jdbc.sql("SELECT " + COLUMNS + " FROM comment WHERE id = ?")
			.param(rootId)
			.query((rs, i) -> new Node(rs))
			.optional()
			.orElseThrow(() -> DomainException.notFound("comments.not-found", rootId));
		if (root.depth != 0) {
			return branch(root.rootId, null, viewer);
		}
		Commentable.Target known = targets.known(targetOf(rootId));
		Map<String, Object> params = new HashMap<>();
		params.put("root", rootId);
		Keyset replies = keyset("root_id = :root", params, cursor, false, BRANCH_PAGE);
		Map<Long, Node> byId = new LinkedHashMap<>();
		byId.put(root.id, root);
		attach(byId, replies.rows());
		return thread(known, viewer, List.of(root), byId, replies.next());
	}

	/** A page of rows and the cursor after its last row (null on the last page). */
	private record Keyset(List<Node> rows, String next) {
	}

	/**
	 * Up to {@code size} rows matching the condition after the cursor, in (created_at, id) order: newest first
	 * when descending. The bound on created_at alone lets the index start at the cursor; the rest breaks ties.
	 */
	private Keyset keyset(String condition, Map<String, Object> params, String cursor, boolean descending, int size) {
		String sql = "SELECT " + COLUMNS + " FROM comment WHERE " + condition;
		Cursor after = Cursor.parse(cursor);
		if (after != null) {
			sql += descending ? " AND created_at <= :at AND (created_at < :at OR id < :after)"
					: " AND created_at >= :at AND (created_at > :at OR id > :after)";
			params.put("at", after.at());
			params.put("after", after.id());
		}
		String order = descending ? " ORDER BY created_at DESC, id DESC" : " ORDER BY created_at, id";
		List<Node> rows = jdbc.sql(sql + order + " LIMIT " + (size + 1)).params(params).query((rs, i) -> new Node(rs)).list();
		if (rows.size() <= size) {
			return new Keyset(rows, null);
		}
		Node last = rows.get(size - 1);
		return new Keyset(rows.subList(0, size), new Cursor(last.createdAt.atOffset(ZoneOffset.UTC), last.id).toString());
	}

	/** The target a comment is on. */
	public ResourceRef targetOf(long id) {
		return jdbc.sql("SELECT target_type, target_id FROM comment WHERE id = ?")
			.param(id)
			.query((rs, i) -> new ResourceRef(rs.getString(1), rs.getString(2)))
			.optional()
			.orElseThrow(() -> DomainException.notFound("comments.not-found", id));
	}

	/** One comment as the viewer sees it, without its replies (for its votes after a vote). */
	public CommentView one(long id, String viewer) {
		Node node = jdbc.sql("SELECT " + COLUMNS + " FROM comment WHERE id = ?")
			.param(id)
			.query((rs, i) -> new Node(rs))
			.optional()
			.orElseThrow(() -> DomainException.notFound("comments.not-found", id));
		return view(node, votes(viewer, List.of(id)), viewer, clock.instant(), false);
	}

	/** Replies under their parent when it is on the page, else (a later page of a long branch) under the root. */
	private static void attach(Map<Long, Node> byId, List<Node> replies) {
		for (Node reply : replies) {
			Node parent = byId.get(reply.parentId);
			if (parent == null) {
				parent = byId.get(reply.rootId);
			}
			if (parent != null) {
				parent.children.add(reply);
				byId.put(reply.id, reply);
			}
		}
	}

	private CommentThread thread(Commentable.Target known, String viewer, List<Node> roots, Map<Long, Node> byId,
			String next) {
		Map<Long, Integer> mine = votes(viewer, List.copyOf(byId.keySet()));
		Instant now = clock.instant();
		List<CommentView> comments = roots.stream().map(r -> view(r, mine, viewer, now, true)).toList();
		long count = jdbc.sql("SELECT comments FROM comment_target WHERE target_type = ? AND target_id = ?")
			.params(known.resource().type(), known.resource().id())
			.query(Long.class)
			.optional()
			.orElse(0L);
		boolean mayWrite = viewer != null && known.open() && !targets.blocked(viewer);
		return new CommentThread(known.resource(), count, comments, next, known.open(), mayWrite);
	}

	private Map<Long, Integer> votes(String viewer, List<Long> ids) {
		Map<Long, Integer> votes = new HashMap<>();
		if (viewer == null || ids.isEmpty()) {
			return votes;
		}
		jdbc.sql("SELECT comment_id, vote FROM comment_vote WHERE voter = :voter AND comment_id IN (:ids)")
			.param("voter", viewer)
			.param("ids", ids)
			.query(rs -> {
				votes.put(rs.getLong(1), rs.getInt(2));
			});
		return votes;
	}

	private static CommentView view(Node n, Map<Long, Integer> votes, String viewer, Instant now, boolean withReplies) {
		boolean visible = "VISIBLE".equals(n.state);
		boolean mine = n.author.equals(viewer);
		List<CommentView> replies = withReplies
				? n.children.stream().map(c -> view(c, votes, viewer, now, true)).toList() : List.of();
		boolean more = n.depth == 0 && n.replyCount > countAll(n);
		return new CommentView(n.id, n.parentId, n.depth, n.author, n.authorName,
				visible ? CommentText.toHtml(n.body) : "", n.alignment, n.up, n.down, n.state, n.createdAt, n.editedAt,
				replies, more, votes.getOrDefault(n.id, 0), mine,
				mine && visible && n.createdAt.plus(Comments.EDIT_WINDOW).isAfter(now));
	}

	private static int countAll(Node n) {
		int count = 0;
		for (Node child : n.children) {
			count += 1 + countAll(child);
		}
		return count;
	}
}
