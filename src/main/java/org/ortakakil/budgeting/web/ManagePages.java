package org.ortakakil.budgeting.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.ortakakil.budgeting.BallotType;
import org.ortakakil.budgeting.BudgetStage;
import org.ortakakil.budgeting.BudgetView;
import org.ortakakil.budgeting.ParticipatoryBudgetView;
import org.ortakakil.budgeting.ProjectView;
import org.ortakakil.budgeting.VotingScope;
import org.ortakakil.budgeting.internal.IdeaDraft;
import org.ortakakil.budgeting.internal.PbAccess;
import org.ortakakil.budgeting.internal.PbAdministration;
import org.ortakakil.budgeting.internal.PbSettings;
import org.ortakakil.budgeting.internal.PbStore;
import org.ortakakil.budgeting.internal.Promotions;
import org.ortakakil.budgeting.rules.Rules;
import org.ortakakil.geography.Geography;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.platform.FormRejection;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The process administrators' page of a participatory budget: its rules, its budgets, projects of the
 * administration's own, the stage (the buttons offer only the moves allowed) and, once the result is in, how
 * each selected project's delivery stands. From VOTING on, the forms that would change the vote are gone
 * and the service refuses them too.
 */
@Controller
class ManagePages {

	private final PbStore store;
	private final PbAdministration administration;
	private final PbAccess access;
	private final Promotions promotions;
	private final BudgetPages pages;
	private final Geography geography;
	private final FormRejection rejection;

	ManagePages(PbStore store, PbAdministration administration, PbAccess access, Promotions promotions,
			BudgetPages pages, Geography geography, FormRejection rejection) {
		this.store = store;
		this.administration = administration;
		this.access = access;
		this.promotions = promotions;
		this.pages = pages;
		this.geography = geography;
		this.rejection = rejection;
	}

	@GetMapping("/budgets/{pbId}/manage")
	String manage(@PathVariable long pbId, CurrentAccount account, Model model) {
		return page(managed(pbId, account), new BudgetForm(), model);
	}

	@PostMapping("/budgets/{pbId}/manage/settings")
	String settings(@PathVariable long pbId, @RequestParam String votingScope, @RequestParam String minAge,
			@RequestParam(defaultValue = "false") boolean ballotChangeable, @RequestParam(required = false) String supportLimit,
			@RequestParam(required = false) String shortlistSize, @RequestParam String outcomeRule,
			@RequestParam(defaultValue = "1") String add1Increment, CurrentAccount account, Actor actor, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		ParticipatoryBudgetView pb = managed(pbId, account);
		return act(pb, model, locale, response, redirect, "budgeting.manage.saved", () -> {
			VotingScope scope;
			try {
				scope = VotingScope.valueOf(votingScope);
			}
			catch (IllegalArgumentException e) {
				throw DomainException.invalid("budgeting.settings-invalid");
			}
			administration.update(pbId, new PbSettings(scope, required(minAge), ballotChangeable, optional(supportLimit),
					optional(shortlistSize), outcomeRule, required(add1Increment)), actor);
		});
	}

	@PostMapping("/budgets/{pbId}/manage/budgets")
	String addBudget(@PathVariable long pbId, @ModelAttribute("budgetForm") BudgetForm form, CurrentAccount account,
			Actor actor, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		ParticipatoryBudgetView pb = managed(pbId, account);
		try {
			administration.addBudget(pbId, form.toDraft(), actor);
		}
		catch (DomainException e) {
			return rejection.show(e, locale, model, response, () -> page(pb, form, model));
		}
		redirect.addFlashAttribute("notice", "budgeting.manage.budget-added");
		return "redirect:/budgets/" + pbId + "/manage";
	}

	@PostMapping("/budgets/{pbId}/manage/budgets/{budgetId}")
	String changeBudget(@PathVariable long pbId, @PathVariable long budgetId, @ModelAttribute BudgetForm form,
			CurrentAccount account, Actor actor, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		ParticipatoryBudgetView pb = managed(pbId, account);
		BudgetView budget = pb.budget(budgetId).orElseThrow(() -> DomainException.notFound("budgeting.budget-not-found"));
		return act(pb, model, locale, response, redirect, "budgeting.manage.saved",
				() -> administration.updateBudget(budget.id(), form.toDraft(), actor));
	}

	@PostMapping("/budgets/{pbId}/manage/stage")
	String stage(@PathVariable long pbId, @RequestParam String stage, CurrentAccount account, Actor actor, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		ParticipatoryBudgetView pb = managed(pbId, account);
		return act(pb, model, locale, response, redirect, "budgeting.manage.stage-moved", () -> {
			BudgetStage target;
			try {
				target = BudgetStage.valueOf(stage);
			}
			catch (IllegalArgumentException e) {
				throw DomainException.invalid("budgeting.settings-invalid");
			}
			administration.moveTo(pbId, target, actor);
		});
	}

	@PostMapping("/budgets/{pbId}/manage/projects")
	String addProject(@PathVariable long pbId, @RequestParam String budget, IdeaForm form, CurrentAccount account,
			Actor actor, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		ParticipatoryBudgetView pb = managed(pbId, account);
		return act(pb, model, locale, response, redirect, "budgeting.manage.project-added", () -> {
			form.setBudget(budget);
			IdeaDraft draft = form.toDraft(locale);
			administration.addProject(form.budgetId(pb),
					new IdeaDraft(draft.title(), draft.body(), draft.language(), draft.topic(), draft.districtId(),
							draft.neighbourhoodId(), draft.address(), draft.lat(), draft.lon(), null),
					draft.proposedCost(), actor);
		});
	}

	/** A proposal, by its number (a leading # allowed), into one of the budgets as a fresh idea. */
	@PostMapping("/budgets/{pbId}/manage/promote")
	String promote(@PathVariable long pbId, @RequestParam(defaultValue = "") String proposal,
			@RequestParam(defaultValue = "") String budget, CurrentAccount account, Actor actor, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		ParticipatoryBudgetView pb = managed(pbId, account);
		model.addAttribute("promoting", true);
		model.addAttribute("promoteProposal", proposal);
		model.addAttribute("promoteBudget", budget);
		return act(pb, model, locale, response, redirect, "budgeting.manage.promoted",
				() -> promotions.promote(account, pbId, number(budget, "budget.choose"),
						number(proposal.strip().replaceFirst("^#", ""), "proposal.number"), actor));
	}

	@PostMapping("/budgets/{pbId}/manage/projects/{projectId}/implementation")
	String implementation(@PathVariable long pbId, @PathVariable long projectId, @RequestParam String status,
			CurrentAccount account, Actor actor, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		ParticipatoryBudgetView pb = managed(pbId, account);
		ProjectView project = store.project(projectId);
		if (project.pbId() != pbId) {
			throw DomainException.notFound("budgeting.project-not-found", projectId);
		}
		return act(pb, model, locale, response, redirect, "budgeting.manage.saved",
				() -> administration.setImplementation(projectId, status, actor));
	}

	private String act(ParticipatoryBudgetView pb, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
		}
		catch (DomainException e) {
			Supplier<String> again = () -> page(store.get(pb.id()), new BudgetForm(), model);
			return rejection.show(e, locale, model, response, again);
		}
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/budgets/" + pb.id() + "/manage";
	}

	private String page(ParticipatoryBudgetView pb, BudgetForm form, Model model) {
		model.addAttribute("pb", pb);
		model.addAttribute("process", pages.listed(pb.id()).process());
		model.addAttribute("budgetForm", form);
		model.addAttribute("budgetForms", pb.budgets().stream().map(BudgetForm::of).toList());
		model.addAttribute("stages", next(pb.stage()));
		model.addAttribute("scopes", VotingScope.values());
		model.addAttribute("rules", Rules.RULES);
		model.addAttribute("ballotTypes", BallotType.values());
		model.addAttribute("districts", geography.districts());
		model.addAttribute("districtNames", pages.districtNames());
		model.addAttribute("scopeNames", pages.scopeNames(pb));
		model.addAttribute("topics", org.ortakakil.budgeting.internal.Ideas.TOPICS);
		model.addAttribute("promotable", Promotions.accepts(pb.stage()) && !pb.budgets().isEmpty());
		model.addAttribute("selected", pb.budgets().stream()
			.flatMap(b -> store.projects(b.id()).stream())
			.filter(p -> p.implementation() != null)
			.toList());
		model.addAttribute("counts", pb.budgets().stream()
			.map(b -> new long[] {b.id(), store.ballotProjects(b.id()).size()})
			.collect(java.util.stream.Collectors.toMap(c -> c[0], c -> c[1])));
		return "budgeting/manage";
	}

	/** The stages the budget may move to from here: forward only once voting has opened. */
	static List<BudgetStage> next(BudgetStage current) {
		if (current == BudgetStage.VOTING) {
			return List.of(BudgetStage.RESULTS);
		}
		return Arrays.stream(BudgetStage.values())
			.filter(s -> s != current)
			.filter(s -> current.frozen() ? s.compareTo(current) > 0 : !s.resultsPublished())
			.toList();
	}

	private ParticipatoryBudgetView managed(long pbId, CurrentAccount account) {
		ParticipatoryBudgetView pb = store.get(pbId);
		access.requireAdmin(account, pb);
		return pb;
	}

	private static int required(String text) {
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException | NullPointerException e) {
			throw DomainException.invalid("budgeting.settings-invalid");
		}
	}

	private static long number(String text, String code) {
		try {
			return Long.parseLong(text.strip());
		}
		catch (NumberFormatException e) {
			throw DomainException.invalid(code);
		}
	}

	private static Integer optional(String text) {
		return text == null || text.isBlank() ? null : required(text);
	}
}
