package org.ortakakil.requests.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ortakakil.geography.Geography;
import org.ortakakil.identity.Accounts;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.platform.FormRejection;
import org.ortakakil.requests.Priority;
import org.ortakakil.requests.RequestState;
import org.ortakakil.requests.ServiceCatalogue;
import org.ortakakil.requests.ServiceCategoryView;
import org.ortakakil.requests.internal.HandledRequest;
import org.ortakakil.requests.internal.RequestHandling;
import org.ortakakil.requests.internal.RequestUpdate;
import org.ortakakil.requests.internal.Units;
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
 * A unit's triage: its requests, most urgent and soonest due first, and one request with everything
 * the unit may know (the reporter's contact details, the answers, internal notes) and the steps it may
 * take: accept, reject with a reason, merge into another request, change category or priority, ask the
 * resident, resume, start, resolve, and notes, internal or public. Only staff of the request's unit
 * (and administrators) see these pages.
 */
@Controller
@RequestMapping("/staff/requests")
class TriagePages {

	static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
	static final int PAGE_SIZE = 50;

	private final RequestHandling handling;
	private final ServiceCatalogue catalogue;
	private final Geography geography;
	private final Units units;
	private final FormRejection rejection;
	private final Accounts accounts;
	private final Clock clock;

	TriagePages(RequestHandling handling, ServiceCatalogue catalogue, Geography geography,
			Units units, FormRejection rejection, Accounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
		this.handling = handling;
		this.catalogue = catalogue;
		this.geography = geography;
		this.units = units;
		this.rejection = rejection;
	}

	@GetMapping
	String queue(@RequestParam(required = false) String unit, @RequestParam(defaultValue = "open") String show,
			@RequestParam(defaultValue = "0") int page, CurrentAccount account, Model model) {
		List<String> served = units.served(account);
		String chosen = unit == null ? served.get(0) : unit;
		units.require(account, chosen);
		Set<RequestState> states = switch (show) {
			case "closed" -> EnumSet.complementOf(EnumSet.copyOf(RequestState.OPEN));
			default -> show.matches("[A-Z_]+") && isState(show) ? EnumSet.of(RequestState.valueOf(show))
					: RequestState.OPEN;
		};
		int from = Math.max(0, page) * PAGE_SIZE;
		List<HandledRequest> requests = handling.queue(chosen, states, from, PAGE_SIZE + 1);
		model.addAttribute("units", served);
		model.addAttribute("unit", chosen);
		model.addAttribute("show", show);
		model.addAttribute("states", RequestState.values());
		model.addAttribute("requests", requests.subList(0, Math.min(PAGE_SIZE, requests.size())));
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("more", requests.size() > PAGE_SIZE);
		common(model);
		return "requests/staff-queue";
	}

	@GetMapping("/{id}")
	String request(@PathVariable String id, CurrentAccount account, Model model, Locale locale) {
		HandledRequest request = handling.get(id);
		requireUnit(account, request);
		ServiceCategoryView category = catalogue.category(request.serviceCode()).orElse(null);
		Map<String, String> questions = new HashMap<>();
		if (category != null) {
			category.attributes().forEach(a -> questions.put(a.code(), a.description().in(locale)));
		}
		model.addAttribute("request", request);
		model.addAttribute("category", category);
		model.addAttribute("questions", questions);
		model.addAttribute("answers", handling.answers(request.id()));
		model.addAttribute("reporter", request.reporter() == null ? null
				: accounts.byPrincipal(request.reporter()).orElse(null));
		List<RequestUpdate> history = handling.history(request.id(), true);
		Map<String, String> names = new HashMap<>();
		history.forEach(u -> names.computeIfAbsent(u.actor(), a -> accounts.displayName(a).orElse(a)));
		model.addAttribute("history", history);
		model.addAttribute("names", names);
		model.addAttribute("district", request.districtId() == null ? null
				: geography.district(request.districtId()).orElse(null));
		model.addAttribute("neighbourhood", request.neighbourhoodId() == null ? null
				: geography.neighbourhood(request.neighbourhoodId()).orElse(null));
		model.addAttribute("categories", catalogue.categories());
		model.addAttribute("priorities", Priority.values());
		common(model);
		return "requests/staff-request";
	}

	@PostMapping("/{id}/{step:accept|reject|merge|start|resolve|wait|resume|note|priority|category}")
	String act(@PathVariable String id, @PathVariable String step, @RequestParam(defaultValue = "") String note,
			@RequestParam(defaultValue = "") String target, @RequestParam(defaultValue = "false") boolean internal,
			CurrentAccount account, Actor actor, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		HandledRequest request = handling.get(id);
		requireUnit(account, request);
		try {
			switch (step) {
				case "accept" -> handling.accept(id, note, actor);
				case "reject" -> handling.reject(id, note, actor);
				case "merge" -> handling.merge(id, target.strip().toUpperCase(Locale.ROOT), actor);
				case "start" -> handling.startWork(id, note, actor);
				case "resolve" -> handling.resolve(id, note, null, actor);
				case "wait" -> handling.waitForResident(id, note, actor);
				case "resume" -> handling.resume(id, note, actor);
				case "note" -> handling.note(id, note, internal, actor);
				case "priority" -> handling.prioritize(id, priority(target), actor);
				default -> handling.recategorize(id, target, actor);
			}
		}
		catch (DomainException e) {
			model.addAttribute("failedStep", step);
			model.addAttribute("typedNote", note);
			return rejection.show(e, locale, model, response, () -> request(id, account, model, locale));
		}
		redirect.addFlashAttribute("notice", "notice.saved");
		String unit = handling.get(id).unit();
		if (!units.serves(account, unit)) {
			redirect.addFlashAttribute("notice", "triage.moved");
			return "redirect:/staff/requests?unit=" + request.unit();
		}
		return "redirect:/staff/requests/" + id;
	}

	private void common(Model model) {
		model.addAttribute("zone", ISTANBUL);
		model.addAttribute("now", OffsetDateTime.now(clock));
	}

	private void requireUnit(CurrentAccount account, HandledRequest request) {
		units.require(account, request.unit());
	}

	private static boolean isState(String name) {
		return EnumSet.allOf(RequestState.class).stream().anyMatch(s -> s.name().equals(name));
	}

	private static Priority priority(String name) {
		return EnumSet.allOf(Priority.class).stream().filter(p -> p.name().equals(name)).findFirst()
			.orElseThrow(() -> DomainException.invalid("requests.priority-unknown"));
	}
}
