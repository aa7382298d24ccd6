package org.ortakakil.meetings.calendar;

import org.ortakakil.identity.CurrentAccount;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's page for their own calendar feed ({@code /account/calendar}, logged in as every page under
 * {@code /account}): the secret link, its {@code webcal://} form that opens a calendar application,
 * and a button that makes a new link and retires the old one.
 */
@Controller
class CalendarLinkPages {

	private final CalendarLinks links;
	private final String baseUrl;

	CalendarLinkPages(CalendarLinks links, @Value("${ortakakil.accounts.base-url:http://localhost:8080}") String baseUrl) {
		this.links = links;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/account/calendar")
	String page(CurrentAccount me, Model model) {
		links.tokenOf(me.principal()).ifPresent(token -> {
			String url = baseUrl + "/calendar/me/" + token + ".ics";
			model.addAttribute("feedUrl", url);
			model.addAttribute("webcalUrl", url.replaceFirst("^https?://", "webcal://"));
		});
		return "calendar/link";
	}

	@PostMapping("/account/calendar")
	String renew(CurrentAccount me, RedirectAttributes redirect) {
		boolean replaced = links.tokenOf(me.principal()).isPresent();
		links.renew(me.principal());
		redirect.addFlashAttribute("notice", replaced ? "calendar.link.replaced" : "calendar.link.made");
		return "redirect:/account/calendar";
	}
}
