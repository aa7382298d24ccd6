package org.ortakakil.comments.internal;

import java.util.Optional;

import org.ortakakil.moderation.ModeratedContent;
import org.ortakakil.shared.ResourceRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments as moderation sees them ({@code comment:<id>}): hiding leaves a notice in the thread in place of
 * the text; moderation publishes its own event, so nothing else is published here.
 */
@Component
class CommentModeration implements ModeratedContent {

	static final String TYPE = "comment";

	private final JdbcClient jdbc;
	private final Comments comments;
	private final Targets targets;

	CommentModeration(JdbcClient jdbc, Comments comments, Targets targets) {
		this.jdbc = jdbc;
		this.comments = comments;
		this.targets = targets;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Content> describe(ResourceRef resource) {
		Long id = id(resource);
		if (id == null) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT target_type, target_id, author, body, hidden FROM comment WHERE id = ?")
			.param(id)
			.query((rs, i) -> {
				ResourceRef target = new ResourceRef(rs.getString(1), rs.getString(2));
				String body = rs.getString(4);
				String excerpt = body.codePointCount(0, body.length()) > 200
						? body.substring(0, body.offsetByCodePoints(0, 200)) + "…" : body;
				var known = targets.describe(target);
				String path = known.map(t -> t.path()).orElse("/comments?target=" + target) + "#comment-" + id;
				return new Content(resource, rs.getString(3), excerpt, path, known.map(t -> t.space()).orElse(null),
						rs.getBoolean(5));
			})
			.optional();
	}

	@Override
	@Transactional
	public void setHidden(ResourceRef resource, boolean hidden) {
		Long id = id(resource);
		if (id != null) {
			comments.setHidden(id, hidden);
		}
	}

	private static Long id(ResourceRef resource) {
		if (!TYPE.equals(resource.type())) {
			return null;
		}
		try {
			return Long.valueOf(resource.id());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
