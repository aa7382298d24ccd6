package org.ortakakil.budgeting.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ortakakil.budgeting.pabulib.PabulibException;
import org.ortakakil.budgeting.rules.Rules;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.platform.FormRejection;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Simulating rules on any Pabulib file: upload it, choose rules, follow their progress, and compare their
 * results side by side. A malformed file comes back with each problem and its line (422).
 */
@Controller
class SimulationPages {

	private final Simulations simulations;
	private final ResultStore results;
	private final ResultAccess access;
	private final FormRejection rejection;
	private final MessageSource messages;

	SimulationPages(Simulations simulations, ResultStore results, ResultAccess access, FormRejection rejection,
			MessageSource messages) {
		this.simulations = simulations;
		this.results = results;
		this.access = access;
		this.rejection = rejection;
		this.messages = messages;
	}

	@GetMapping("/admin/budgets/simulate")
	String form(CurrentAccount account, Model model) {
		access.requirePlatformAdmin(account);
		return form(model, List.of("equalshares/add1", "greedy"), 1);
	}

	private String form(Model model, List<String> chosen, int increment) {
		model.addAttribute("rules", Rules.RULES);
		model.addAttribute("chosen", chosen);
		model.addAttribute("increment", increment);
		model.addAttribute("recent", simulations.recent(20));
		model.addAttribute("maxMegabytes", Simulations.MAX_BYTES / (1024 * 1024));
		return "budgeting/simulate";
	}

	@PostMapping("/admin/budgets/simulate")
	String upload(@RequestParam(required = false) MultipartFile file,
			@RequestParam(name = "rule", required = false) List<String> rules,
			@RequestParam(defaultValue = "1") String increment, CurrentAccount account, Actor actor, Model model,
			Locale locale, HttpServletResponse response) {
		access.requirePlatformAdmin(account);
		List<String> chosen = rules == null ? List.of() : rules;
		int step = parse(increment);
		try {
			long id = simulations.upload(file == null ? null : file.getOriginalFilename(),
					file == null || file.isEmpty() ? null : bytes(file), chosen, step, actor);
			return "redirect:/admin/budgets/simulate/" + id;
		}
		catch (PabulibException malformed) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("problems", malformed.problems().stream().limit(200).toList());
			model.addAttribute("problemCount", malformed.problems().size());
			return form(model, chosen, Math.max(1, step));
		}
		catch (DomainException e) {
			return rejection.show(e, locale, model, response, () -> form(model, chosen, Math.max(1, step)));
		}
	}

	private static int parse(String increment) {
		try {
			return Integer.parseInt(increment.trim());
		}
		catch (NumberFormatException e) {
			return 0;
		}
	}

	private static byte[] bytes(MultipartFile file) {
		if (file.getSize() > Simulations.MAX_BYTES) {
			throw DomainException.invalid("budgeting.simulate.too-large", Simulations.MAX_BYTES / (1024 * 1024));
		}
		try {
			return file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@GetMapping("/admin/budgets/simulate/{id}")
	String simulation(@PathVariable long id, CurrentAccount account, Model model, Locale locale) {
		access.requirePlatformAdmin(account);
		Simulations.Simulation simulation = load(id, model);
		Optional<Computation> computation = results.latestOfSimulation(id);
		if (computation.isPresent() && computation.get().done()) {
			List<RuleResult> stored = results.results(computation.get().id(), null);
			model.addAttribute("comparison", Comparison.of(
					simulations.items(id, messages.getMessage("budgeting.results.no-district", null, locale)), stored,
					Simulations.points(simulation), locale, null));
		}
		return "budgeting/simulate-result";
	}

	@GetMapping("/admin/budgets/simulate/{id}/progress")
	String progress(@PathVariable long id, CurrentAccount account, Model model) {
		access.requirePlatformAdmin(account);
		load(id, model);
		return "budgeting/simulate-result :: progress";
	}

	private Simulations.Simulation load(long id, Model model) {
		Simulations.Simulation simulation = simulations.find(id)
			.orElseThrow(() -> DomainException.notFound("budgeting.simulate.not-found", id));
		model.addAttribute("simulation", simulation);
		model.addAttribute("budgetText", Comparison.money(simulation.budget(), Locale.ROOT, null));
		model.addAttribute("computation", results.latestOfSimulation(id).orElse(null));
		return simulation;
	}
}
