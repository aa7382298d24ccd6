package org.ortakakil.requests.teams.web;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.platform.FormRejection;
import org.ortakakil.requests.teams.Team;
import org.ortakakil.requests.teams.TeamAdministration;
import org.ortakakil.requests.teams.TeamDraft;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A unit's teams, for its staff and administrators: the list, and one form to create or change a team
 * (members, vehicle, skills, home base, capacity, weekly shifts and exceptions).
 */
@Controller
@RequestMapping("/teams")
class TeamPages {

	private final TeamAdministration teams;
	private final UnitAccess units;
	private final FormRejection rejection;

	TeamPages(TeamAdministration teams, UnitAccess units, FormRejection rejection) {
		this.teams = teams;
		this.units = units;
		this.rejection = rejection;
	}

	@ModelAttribute("weekdays")
	List<DayOfWeek> weekdays() {
		return List.of(DayOfWeek.values());
	}

	/** The weekdays' names in the page's language, Monday first. */
	@ModelAttribute("dayNames")
	List<String> dayNames(Locale locale) {
		return weekdays().stream().map(d -> {
			String name = d.getDisplayName(TextStyle.FULL, locale);
			return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
		}).toList();
	}

	@ModelAttribute("vehicleKinds")
	Team.VehicleKind[] vehicleKinds() {
		return Team.VehicleKind.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) String unit, CurrentAccount account, Model model) {
		List<String> served = units.served(account);
		String chosen = units.chosen(account, unit, served);
		model.addAttribute("units", served);
		model.addAttribute("unit", chosen);
		model.addAttribute("teams", chosen == null ? List.of() : teams.ofUnit(chosen));
		return "teams/list";
	}

	@GetMapping("/new")
	String create(@RequestParam String unit, CurrentAccount account, Model model) {
		units.require(account, unit);
		TeamDraft empty = new TeamDraft("", "", "VAN", "", "", "3", true, "", List.of(), List.of(), List.of(), "");
		return form(0, unit, empty, model);
	}

	@PostMapping
	String created(@RequestParam String unit, TeamDraft draft, CurrentAccount account, Actor actor, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		units.require(account, unit);
		return save(0, unit, draft, actor, model, locale, response, redirect);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, CurrentAccount account, Model model) {
		Team team = teams.get(id);
		units.require(account, team.unitKey());
		return form(id, team.unitKey(), teams.draftOf(team), model);
	}

	@PostMapping("/{id}")
	String changed(@PathVariable long id, TeamDraft draft, CurrentAccount account, Actor actor, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Team team = teams.get(id);
		units.require(account, team.unitKey());
		return save(id, team.unitKey(), draft, actor, model, locale, response, redirect);
	}

	private String save(long id, String unit, TeamDraft draft, Actor actor, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			teams.save(id, unit, draft, actor);
		}
		catch (DomainException e) {
			return rejection.show(e, locale, model, response, () -> form(id, unit, draft, model));
		}
		redirect.addFlashAttribute("notice", "notice.saved");
		return "redirect:/teams?unit=" + unit;
	}

	private String form(long id, String unit, TeamDraft draft, Model model) {
		model.addAttribute("id", id);
		model.addAttribute("unit", unit);
		model.addAttribute("team", draft);
		model.addAttribute("categories", teams.motorizedCategories());
		return "teams/form";
	}
}
