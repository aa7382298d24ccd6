package org.ortakakil.moderation;

import java.time.Instant;

import org.ortakakil.audit.AuditableEvent;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.ResourceRef;

/**
 * A moderation act, for the audit log and for telling the author: content HIDDEN (by a moderator or
 * automatically after enough reports), RESTORED, or a user BLOCKED or UNBLOCKED ({@code resource} is
 * {@code user:<principal>}). {@code author} is the principal whose content or account it concerns;
 * {@code reason} is the report reason (SPAM, OFFENSIVE, DOES_NOT_BELONG) or the moderator's note.
 */
public record ModerationEvent(ResourceRef resource, Kind kind, String author, String reason, Actor actor,
		Instant occurredAt) implements AuditableEvent {

	public enum Kind { HIDDEN, RESTORED, BLOCKED, UNBLOCKED }

	@Override
	public String action() {
		return "moderation." + kind.name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The reason, never the note: a moderator's note may name people. */
	@Override
	public String summary() {
		return reason == null ? "" : reason;
	}
}
