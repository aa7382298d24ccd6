package org.ortakakil.requests.teams.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.requests.ServiceCatalogue;
import org.ortakakil.requests.internal.HandledRequest;
import org.ortakakil.requests.teams.Dispatch;
import org.ortakakil.requests.teams.Dispatch.OpenRequest;
import org.ortakakil.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.json.JsonMapper;

/**
 * The dispatcher console of a unit: its open requests on a map and in a table (most urgent and soonest
 * due first, overdue ones marked), the teams suggested for the request chosen (with htmx only that part
 * is sent) and assigning one with a click; and the unit's automatic assignment switch.
 */
@Controller
class DispatchPages {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Dispatch dispatch;
	private final UnitAccess units;
	private final ServiceCatalogue catalogue;
	private final Clock clock;

	DispatchPages(Dispatch dispatch, UnitAccess units, ServiceCatalogue catalogue, Clock clock) {
		this.dispatch = dispatch;
		this.units = units;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	record Point(double lat, double lon, String label, String url) {
	}

	@GetMapping("/dispatch")
	String console(@RequestParam(required = false) String unit, @RequestParam(required = false) String request,
			@RequestHeader(name = "HX-Request", required = false) String htmx, CurrentAccount account, Model model,
			Locale locale) {
		List<String> served = units.served(account);
		String chosen = units.chosen(account, unit, served);
		model.addAttribute("units", served);
		model.addAttribute("unit", chosen);
		model.addAttribute("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
		model.addAttribute("times", new IstanbulTime("yyyy-MM-dd HH:mm"));
		model.addAttribute("categoryNames", new CategoryNames(catalogue, locale));
		if (chosen == null) {
			return "teams/dispatch";
		}
		if (request != null && !request.isBlank()) {
			HandledRequest selected = dispatch.request(chosen, request);
			model.addAttribute("selected", selected);
			model.addAttribute("suggestions", dispatch.suggest(selected));
			if (htmx != null) {
				return "teams/dispatch :: suggestions";
			}
		}
		Dispatch.Console console = dispatch.console(chosen);
		model.addAttribute("console", console);
		model.addAttribute("auto", dispatch.autoAssign(chosen));
		model.addAttribute("points", points(console.waiting(), chosen, locale));
		return "teams/dispatch";
	}

	@PostMapping("/dispatch/assign")
	String assign(@RequestParam String unit, @RequestParam String request, @RequestParam long team,
			CurrentAccount account, Actor actor, RedirectAttributes redirect) {
		units.require(account, unit);
		dispatch.request(unit, request);
		dispatch.assign(request, team, actor, false);
		redirect.addFlashAttribute("notice", "dispatch.assigned");
		return "redirect:/dispatch?unit=" + unit;
	}

	@PostMapping("/dispatch/automatic")
	String automatic(@RequestParam String unit, @RequestParam(defaultValue = "false") boolean on,
			CurrentAccount account, RedirectAttributes redirect) {
		units.require(account, unit);
		dispatch.setAutoAssign(unit, on);
		redirect.addFlashAttribute("notice", "notice.saved");
		return "redirect:/dispatch?unit=" + unit;
	}

	private String points(List<OpenRequest> requests, String unit, Locale locale) {
		CategoryNames names = new CategoryNames(catalogue, locale);
		return JSON.writeValueAsString(requests.stream().filter(r -> r.lat() != null && r.lon() != null)
			.map(r -> new Point(r.lat(), r.lon(), names.of(r.serviceCode()) + " · " + r.serviceRequestId(),
					"/dispatch?unit=" + unit + "&request=" + r.serviceRequestId()))
			.toList());
	}

	/** A category's name in the page's language, for the templates. */
	public record CategoryNames(ServiceCatalogue catalogue, Locale locale) {

		public String of(String code) {
			return catalogue.category(code).map(c -> c.name().in(locale)).orElse(code);
		}
	}
}
