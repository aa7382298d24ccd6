package org.ortakakil.notifications.internal;

import java.time.Instant;
import java.util.Map;

import org.ortakakil.shared.ResourceRef;

/** One stored notification; its text is rendered by {@link NotificationTexts} in the reader's language. */
public record Notification(long id, String recipient, NotificationKind kind, ResourceRef resource,
		Map<String, String> params, Instant createdAt, Instant readAt) {

	public Notification {
		params = Map.copyOf(params);
	}

	public boolean unread() {
		return readAt == null;
	}

	/** The page it is about, or null. */
	public String path() {
		return params.get("path");
	}
}
