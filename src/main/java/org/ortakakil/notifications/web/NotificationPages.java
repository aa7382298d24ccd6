package org.ortakakil.notifications.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.notifications.internal.Notification;
import org.ortakakil.notifications.internal.NotificationStore;
import org.ortakakil.notifications.internal.NotificationTexts;
import org.ortakakil.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The notification centre: one's notifications in pages of 20 by cursor, unread first or newest first;
 * opening one marks it read and goes to its page; marking one or all read.
 */
@Controller
class NotificationPages {

	static final int PAGE_SIZE = 20;
	static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

	/** A notification as the centre shows it. */
	record Item(long id, String text, String path, ZonedDateTime createdAt, boolean unread) {
	}

	private final NotificationStore store;
	private final NotificationTexts texts;

	NotificationPages(NotificationStore store, NotificationTexts texts) {
		this.store = store;
		this.texts = texts;
	}

	@GetMapping("/notifications")
	String centre(@RequestParam(defaultValue = "unread") String order, @RequestParam(required = false) String cursor,
			CurrentAccount account, Locale locale, Model model) {
		boolean unreadFirst = !"date".equals(order);
		NotificationStore.Page page = store.page(account.principal(), unreadFirst, cursor, PAGE_SIZE);
		model.addAttribute("items", page.items().stream().map(n -> item(n, locale)).toList());
		model.addAttribute("next", page.next());
		model.addAttribute("order", unreadFirst ? "unread" : "date");
		model.addAttribute("first", cursor == null);
		return "notifications/centre";
	}

	@GetMapping("/notifications/{id}")
	String open(@PathVariable long id, CurrentAccount account) {
		Notification notification = store.find(id, account.principal())
			.orElseThrow(() -> DomainException.notFound("notifications.not-found", id));
		store.markRead(id, account.principal());
		String path = notification.path();
		return "redirect:" + (path != null && path.startsWith("/") && !path.startsWith("//") ? path : "/notifications");
	}

	@PostMapping("/notifications/{id}/read")
	String read(@PathVariable long id, @RequestParam(defaultValue = "unread") String order, CurrentAccount account,
			RedirectAttributes redirect) {
		store.markRead(id, account.principal());
		redirect.addFlashAttribute("notice", "notifications.marked-one");
		return "redirect:/notifications?order=" + ("date".equals(order) ? "date" : "unread");
	}

	@PostMapping("/notifications/read-all")
	String readAll(CurrentAccount account, RedirectAttributes redirect) {
		store.markAllRead(account.principal());
		redirect.addFlashAttribute("notice", "notifications.marked-all");
		return "redirect:/notifications";
	}

	private Item item(Notification n, Locale locale) {
		return new Item(n.id(), texts.text(n, locale), n.path(), n.createdAt().atZone(ISTANBUL), n.unread());
	}
}
