package org.ortakakil.audit;

import java.time.Instant;

import org.ortakakil.shared.Actor;
import org.ortakakil.shared.ResourceRef;

/**
 * The contract an event fulfils to be written to the audit log. Modules implement it on their own
 * events, so the audit module learns of their acts without depending on them.
 */
public interface AuditableEvent {

	Actor actor();

	/** What was done, as a stable dotted name: {@code process.published}. */
	String action();

	ResourceRef resource();

	Instant occurredAt();

	/** A short, non-personal description for the log, e.g. the slug. */
	default String summary() {
		return "";
	}
}
