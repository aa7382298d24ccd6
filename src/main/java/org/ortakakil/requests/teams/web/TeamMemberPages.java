package org.ortakakil.requests.teams.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.requests.ServiceCatalogue;
import org.ortakakil.requests.teams.Team;
import org.ortakakil.requests.teams.TeamJob;
import org.ortakakil.requests.teams.TeamJobs;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team member's phone page: the jobs of my teams (unfinished first) with one button for the next
 * step, the forms to finish a job, and reporting where the team is (by the browser's location, or by
 * typing it without JavaScript). Whether the person may act on a job is the team's membership,
 * which {@link TeamJobs} checks.
 */
@Controller
class TeamMemberPages {

	private final TeamJobs jobs;
	private final ServiceCatalogue catalogue;

	TeamMemberPages(TeamJobs jobs, ServiceCatalogue catalogue) {
		this.jobs = jobs;
		this.catalogue = catalogue;
	}

	@GetMapping("/team")
	String mine(CurrentAccount account, Model model, Locale locale) {
		List<Team> teams = jobs.teamsOf(account.principal());
		Map<Long, List<TeamJob>> byTeam = teams.stream()
			.collect(Collectors.toMap(Team::id, t -> jobs.jobs(t.id()), (a, b) -> a, java.util.LinkedHashMap::new));
		model.addAttribute("teams", teams);
		model.addAttribute("jobs", byTeam);
		model.addAttribute("times", new IstanbulTime("dd.MM HH:mm"));
		model.addAttribute("categoryNames", new DispatchPages.CategoryNames(catalogue, locale));
		return "teams/member";
	}

	@PostMapping("/team/jobs/{id}/step")
	String step(@PathVariable long id, @RequestParam TeamJob.Step step, CurrentAccount account, Actor actor,
			RedirectAttributes redirect) {
		jobs.step(id, step, account.principal(), actor);
		redirect.addFlashAttribute("notice", "teams.member.step-saved");
		return "redirect:/team#job-" + id;
	}

	@PostMapping("/team/jobs/{id}/resolve")
	String resolve(@PathVariable long id, @RequestParam(defaultValue = "") String note,
			@RequestParam(required = false) MultipartFile photo, CurrentAccount account, Actor actor,
			RedirectAttributes redirect) throws IOException {
		byte[] content = photo == null || photo.isEmpty() ? null : photo.getBytes();
		jobs.resolve(id, note, content, account.principal(), actor);
		redirect.addFlashAttribute("notice", "teams.member.resolved");
		return "redirect:/team";
	}

	@PostMapping("/team/jobs/{id}/cannot-resolve")
	String cannotResolve(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			CurrentAccount account, Actor actor, RedirectAttributes redirect) {
		jobs.cannotResolve(id, reason, account.principal(), actor);
		redirect.addFlashAttribute("notice", "teams.member.given-back");
		return "redirect:/team";
	}

	/** From the form without JavaScript: the page again, with a notice. */
	@PostMapping("/team/position")
	String position(@RequestParam long team, @RequestParam String lat, @RequestParam String lon,
			CurrentAccount account, RedirectAttributes redirect) {
		jobs.reportPosition(team, number(lat), number(lon), account.principal());
		redirect.addFlashAttribute("notice", "teams.member.position-saved");
		return "redirect:/team";
	}

	/** From team.js, which sends the header {@code X-Requested-With}: nothing to show. */
	@PostMapping(path = "/team/position", headers = "X-Requested-With")
	ResponseEntity<Void> reported(@RequestParam long team, @RequestParam String lat, @RequestParam String lon,
			CurrentAccount account) {
		jobs.reportPosition(team, number(lat), number(lon), account.principal());
		return ResponseEntity.noContent().build();
	}

	private static double number(String typed) {
		try {
			return Double.parseDouble(typed.strip().replace(',', '.'));
		}
		catch (NumberFormatException notANumber) {
			throw DomainException.invalid("teams.position-outside-istanbul");
		}
	}
}
