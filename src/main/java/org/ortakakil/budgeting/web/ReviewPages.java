package org.ortakakil.budgeting.web;

import java.util.List;
import java.util.Locale;

import org.ortakakil.budgeting.BudgetView;
import org.ortakakil.budgeting.ParticipatoryBudgetView;
import org.ortakakil.budgeting.ProjectState;
import org.ortakakil.budgeting.ProjectView;
import org.ortakakil.budgeting.internal.PbAccess;
import org.ortakakil.budgeting.internal.PbStore;
import org.ortakakil.budgeting.internal.Review;
import org.ortakakil.identity.CurrentAccount;
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

/**
 * The evaluators' queue: every idea not yet reviewed, budget by budget, with the three decisions next to it
 * (feasible with a cost, not feasible with a reason, merge into a similar idea), and what was decided.
 */
@Controller
class ReviewPages {

	/** One budget's ideas: those waiting, and those decided (feasible or not). */
	record Queue(BudgetView budget, List<ProjectView> waiting, List<ProjectView> decided, List<ProjectView> targets) {
	}

	private final PbStore store;
	private final Review review;
	private final PbAccess access;
	private final BudgetPages pages;
	private final FormRejection rejection;

	ReviewPages(PbStore store, Review review, PbAccess access, BudgetPages pages, FormRejection rejection) {
		this.store = store;
		this.review = review;
		this.access = access;
		this.pages = pages;
		this.rejection = rejection;
	}

	@GetMapping("/budgets/{pbId}/review")
	String queue(@PathVariable long pbId, CurrentAccount account, Model model) {
		ParticipatoryBudgetView pb = store.get(pbId);
		access.requireEvaluator(account, pb);
		return page(pb, model);
	}

	@PostMapping("/budgets/projects/{id}/review")
	String decide(@PathVariable long id, @RequestParam String decision, @RequestParam(required = false) String cost,
			@RequestParam(required = false) String reason, @RequestParam(required = false) Long into,
			CurrentAccount account, Actor actor, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		ProjectView project = store.project(id);
		ParticipatoryBudgetView pb = store.get(project.pbId());
		access.requireEvaluator(account, pb);
		try {
			switch (decision) {
				case "feasible" -> review.feasible(account, id, BudgetPages.amount(cost), actor);
				case "not-feasible" -> review.notFeasible(account, id, reason, actor);
				case "merge" -> {
					if (into == null) {
						throw DomainException.invalid("merge.target");
					}
					review.merge(account, id, into, actor);
				}
				default -> throw DomainException.invalid("budgeting.review-decision");
			}
		}
		catch (DomainException e) {
			model.addAttribute("failed", id);
			return rejection.show(e, locale, model, response, () -> page(pb, model));
		}
		redirect.addFlashAttribute("notice", "budgeting.review.saved");
		return "redirect:/budgets/" + pb.id() + "/review#project-" + id;
	}

	private String page(ParticipatoryBudgetView pb, Model model) {
		BudgetPages.Listed listed = pages.listed(pb.id());
		model.addAttribute("pb", pb);
		model.addAttribute("process", listed.process());
		model.addAttribute("queues", pb.budgets().stream().map(b -> {
			List<ProjectView> all = store.projects(b.id());
			return new Queue(b, all.stream().filter(p -> p.state() == ProjectState.IDEA).toList(),
					all.stream().filter(p -> p.state() == ProjectState.FEASIBLE || p.state() == ProjectState.NOT_FEASIBLE
							|| p.state() == ProjectState.MERGED).toList(),
					all.stream().filter(p -> p.state() == ProjectState.IDEA || p.state() == ProjectState.FEASIBLE).toList());
		}).toList());
		model.addAttribute("districtNames", pages.districtNames());
		return "budgeting/review";
	}
}
