package org.ortakakil.budgeting.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.ortakakil.budgeting.ParticipatoryBudgetView;
import org.ortakakil.budgeting.internal.PbAdministration;
import org.ortakakil.budgeting.internal.PbSettings;
import org.ortakakil.budgeting.internal.PbStore;
import org.ortakakil.shared.Actor;
import org.ortakakil.spaces.Spaces;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Platform administrators give a process its participatory budget; the process's administrators run it. */
@Controller
class AdminBudgetPages {

	private final PbStore store;
	private final PbAdministration administration;
	private final Spaces spaces;

	AdminBudgetPages(PbStore store, PbAdministration administration, Spaces spaces) {
		this.store = store;
		this.administration = administration;
		this.spaces = spaces;
	}

	@GetMapping("/admin/budgets")
	String list(Model model) {
		Set<Long> withBudget = store.all().stream().map(ParticipatoryBudgetView::processId).collect(Collectors.toSet());
		model.addAttribute("budgets", store.all().stream()
			.flatMap(pb -> spaces.process(pb.processId()).map(p -> new BudgetPages.Listed(pb, p)).stream())
			.toList());
		model.addAttribute("processes", spaces.processes().stream().filter(p -> !withBudget.contains(p.id())).toList());
		return "budgeting/admin";
	}

	@PostMapping("/admin/budgets")
	String create(@RequestParam long process, Actor actor, RedirectAttributes redirect) {
		spaces.process(process).orElseThrow(() -> org.ortakakil.shared.DomainException.notFound("budgeting.not-found", process));
		long id = administration.create(process, PbSettings.defaults(), actor);
		redirect.addFlashAttribute("notice", "budgeting.manage.created");
		return "redirect:/budgets/" + id + "/manage";
	}
}
