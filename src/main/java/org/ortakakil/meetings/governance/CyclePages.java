package org.ortakakil.meetings.governance;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;

import org.ortakakil.geography.District;
import org.ortakakil.geography.Geography;
import org.ortakakil.identity.Authorization;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Permission;
import org.ortakakil.platform.FormRejection;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.ResourceRef;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The district coordinator's cycle planning: the form, the preview of every planned meeting (the same
 * page with the plan below the form), and confirming, which stores the cycle and leads to the
 * district's coverage. Only coordinators of the district (and administrators) may plan.
 */
@Controller
@RequestMapping("/governance/cycles/new")
class CyclePages {

	private final Cycles cycles;
	private final Geography geography;
	private final Authorization authorization;
	private final FormRejection rejection;

	CyclePages(Cycles cycles, Geography geography, Authorization authorization, FormRejection rejection) {
		this.cycles = cycles;
		this.geography = geography;
		this.authorization = authorization;
		this.rejection = rejection;
	}

	@GetMapping
	String form(@RequestParam String district, CurrentAccount account, Model model) {
		District place = coordinated(account, district);
		return show(place, cycles.blank(place), model);
	}

	@PostMapping
	String submit(@RequestParam String district, @RequestParam(defaultValue = "preview") String action,
			@ModelAttribute CycleForm form, CurrentAccount account, Actor actor, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		District place = coordinated(account, district);
		try {
			if ("confirm".equals(action)) {
				cycles.confirm(place, form, actor);
				redirect.addFlashAttribute("notice", "governance.cycle.created");
				return "redirect:/governance/coverage?district=" + place.slug();
			}
			model.addAttribute("plan", cycles.preview(place, form));
			return show(place, form, model);
		}
		catch (DomainException e) {
			return rejection.show(e, locale, model, response, () -> show(place, form, model));
		}
	}

	private String show(District district, CycleForm form, Model model) {
		model.addAttribute("district", district);
		model.addAttribute("form", form);
		model.addAttribute("neighbourhoods", geography.neighbourhoods(district.slug()));
		model.addAttribute("places", cycles.placesFor(district));
		model.addAttribute("weekdays", List.of(DayOfWeek.values()));
		model.addAttribute("zone", CyclePlanner.ISTANBUL);
		return "governance/cycle";
	}

	private District coordinated(CurrentAccount account, String slug) {
		District place = geography.requireDistrict(slug.strip());
		authorization.require(account, Permission.COORDINATE_DISTRICT, ResourceRef.of("district", place.id()));
		return place;
	}
}
