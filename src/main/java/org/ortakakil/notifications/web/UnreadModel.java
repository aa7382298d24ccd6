package org.ortakakil.notifications.web;

import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.notifications.internal.NotificationStore;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The unread count in the header for a logged-in person ({@code unreadNotifications}; null for anyone
 * else and for API calls and htmx fragments): one query on the recipient's index, counting at most 100.
 */
@ControllerAdvice
class UnreadModel {

	private final NotificationStore store;

	UnreadModel(NotificationStore store) {
		this.store = store;
	}

	@ModelAttribute("unreadNotifications")
	Integer unreadNotifications(CurrentAccount account, HttpServletRequest request) {
		if (account == null || request.getRequestURI().startsWith("/api/") || request.getHeader("HX-Request") != null) {
			return null;
		}
		return store.unread(account.principal());
	}
}
