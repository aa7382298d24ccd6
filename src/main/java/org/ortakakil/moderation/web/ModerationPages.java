package org.ortakakil.moderation.web;

import java.util.Locale;
import java.util.function.Supplier;

import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.moderation.internal.ModerationAccess;
import org.ortakakil.moderation.internal.ModerationAccess.Reach;
import org.ortakakil.moderation.internal.ModerationActs;
import org.ortakakil.moderation.internal.ModerationQueue;
import org.ortakakil.moderation.internal.ModerationQueue.View;
import org.ortakakil.moderation.internal.Reason;
import org.ortakakil.platform.FormRejection;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.ResourceRef;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The moderators' queue: content waiting for review (reported, or hidden automatically), content hidden
 * now, and for administrators the blocked people; with the acts on each. Every act redirects back to the
 * queue with a notice; a refused one shows the queue again with the reason.
 */
@Controller
class ModerationPages {

	private final ModerationAccess access;
	private final ModerationQueue queue;
	private final ModerationActs acts;
	private final FormRejection rejection;

	ModerationPages(ModerationAccess access, ModerationQueue queue, ModerationActs acts, FormRejection rejection) {
		this.access = access;
		this.queue = queue;
		this.acts = acts;
		this.rejection = rejection;
	}

	@GetMapping("/moderation")
	String queue(@RequestParam(defaultValue = "pending") String view, CurrentAccount account, Model model) {
		Reach reach = access.reach(account);
		boolean mayBlock = access.mayBlock(account);
		String shown = switch (view) {
			case "hidden" -> "hidden";
			case "blocked" -> mayBlock ? "blocked" : "pending";
			default -> "pending";
		};
		model.addAttribute("view", shown);
		model.addAttribute("mayBlock", mayBlock);
		model.addAttribute("reasons", Reason.values());
		model.addAttribute("entries", "blocked".equals(shown) ? java.util.List.of()
				: queue.entries(reach, "hidden".equals(shown) ? View.HIDDEN : View.PENDING));
		model.addAttribute("blocked", "blocked".equals(shown) ? queue.blocked() : java.util.List.of());
		return "moderation/queue";
	}

	@PostMapping("/moderation/hide")
	String hide(@RequestParam String type, @RequestParam String id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String note, CurrentAccount account, Actor actor, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(() -> acts.hide(account, new ResourceRef(type, id), Reason.parse(reason), note, actor),
				"moderation.done.hidden", "pending", account, locale, model, response, redirect);
	}

	@PostMapping("/moderation/restore")
	String restore(@RequestParam String type, @RequestParam String id, @RequestParam(required = false) String note,
			CurrentAccount account, Actor actor, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return act(() -> acts.restore(account, new ResourceRef(type, id), note, actor), "moderation.done.restored",
				"hidden", account, locale, model, response, redirect);
	}

	@PostMapping("/moderation/dismiss")
	String dismiss(@RequestParam String type, @RequestParam String id, CurrentAccount account, Actor actor,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return act(() -> acts.dismiss(account, new ResourceRef(type, id), actor), "moderation.done.dismissed", "pending",
				account, locale, model, response, redirect);
	}

	@PostMapping("/moderation/block")
	String block(@RequestParam String principal, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String note, CurrentAccount account, Actor actor, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(() -> acts.block(account, principal, Reason.parse(reason), note, actor), "moderation.done.blocked",
				"blocked", account, locale, model, response, redirect);
	}

	@PostMapping("/moderation/unblock")
	String unblock(@RequestParam String principal, CurrentAccount account, Actor actor, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(() -> acts.unblock(account, principal, actor), "moderation.done.unblocked", "blocked", account,
				locale, model, response, redirect);
	}

	private String act(Runnable act, String notice, String view, CurrentAccount account, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Supplier<String> again = () -> queue(view, account, model);
		try {
			act.run();
		}
		catch (DomainException e) {
			return rejection.show(e, locale, model, response, again);
		}
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/moderation" + ("pending".equals(view) ? "" : "?view=" + view);
	}
}
