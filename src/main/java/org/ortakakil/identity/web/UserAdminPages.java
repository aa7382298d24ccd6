package org.ortakakil.identity.web;

import java.util.Arrays;
import java.util.Locale;

import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Role;
import org.ortakakil.identity.internal.AccountDirectory;
import org.ortakakil.identity.internal.AccountStore;
import org.ortakakil.identity.internal.ConsentTexts;
import org.ortakakil.identity.internal.RoleAdministration;
import org.ortakakil.platform.ErrorMessages;
import org.ortakakil.platform.FormRejection;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** Administration of accounts: find people, grant and revoke roles, publish a new consent text. */
@Controller
class UserAdminPages {

	private final AccountStore accounts;
	private final AccountDirectory directory;
	private final RoleAdministration roles;
	private final ConsentTexts consent;
	private final ErrorMessages errors;
	private final FormRejection rejection;

	UserAdminPages(AccountStore accounts, AccountDirectory directory, RoleAdministration roles, ConsentTexts consent,
			ErrorMessages errors, FormRejection rejection) {
		this.accounts = accounts;
		this.directory = directory;
		this.roles = roles;
		this.consent = consent;
		this.errors = errors;
		this.rejection = rejection;
	}

	@GetMapping("/admin/users")
	String users(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("users", accounts.search(q, 50));
		return "identity/admin-users";
	}

	@GetMapping("/admin/users/{id}")
	String user(@PathVariable long id, Model model) {
		CurrentAccount account = directory.load(id, null).orElseThrow(() -> DomainException.notFound("account.not-found"));
		model.addAttribute("user", account);
		model.addAttribute("record", accounts.byId(id).orElseThrow());
		model.addAttribute("roles", Arrays.asList(Role.values()));
		return "identity/admin-user";
	}

	@PostMapping("/admin/users/{id}/roles")
	String grant(@PathVariable long id, @RequestParam(required = false) Role role,
			@RequestParam(defaultValue = "") String scope, Actor actor, Locale locale, RedirectAttributes redirect) {
		try {
			roles.grant(id, role, scope, actor);
			redirect.addFlashAttribute("notice", "notice.saved");
		}
		catch (DomainException e) {
			if (e.kind() == DomainException.Kind.NOT_FOUND) {
				throw e;
			}
			redirect.addFlashAttribute("error", errors.of(e, locale));
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/admin/users/{id}/roles/revoke")
	String revoke(@PathVariable long id, @RequestParam Role role, @RequestParam(defaultValue = "") String scope,
			Actor actor, Locale locale, RedirectAttributes redirect) {
		try {
			roles.revoke(id, role, scope, actor);
			redirect.addFlashAttribute("notice", "notice.saved");
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("error", errors.of(e, locale));
		}
		return "redirect:/admin/users/" + id;
	}

	@GetMapping("/admin/consent")
	String consentText(Model model) {
		model.addAttribute("consent", consent.current());
		return "identity/admin-consent";
	}

	@PostMapping("/admin/consent")
	String publish(ConsentForm form, Actor actor, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			consent.publish(form.text(), actor);
			redirect.addFlashAttribute("notice", "notice.saved");
			return "redirect:/admin/consent";
		}
		catch (DomainException e) {
			model.addAttribute("consent", consent.current());
			return rejection.show(e, locale, model, response, () -> "identity/admin-consent");
		}
	}
}
