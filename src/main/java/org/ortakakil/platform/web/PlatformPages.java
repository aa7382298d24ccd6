package org.ortakakil.platform.web;

import java.util.Locale;
import java.util.regex.Pattern;

import org.ortakakil.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Pages of the platform itself: the administration index, and the documentation behind every ProblemDetail type. */
@Controller
class PlatformPages {

	private static final Pattern CODE = Pattern.compile("[a-z0-9.-]{1,80}");

	private final MessageSource messages;

	PlatformPages(MessageSource messages) {
		this.messages = messages;
	}

	@GetMapping("/admin")
	String admin() {
		return "admin/index";
	}

	@GetMapping("/problems/{code}")
	String problem(@PathVariable String code, Model model, Locale locale) {
		if (!CODE.matcher(code).matches() || messages.getMessage("error." + code, null, null, locale) == null) {
			throw DomainException.notFound("resource.not-found");
		}
		model.addAttribute("code", code);
		model.addAttribute("detail", messages.getMessage("error." + code, new Object[] { "…" }, locale));
		return "problem";
	}
}
