package org.ortakakil.requests.web;

import java.util.Locale;

import org.ortakakil.platform.FormRejection;
import org.ortakakil.requests.internal.Open311Keys;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Administration of the Open311 API keys: the list, issuing a key (shown this once, on the page that
 * answers the form, never stored in clear) and revoking one.
 */
@Controller
@RequestMapping("/admin/open311-keys")
class Open311KeyPages {

	private final Open311Keys keys;
	private final FormRejection rejection;

	Open311KeyPages(Open311Keys keys, FormRejection rejection) {
		this.keys = keys;
		this.rejection = rejection;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("keys", keys.all());
		return "admin/open311-keys";
	}

	@PostMapping
	String issue(@RequestParam(defaultValue = "") String appName, Actor actor, Model model, Locale locale,
			HttpServletResponse response) {
		model.addAttribute("appName", appName);
		try {
			model.addAttribute("issued", keys.issue(appName, actor));
			model.addAttribute("appName", "");
			response.setHeader("Cache-Control", "no-store");
			return list(model);
		}
		catch (DomainException e) {
			return rejection.show(e, locale, model, response, () -> list(model));
		}
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		keys.revoke(id, actor);
		redirect.addFlashAttribute("notice", "notice.saved");
		return "redirect:/admin/open311-keys";
	}
}
