package org.ortakakil.moderation;

import java.time.Instant;

import org.ortakakil.audit.AuditableEvent;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.ResourceRef;

/**
 * A moderator found the open reports on a resource unfounded and dismissed them; {@code reports} is how
 * many. Content that had been hidden automatically is restored as well (a RESTORED {@link ModerationEvent}
 * follows).
 */
public record ReportsDismissed(ResourceRef resource, int reports, Actor actor, Instant occurredAt)
		implements AuditableEvent {

	@Override
	public String action() {
		return "moderation.dismissed";
	}

	@Override
	public String summary() {
		return String.valueOf(reports);
	}
}
