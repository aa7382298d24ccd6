package org.ortakakil.notifications.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.notifications.internal.FollowStore;
import org.ortakakil.notifications.internal.Preferences;
import org.ortakakil.notifications.internal.Resources;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.ResourceRef;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Following and unfollowing with the button of {@code notifications/follow :: follow(resource, following)},
 * which comes back to the page it was on; the list of what one follows; the mail setting.
 */
@Controller
class FollowPages {

	private final FollowStore follows;
	private final Resources resources;
	private final Preferences preferences;

	FollowPages(FollowStore follows, Resources resources, Preferences preferences) {
		this.follows = follows;
		this.resources = resources;
		this.preferences = preferences;
	}

	@PostMapping("/follows")
	String follow(@RequestParam String resource, @RequestParam(defaultValue = "true") boolean follow,
			@RequestHeader(name = "Referer", required = false) String referer, CurrentAccount account, Locale locale,
			RedirectAttributes redirect) {
		ResourceRef ref = parse(resource);
		if (follow) {
			if (!Resources.FOLLOWABLE.contains(ref.type()) || resources.describe(ref, locale).isEmpty()) {
				throw DomainException.notFound("notifications.unknown-resource", resource);
			}
			follows.follow(account.principal(), ref);
		}
		else {
			follows.unfollow(account.principal(), ref);
		}
		redirect.addFlashAttribute("notice", follow ? "notifications.followed" : "notifications.unfollowed");
		return "redirect:" + back(referer);
	}

	@GetMapping("/account/follows")
	String mine(CurrentAccount account, Locale locale, Model model) {
		model.addAttribute("follows", follows.of(account.principal()).stream()
			.map(ref -> resources.describe(ref, locale).orElse(new Resources.Described(ref, ref.toString(), null)))
			.toList());
		return "notifications/follows";
	}

	@GetMapping("/account/notifications")
	String settings(CurrentAccount account, Model model) {
		model.addAttribute("mode", preferences.of(account.principal()));
		model.addAttribute("modes", Preferences.Mode.values());
		return "notifications/settings";
	}

	@PostMapping("/account/notifications")
	String save(@RequestParam String mode, CurrentAccount account, RedirectAttributes redirect) {
		Preferences.Mode chosen;
		try {
			chosen = Preferences.Mode.valueOf(mode);
		}
		catch (IllegalArgumentException e) {
			throw DomainException.invalid("notifications.unknown-mode", mode);
		}
		preferences.set(account.principal(), chosen);
		redirect.addFlashAttribute("notice", "notifications.settings.saved");
		return "redirect:/account/notifications";
	}

	static ResourceRef parse(String resource) {
		int colon = resource.indexOf(':');
		if (colon <= 0 || colon == resource.length() - 1 || resource.length() > 130) {
			throw DomainException.invalid("notifications.unknown-resource", resource);
		}
		return new ResourceRef(resource.substring(0, colon), resource.substring(colon + 1));
	}

	/** The page the button was on, when it is a page of this site; else the list of follows. */
	static String back(String referer) {
		if (referer != null) {
			try {
				URI uri = new URI(referer);
				String path = uri.getRawPath();
				if (path != null && path.startsWith("/") && !path.startsWith("//")) {
					return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
				}
			}
			catch (URISyntaxException e) {
				// not a link to come back to
			}
		}
		return "/account/follows";
	}
}
