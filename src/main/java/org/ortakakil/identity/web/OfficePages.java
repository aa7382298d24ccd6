package org.ortakakil.identity.web;

import java.util.Locale;

import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.internal.AccountDirectory;
import org.ortakakil.identity.internal.AssistedSession;
import org.ortakakil.identity.internal.AssistedSessions;
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

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The participation office desk: start an assisted session for the resident present, and end it.
 * Only for OFFICE_STAFF; the office is one of theirs.
 */
@Controller
class OfficePages {

	private final AssistedSessions sessions;
	private final Registration registration;
	private final ConsentTexts consent;
	private final FormRejection rejection;

	OfficePages(AssistedSessions sessions, Registration registration, ConsentTexts consent, FormRejection rejection) {
		this.sessions = sessions;
		this.registration = registration;
		this.consent = consent;
		this.rejection = rejection;
	}

	@GetMapping("/office")
	String desk(HttpServletRequest request, Model model) {
		if (assisted(request) != null) {
			return "redirect:/office/assist";
		}
		model.addAttribute("offices", sessions.officesOf(staff(request)));
		model.addAttribute("consent", consent.current());
		return "identity/office";
	}

	@PostMapping("/office/assist")
	String start(@RequestParam(defaultValue = "") String office, @RequestParam(defaultValue = "") String tckn,
			@RequestParam(defaultValue = "") String birthDate, @RequestParam(defaultValue = "") String displayName,
			@RequestParam(defaultValue = "false") boolean informed, HttpServletRequest request, Locale locale,
			Model model, HttpServletResponse response) {
		try {
			if (assisted(request) != null) {
				throw DomainException.conflict("assisted.already");
			}
			AssistedSession session = sessions.start(staff(request), office, tckn, birthDate, displayName, informed,
					request.getRemoteAddr());
			// a new id for the session that now acts for someone else
			request.changeSessionId();
			request.getSession().setAttribute(AssistedSession.ATTRIBUTE, session);
			return "redirect:/office/assist";
		}
		catch (DomainException e) {
			model.addAttribute("offices", sessions.officesOf(staff(request)));
			model.addAttribute("consent", consent.current());
			model.addAttribute("birthDate", birthDate);
			model.addAttribute("displayName", displayName);
			model.addAttribute("office", office);
			return rejection.show(e, locale, model, response, () -> "identity/office");
		}
	}

	@GetMapping("/office/assist")
	String assisting(HttpServletRequest request) {
		return assisted(request) == null ? "redirect:/office" : "identity/assisting";
	}

	/** The resident present gives an e-mail: their account gets it, and a link to choose a password. */
	@PostMapping("/office/assist/email")
	String addEmail(@RequestParam(defaultValue = "") String email, Actor actor, HttpServletRequest request,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		AssistedSession session = assisted(request);
		if (session == null) {
			return "redirect:/office";
		}
		try {
			registration.addEmailAtOffice(session.residentId(), email, actor);
			redirect.addFlashAttribute("notice", "office.email.sent");
			return "redirect:/office/assist";
		}
		catch (DomainException e) {
			model.addAttribute("email", email);
			return rejection.show(e, locale, model, response, () -> "identity/assisting");
		}
	}

	@PostMapping("/office/assist/end")
	String end(HttpServletRequest request, RedirectAttributes redirect) {
		AssistedSession session = assisted(request);
		if (session != null) {
			sessions.end(session, request.getRemoteAddr());
			request.getSession().removeAttribute(AssistedSession.ATTRIBUTE);
			redirect.addFlashAttribute("notice", "assisted.ended");
		}
		return "redirect:/office";
	}

	private static CurrentAccount staff(HttpServletRequest request) {
		return (CurrentAccount) request.getAttribute(AccountDirectory.AUTHENTICATED);
	}

	private static AssistedSession assisted(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && session.getAttribute(AssistedSession.ATTRIBUTE) instanceof AssistedSession a ? a : null;
	}
}
