package org.ortakakil.notifications.internal;

import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The text of a notification in the reader's language, rendered when read from its kind and parameters:
 * {@code notifications.kind.<KIND>} with the title, the proposal's state and the moderation reason.
 */
@Component
public class NotificationTexts {

	private static final Set<String> REASONS = Set.of("SPAM", "OFFENSIVE", "DOES_NOT_BELONG");
	private static final Set<String> STATES = Set.of("PUBLISHED", "EVALUATING", "ACCEPTED", "REJECTED", "WITHDRAWN");

	private final MessageSource messages;

	NotificationTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String text(Notification notification, Locale locale) {
		String title = notification.params().getOrDefault("title", "");
		String state = notification.params().get("state");
		String reason = notification.params().get("reason");
		String stateText = state != null && STATES.contains(state)
				? messages.getMessage("notifications.state." + state, null, locale) : "";
		String reasonText = reason == null ? messages.getMessage("notifications.reason.none", null, locale)
				: REASONS.contains(reason) ? messages.getMessage("notifications.reason." + reason, null, locale) : reason;
		return messages.getMessage("notifications.kind." + notification.kind().name(),
				new Object[] { title, stateText, reasonText }, locale);
	}

	public String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
