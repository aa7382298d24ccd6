package org.ortakakil.requests.intake;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ortakakil.geography.Geography;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.platform.FormRejection;
import org.ortakakil.requests.RequestState;
import org.ortakakil.requests.ServiceCategoryView;
import org.ortakakil.requests.internal.CatalogueStore;
import org.ortakakil.requests.internal.HandledRequest;
import org.ortakakil.requests.internal.RequestHandling;
import org.ortakakil.requests.internal.ServiceRequests;
import org.ortakakil.requests.photos.Photos;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A request's own page (what it is, where, its state and public history, in İstanbul time), where its
 * reporter confirms the fix or reopens it within seven days: logged in, or through the secret link of
 * their mails; the photos of requests; and a resident's list of their requests under their account.
 */
@Controller
class RequestPages {

	static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

	private final RequestHandling handling;
	private final ServiceRequests requests;
	private final CatalogueStore catalogue;
	private final Intake intake;
	private final Photos photos;
	private final Geography geography;
	private final FormRejection rejection;
	private final Clock clock;

	RequestPages(RequestHandling handling, ServiceRequests requests, CatalogueStore catalogue, Intake intake,
			Photos photos, Geography geography, FormRejection rejection, Clock clock) {
		this.handling = handling;
		this.requests = requests;
		this.catalogue = catalogue;
		this.intake = intake;
		this.photos = photos;
		this.geography = geography;
		this.rejection = rejection;
		this.clock = clock;
	}

	@GetMapping("/requests/{id}")
	String show(@PathVariable String id, CurrentAccount account, Model model) {
		HandledRequest request = handling.get(id);
		return page(request, isReporter(request, account) ? "" : null, model);
	}

	@GetMapping("/requests/{id}/r/{token}")
	String showToReporter(@PathVariable String id, @PathVariable String token, Model model) {
		return page(byToken(id, token), "/r/" + token, model);
	}

	@PostMapping("/requests/{id}/confirm")
	String confirm(@PathVariable String id, CurrentAccount account, Actor actor, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		HandledRequest request = asReporter(id, account);
		return act(request, "", r -> handling.confirm(r, actor), "intake.confirmed", model, locale, redirect,
				response);
	}

	@PostMapping("/requests/{id}/reopen")
	String reopen(@PathVariable String id, @RequestParam(defaultValue = "") String reason, CurrentAccount account,
			Actor actor, Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		HandledRequest request = asReporter(id, account);
		model.addAttribute("reason", reason);
		return act(request, "", r -> handling.reopen(r, reason, actor), "intake.reopened", model, locale, redirect,
				response);
	}

	@PostMapping("/requests/{id}/r/{token}/confirm")
	String confirmByLink(@PathVariable String id, @PathVariable String token, Actor actor, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		return act(byToken(id, token), "/r/" + token, r -> handling.confirm(r, actor), "intake.confirmed", model,
				locale, redirect, response);
	}

	@PostMapping("/requests/{id}/r/{token}/reopen")
	String reopenByLink(@PathVariable String id, @PathVariable String token,
			@RequestParam(defaultValue = "") String reason, Actor actor, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("reason", reason);
		return act(byToken(id, token), "/r/" + token, r -> handling.reopen(r, reason, actor), "intake.reopened",
				model, locale, redirect, response);
	}

	/** A request's photo; a private category's only for its reporter and the unit's staff. */
	@GetMapping("/requests/photos/{key}.jpg")
	ResponseEntity<byte[]> photo(@PathVariable String key, CurrentAccount account) {
		PhotoOwner owner = intake.photoOwner(key).orElseThrow(() -> DomainException.notFound("intake.photo-not-found"));
		if (owner.isPrivate() && !(account != null && account.principal().equals(owner.reporter()))
				&& !intake.serves(account, owner.unit())) {
			throw DomainException.notFound("intake.photo-not-found");
		}
		byte[] jpeg = photos.load(key).orElseThrow(() -> DomainException.notFound("intake.photo-not-found"));
		return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
			.cacheControl(owner.isPrivate() ? CacheControl.noStore() : CacheControl.noCache()).body(jpeg);
	}

	@GetMapping("/account/requests")
	String mine(CurrentAccount account, Model model) {
		model.addAttribute("filed", intake.filedBy(account.principal()));
		model.addAttribute("supported", intake.supportedBy(account.principal()));
		model.addAttribute("names", catalogue.all().stream()
			.collect(Collectors.toMap(ServiceCategoryView::code, ServiceCategoryView::name)));
		model.addAttribute("zone", ISTANBUL);
		return "requests/mine";
	}

	private String act(HandledRequest request, String link, Function<String, HandledRequest> step, String done,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			step.apply(request.serviceRequestId());
			redirect.addFlashAttribute("notice", done);
			return "redirect:/requests/" + request.serviceRequestId() + link;
		}
		catch (DomainException e) {
			return rejection.show(e, locale, model, response, () -> page(handling.get(request.serviceRequestId()),
					link, model));
		}
	}

	/** The page; {@code reporterLink} is null for anyone but the reporter, else how their buttons' paths go on. */
	private String page(HandledRequest request, String reporterLink, Model model) {
		var category = catalogue.any(request.serviceCode()).orElseThrow();
		model.addAttribute("request", request);
		model.addAttribute("view", requests.find(request.serviceRequestId()).orElseThrow());
		model.addAttribute("category", category);
		model.addAttribute("history", handling.history(request.id(), false));
		model.addAttribute("meToo", intake.meTooCount(request.id()));
		model.addAttribute("district", request.districtId() == null ? null
				: geography.district(request.districtId()).orElse(null));
		model.addAttribute("neighbourhood", request.neighbourhoodId() == null ? null
				: geography.neighbourhood(request.neighbourhoodId()).orElse(null));
		model.addAttribute("zone", ISTANBUL);
		model.addAttribute("reporterLink", reporterLink);
		model.addAttribute("confirmable", reporterLink != null && confirmable(request));
		return "requests/request";
	}

	private boolean confirmable(HandledRequest request) {
		return request.state() == RequestState.RESOLVED && request.confirmedAt() == null
				&& request.resolvedAt() != null
				&& request.resolvedAt().plus(RequestHandling.CONFIRMATION_WINDOW).isAfter(OffsetDateTime.now(clock));
	}

	private HandledRequest asReporter(String id, CurrentAccount account) {
		HandledRequest request = handling.get(id);
		if (!isReporter(request, account)) {
			throw DomainException.forbidden("permission.denied");
		}
		return request;
	}

	private HandledRequest byToken(String id, String token) {
		HandledRequest request = handling.get(id);
		if (!intake.reporterToken(request.id(), token)) {
			throw DomainException.notFound("requests.not-found", id);
		}
		return request;
	}

	private static boolean isReporter(HandledRequest request, CurrentAccount account) {
		return account != null && request.reporter() != null && request.reporter().equals(account.principal());
	}
}
