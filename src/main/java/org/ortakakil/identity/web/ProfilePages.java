package org.ortakakil.identity.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ortakakil.audit.AuditEntry;
import org.ortakakil.audit.AuditLog;
import org.ortakakil.geography.Geography;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.internal.AccountStore;
import org.ortakakil.identity.internal.ConsentTexts;
import org.ortakakil.identity.internal.PersonalDataRights;
import org.ortakakil.identity.internal.Profiles;
import org.ortakakil.platform.FormRejection;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/** "My account": profile, residence, acts done for me, consent, my data, deleting the account. */
@Controller
class ProfilePages {

	private static final java.time.ZoneId ISTANBUL = java.time.ZoneId.of("Europe/Istanbul");

	private final Profiles profiles;
	private final AccountStore accounts;
	private final ConsentTexts consent;
	private final PersonalDataRights rights;
	private final Geography geography;
	private final AuditLog audit;
	private final PasswordEncoder encoder;
	private final LocaleResolver locales;
	private final FormRejection rejection;

	ProfilePages(Profiles profiles, AccountStore accounts, ConsentTexts consent, PersonalDataRights rights,
			Geography geography, AuditLog audit, PasswordEncoder encoder, LocaleResolver locales, FormRejection rejection) {
		this.profiles = profiles;
		this.accounts = accounts;
		this.consent = consent;
		this.rights = rights;
		this.geography = geography;
		this.audit = audit;
		this.encoder = encoder;
		this.locales = locales;
		this.rejection = rejection;
	}

	@GetMapping("/account")
	String account(CurrentAccount me, Model model) {
		var record = accounts.byId(me.id()).orElseThrow();
		model.addAttribute("profile", new Profiles.Changes(record.displayName(), record.language(),
				record.homeDistrictId(), record.homeNeighbourhoodId(), record.notificationMode()));
		return page(me, model);
	}

	@PostMapping("/account")
	String update(CurrentAccount me, @RequestParam(defaultValue = "") String displayName,
			@RequestParam(defaultValue = "tr") String language, @RequestParam(required = false) Integer districtId,
			@RequestParam(required = false) Integer neighbourhoodId,
			@RequestParam(defaultValue = "IMMEDIATE") String notificationMode, Actor actor, Locale locale, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		Profiles.Changes changes = new Profiles.Changes(displayName, language, districtId, neighbourhoodId,
				notificationMode);
		try {
			profiles.update(me.id(), changes, actor);
			locales.setLocale(request, response, Locale.forLanguageTag(language));
			redirect.addFlashAttribute("notice", "notice.saved");
			return "redirect:/account";
		}
		catch (DomainException e) {
			model.addAttribute("profile", changes);
			page(me, model);
			return rejection.show(e, locale, model, response, () -> "identity/account");
		}
	}

	private String page(CurrentAccount me, Model model) {
		model.addAttribute("account", me);
		model.addAttribute("districts", geography.districts());
		model.addAttribute("residenceDistrict", me.residence().flatMap(r -> geography.district((int) r.districtId())).orElse(null));
		model.addAttribute("residenceNeighbourhood",
				me.residence().flatMap(r -> geography.neighbourhood((int) r.neighbourhoodId())).orElse(null));
		Integer district = model.getAttribute("profile") instanceof Profiles.Changes p ? p.districtId() : null;
		model.addAttribute("neighbourhoods", district == null ? List.of()
				: geography.district(district).map(d -> geography.neighbourhoods(d.slug())).orElse(List.of()));
		List<AuditEntry> assisted = audit.actsOf(me.principal(), 200).stream()
			.filter(e -> e.assistedBy() != null && e.actor().equals(me.principal())).toList();
		model.addAttribute("assistedActs", assisted);
		model.addAttribute("zone", ISTANBUL);
		return "identity/account";
	}

	/** The neighbourhood choice for a district, for htmx; without JavaScript the page reloads instead. */
	@GetMapping("/account/neighbourhoods")
	String neighbourhoods(@RequestParam(required = false) Integer districtId, Model model) {
		model.addAttribute("neighbourhoods", districtId == null ? List.of()
				: geography.district(districtId).map(d -> geography.neighbourhoods(d.slug())).orElse(List.of()));
		model.addAttribute("selected", null);
		return "identity/neighbourhoods :: choice(${neighbourhoods}, ${selected})";
	}

	@GetMapping("/account/consent")
	String consentForm(Model model) {
		model.addAttribute("consent", consent.current());
		return "identity/consent";
	}

	@PostMapping("/account/consent")
	String accept(CurrentAccount me, @RequestParam(required = false) Integer consentVersion, Actor actor, Locale locale,
			Model model, HttpServletResponse response) {
		try {
			profiles.acceptConsent(me.id(), consentVersion == null ? -1 : consentVersion, actor);
			return "redirect:/account";
		}
		catch (DomainException e) {
			model.addAttribute("consent", consent.current());
			return rejection.show(e, locale, model, response, () -> "identity/consent");
		}
	}

	@GetMapping("/account/data")
	ResponseEntity<Map<String, Object>> download(CurrentAccount me, Actor actor) {
		if (me.assisted()) {
			throw DomainException.forbidden("assisted.not-allowed");
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("ortakakil-my-data-" + me.id() + ".json").build().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.body(rights.export(me.id(), actor));
	}

	@GetMapping("/account/delete")
	String deleteForm(CurrentAccount me, Model model) {
		model.addAttribute("hasPassword", accounts.byId(me.id()).map(a -> a.passwordHash() != null).orElse(false));
		return "identity/delete";
	}

	@PostMapping("/account/delete")
	String delete(CurrentAccount me, @RequestParam(defaultValue = "false") boolean understood,
			@RequestParam(defaultValue = "") String password, Actor actor, Locale locale, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (me.assisted()) {
				throw DomainException.forbidden("assisted.not-allowed");
			}
			String hash = accounts.byId(me.id()).map(a -> a.passwordHash()).orElse(null);
			if (!understood) {
				throw DomainException.invalid("understood.delete-required");
			}
			if (hash != null && !encoder.matches(password, hash)) {
				throw DomainException.invalid("password.wrong");
			}
			rights.delete(me.id(), actor);
		}
		catch (DomainException e) {
			if (e.kind() == DomainException.Kind.FORBIDDEN) {
				throw e;
			}
			model.addAttribute("hasPassword", accounts.byId(me.id()).map(a -> a.passwordHash() != null).orElse(false));
			return rejection.show(e, locale, model, response, () -> "identity/delete");
		}
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		redirect.addFlashAttribute("notice", "account.deleted");
		return "redirect:/";
	}
}
