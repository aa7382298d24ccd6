package org.ortakakil.identity.web;

import java.util.Locale;

import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.internal.ConsentTexts;
import org.ortakakil.identity.internal.Registration;
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

/** Registering, confirming the e-mail, and resetting a forgotten password. */
@Controller
class AccountPages {

	private final Registration registration;
	private final ConsentTexts consent;
	private final FormRejection rejection;

	AccountPages(Registration registration, ConsentTexts consent, FormRejection rejection) {
		this.registration = registration;
		this.consent = consent;
		this.rejection = rejection;
	}

	@GetMapping("/account/register")
	String registerForm(Model model, Locale locale, CurrentAccount me) {
		if (me != null) {
			return "redirect:/account";
		}
		model.addAttribute("form", new Registration.Application("", "", "", locale.getLanguage(), null));
		model.addAttribute("consent", consent.current());
		return "identity/register";
	}

	@PostMapping("/account/register")
	String register(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String displayName,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "tr") String language,
			@RequestParam(required = false) Integer consentVersion, Actor actor, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Registration.Application application = new Registration.Application(email, displayName, password, language,
				consentVersion);
		try {
			redirect.addFlashAttribute("email", registration.register(application, actor));
			return "redirect:/account/registered";
		}
		catch (DomainException e) {
			model.addAttribute("form", new Registration.Application(email, displayName, "", language, consentVersion));
			model.addAttribute("consent", consent.current());
			return rejection.show(e, locale, model, response, () -> "identity/register");
		}
	}

	@GetMapping("/account/registered")
	String registered() {
		return "identity/registered";
	}

	@GetMapping("/account/confirm")
	String confirm(@RequestParam(defaultValue = "") String token, Actor actor, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			registration.confirm(token, actor);
			return "redirect:/login?confirmed";
		}
		catch (DomainException e) {
			return rejection.show(e, locale, model, response, () -> "identity/token-problem");
		}
	}

	@GetMapping("/account/resend")
	String resendForm() {
		return "identity/resend";
	}

	@PostMapping("/account/resend")
	String resend(@RequestParam(defaultValue = "") String email, RedirectAttributes redirect) {
		registration.resendConfirmation(email);
		redirect.addFlashAttribute("notice", "account.resend.sent");
		return "redirect:/account/resend";
	}

	@GetMapping("/account/forgot")
	String forgotForm() {
		return "identity/forgot";
	}

	@PostMapping("/account/forgot")
	String forgot(@RequestParam(defaultValue = "") String email, Actor actor, RedirectAttributes redirect) {
		registration.requestPasswordReset(email, actor);
		redirect.addFlashAttribute("notice", "account.forgot.sent");
		return "redirect:/account/forgot";
	}

	@GetMapping("/account/reset")
	String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token);
		return "identity/reset";
	}

	@PostMapping("/account/reset")
	String reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
			Actor actor, Locale locale, Model model, HttpServletResponse response) {
		try {
			registration.resetPassword(token, password, actor);
			return "redirect:/login?reset";
		}
		catch (DomainException e) {
			model.addAttribute("token", token);
			return rejection.show(e, locale, model, response,
					() -> e.code().startsWith("token.") ? "identity/token-problem" : "identity/reset");
		}
	}
}
