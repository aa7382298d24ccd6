package org.ortakakil.comments.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.ortakakil.comments.CommentAdded;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.ResourceRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing in a thread: new comments and replies, editing within 15 minutes, deleting, voting. A reply to a
 * comment at the deepest level (depth 2) is attached beside it, to the same parent, so threads never grow
 * deeper than three levels and nobody's answer is refused for where they clicked.
 */
@Service
@Transactional
public class Comments {

	public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);
	public static final List<String> ALIGNMENTS = List.of("FOR", "AGAINST", "NEUTRAL");

	private final JdbcClient jdbc;
	private final Targets targets;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Comments(JdbcClient jdbc, Targets targets, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.targets = targets;
		this.events = events;
		this.clock = clock;
	}

	/** A stored comment as the rules need it. */
	public record Stored(long id, ResourceRef target, Long parentId, Long rootId, int depth, String author,
			boolean hidden, boolean deleted, OffsetDateTime createdAt) {

		public boolean visible() {
			return !hidden && !deleted;
		}

		/** The top-level comment of its branch (itself when top-level). */
		public long branch() {
			return rootId == null ? id : rootId;
		}
	}

	/** A new comment on the target, or a reply when {@code replyTo} is not null; returns its id. */
	public long write(CurrentAccount author, ResourceRef target, Long replyTo, String alignment, String body,
			Actor actor) {
		String text = CommentText.check(body);
		String side = alignment == null || alignment.isBlank() ? "NEUTRAL" : alignment.toUpperCase(Locale.ROOT);
		if (!ALIGNMENTS.contains(side)) {
			throw DomainException.invalid("comments.alignment-unknown");
		}
		Long parent = null;
		Long root = null;
		int depth = 0;
		ResourceRef on = target;
		if (replyTo != null) {
			Stored to = stored(replyTo);
			if (!to.visible()) {
				throw DomainException.conflict("comments.parent-gone");
			}
			on = to.target();
			parent = to.depth() == 2 ? to.parentId() : to.id();
			depth = Math.min(to.depth() + 1, 2);
			root = to.branch();
		}
		targets.writable(author, on);
		OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO comment (target_type, target_id, parent_id, root_id, depth, author, author_name, alignment,"
				+ " body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(on.type(), on.id(), parent, root, depth, author.principal(), author.displayName(), side, text, now)
			.update(key, "id");
		long id = key.getKey().longValue();
		if (root != null) {
			jdbc.sql("UPDATE comment SET reply_count = reply_count + 1 WHERE id = ?").param(root).update();
		}
		count(on, 1);
		events.publishEvent(new CommentAdded(id, on, parent, author.principal(), actor, now.toInstant()));
		return id;
	}

	/** The author changes the text, within 15 minutes of writing it. */
	public void edit(CurrentAccount author, long id, String body) {
		String text = CommentText.check(body);
		Stored comment = own(author, id);
		OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
		int changed = jdbc.sql("UPDATE comment SET body = ?, edited_at = ? WHERE id = ? AND created_at > ?")
			.params(text, now, comment.id(), now.minus(EDIT_WINDOW))
			.update();
		if (changed == 0) {
			throw DomainException.conflict("comments.edit-window-over", EDIT_WINDOW.toMinutes());
		}
	}

	/** The author takes the comment back: its text is erased and a notice stays, so replies keep their place. */
	public void delete(CurrentAccount author, long id) {
		Stored comment = own(author, id);
		int changed = jdbc.sql("UPDATE comment SET deleted = TRUE, body = '' WHERE id = ? AND deleted = FALSE")
			.param(comment.id())
			.update();
		if (changed > 0 && !comment.hidden()) {
			count(comment.target(), -1);
		}
	}

	/**
	 * The voter's vote on the comment becomes {@code vote}: 1 up, -1 down, 0 none. The comment's row is locked
	 * first, so one person's parallel votes count once and the counters always equal the votes.
	 */
	public void vote(CurrentAccount voter, long id, int vote) {
		if (vote < -1 || vote > 1) {
			throw DomainException.invalid("comments.vote-unknown");
		}
		Stored comment = stored(id);
		targets.writable(voter, comment.target());
		if (!comment.visible()) {
			throw DomainException.conflict("comments.gone");
		}
		if (comment.author().equals(voter.principal())) {
			throw DomainException.forbidden("comments.own-vote");
		}
		jdbc.sql("SELECT id FROM comment WHERE id = ? FOR UPDATE").param(id).query(Long.class).single();
		int before = jdbc.sql("SELECT vote FROM comment_vote WHERE comment_id = ? AND voter = ?")
			.params(id, voter.principal())
			.query(Integer.class)
			.optional()
			.orElse(0);
		if (before == vote) {
			return;
		}
		if (before == 0) {
			jdbc.sql("INSERT INTO comment_vote (comment_id, voter, vote, voted_at) VALUES (?, ?, ?, ?)")
				.params(id, voter.principal(), vote, OffsetDateTime.now(clock))
				.update();
		}
		else if (vote == 0) {
			jdbc.sql("DELETE FROM comment_vote WHERE comment_id = ? AND voter = ?").params(id, voter.principal()).update();
		}
		else {
			jdbc.sql("UPDATE comment_vote SET vote = ?, voted_at = ? WHERE comment_id = ? AND voter = ?")
				.params(vote, OffsetDateTime.now(clock), id, voter.principal())
				.update();
		}
		int up = (vote == 1 ? 1 : 0) - (before == 1 ? 1 : 0);
		int down = (vote == -1 ? 1 : 0) - (before == -1 ? 1 : 0);
		jdbc.sql("UPDATE comment SET up_votes = up_votes + ?, down_votes = down_votes + ? WHERE id = ?")
			.params(up, down, id)
			.update();
	}

	/** Moderation hides the comment or shows it again; returns whether anything changed. */
	public boolean setHidden(long id, boolean hidden) {
		Stored comment = stored(id);
		int changed = jdbc.sql("UPDATE comment SET hidden = ? WHERE id = ? AND hidden = ?")
			.params(hidden, id, !hidden)
			.update();
		if (changed > 0 && !comment.deleted()) {
			count(comment.target(), hidden ? -1 : 1);
		}
		return changed > 0;
	}

	@Transactional(readOnly = true)
	public Stored stored(long id) {
		return jdbc.sql("SELECT id, target_type, target_id, parent_id, root_id, depth, author, hidden, deleted, created_at"
				+ " FROM comment WHERE id = ?")
			.param(id)
			.query((rs, i) -> new Stored(rs.getLong("id"), new ResourceRef(rs.getString("target_type"), rs.getString("target_id")),
					(Long) rs.getObject("parent_id", Long.class), (Long) rs.getObject("root_id", Long.class),
					rs.getInt("depth"), rs.getString("author"), rs.getBoolean("hidden"), rs.getBoolean("deleted"),
					rs.getObject("created_at", OffsetDateTime.class)))
			.optional()
			.orElseThrow(() -> DomainException.notFound("comments.not-found", id));
	}

	private Stored own(CurrentAccount author, long id) {
		Stored comment = stored(id);
		if (author == null || !comment.author().equals(author.principal())) {
			throw DomainException.forbidden("comments.not-author");
		}
		if (targets.blocked(author.principal())) {
			throw DomainException.forbidden("comments.blocked");
		}
		if (!comment.visible()) {
			throw DomainException.conflict("comments.gone");
		}
		return comment;
	}

	private void count(ResourceRef target, int delta) {
		jdbc.sql("INSERT INTO comment_target (target_type, target_id, comments) VALUES (?, ?, 0) ON CONFLICT DO NOTHING")
			.params(target.type(), target.id())
			.update();
		jdbc.sql("UPDATE comment_target SET comments = comments + ? WHERE target_type = ? AND target_id = ?")
			.params(delta, target.type(), target.id())
			.update();
	}
}
