package org.ortakakil.identity.web;

import java.util.Locale;

import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.internal.ResidentVerification;
import org.ortakakil.platform.FormRejection;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** A resident verifies with their T.C. Kimlik No and birth date against the census. */
@Controller
class ResidencePages {

	private final ResidentVerification verification;
	private final FormRejection rejection;

	ResidencePages(ResidentVerification verification, FormRejection rejection) {
		this.verification = verification;
		this.rejection = rejection;
	}

	@GetMapping("/account/verify")
	String form(CurrentAccount me) {
		return me.verified() ? "redirect:/account" : "identity/verify";
	}

	@PostMapping("/account/verify")
	String verify(CurrentAccount me, @RequestParam(defaultValue = "") String tckn,
			@RequestParam(defaultValue = "") String birthDate, Actor actor, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			verification.verify(me.id(), tckn, birthDate, actor);
			redirect.addFlashAttribute("notice", "verify.done");
			return "redirect:/account";
		}
		catch (DomainException e) {
			model.addAttribute("birthDate", birthDate);
			return rejection.show(e, locale, model, response, () -> "identity/verify");
		}
	}
}
