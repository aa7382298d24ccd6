package org.ortakakil.budgeting.voting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ortakakil.budgeting.BudgetView;
import org.ortakakil.budgeting.ParticipatoryBudgetView;
import org.ortakakil.budgeting.ProjectView;
import org.ortakakil.budgeting.internal.Eligibility;
import org.ortakakil.budgeting.internal.PbStore;
import org.ortakakil.geography.Geography;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.platform.ErrorMessages;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The resident's side of the vote: the budgets they may vote in, each budget's ballot, and the receipt. The
 * ballot works without JavaScript: check my ballot sends the form and shows it again with the totals and
 * every problem, casting nothing; cast casts it. ballot.js only updates the totals as one types.
 */
@Controller
class VotePages {

	private final PbStore store;
	private final BallotBox box;
	private final Eligibility eligibility;
	private final CastingLimit limit;
	private final Geography geography;
	private final ErrorMessages errors;

	VotePages(PbStore store, BallotBox box, Eligibility eligibility, CastingLimit limit, Geography geography,
			ErrorMessages errors) {
		this.store = store;
		this.box = box;
		this.eligibility = eligibility;
		this.limit = limit;
		this.geography = geography;
		this.errors = errors;
	}

	@GetMapping("/budgets/{pbId}/vote")
	String budgets(@PathVariable long pbId, CurrentAccount account, Model model) {
		ParticipatoryBudgetView pb = store.get(pbId);
		model.addAttribute("pb", pb);
		model.addAttribute("budgets", box.budgetsFor(pbId, account));
		model.addAttribute("stageProblem", stageProblem(pb));
		return "budgeting/vote";
	}

	@GetMapping("/budgets/{pbId}/vote/{budgetId}")
	String ballot(@PathVariable long pbId, @PathVariable long budgetId, CurrentAccount account, Model model,
			Locale locale) {
		ParticipatoryBudgetView pb = store.get(pbId);
		BudgetView budget = BallotBox.budgetOf(pb, budgetId);
		return page(pb, budget, account, null, null, List.of(), model, locale);
	}

	@PostMapping("/budgets/{pbId}/vote/{budgetId}")
	String cast(@PathVariable long pbId, @PathVariable long budgetId, @RequestParam(defaultValue = "check") String action,
			@RequestParam(required = false) String receipt, CurrentAccount account, Actor actor,
			HttpServletRequest request, HttpServletResponse response, Model model, Locale locale,
			RedirectAttributes redirect) {
		ParticipatoryBudgetView pb = store.get(pbId);
		BudgetView budget = BallotBox.budgetOf(pb, budgetId);
		BallotForm form = BallotForm.read(budget.ballotType(), request.getParameterMap());
		BallotCheck check = box.check(budgetId, form.choice());
		List<DomainException> problems = new ArrayList<>(form.problems());
		problems.addAll(check.problems());
		if (!"cast".equals(action)) {
			model.addAttribute("checked", true);
			return page(pb, budget, account, form, check, problems, model, locale);
		}
		if (!problems.isEmpty()) {
			response.setStatus(422);
			return page(pb, budget, account, form, check, problems, model, locale);
		}
		if (!limit.tryTake(account.principal())) {
			response.setStatus(429);
			return page(pb, budget, account, form, check, List.of(DomainException.conflict("budgeting.vote.rate-limited")),
					model, locale);
		}
		try {
			boolean replacing = receipt != null && !receipt.isBlank();
			CastReceipt cast = replacing ? box.replace(pbId, budgetId, account, receipt, form.choice(), actor)
					: box.cast(pbId, budgetId, account, form.choice(), actor);
			redirect.addFlashAttribute("receipt", cast);
			redirect.addFlashAttribute("replaced", replacing);
			return "redirect:/budgets/" + pbId + "/vote/" + budgetId + "/receipt";
		}
		catch (DomainException e) {
			if (e.kind() == DomainException.Kind.NOT_FOUND) {
				throw e;
			}
			response.setStatus(switch (e.kind()) {
				case CONFLICT -> 409;
				case FORBIDDEN -> 403;
				default -> 422;
			});
			return page(pb, budget, account, form, check, List.of(e), model, locale);
		}
	}

	/** The receipt, shown once right after casting; later visits go back to the ballot page. */
	@GetMapping("/budgets/{pbId}/vote/{budgetId}/receipt")
	String receipt(@PathVariable long pbId, @PathVariable long budgetId, CurrentAccount account, Model model) {
		ParticipatoryBudgetView pb = store.get(pbId);
		BudgetView budget = BallotBox.budgetOf(pb, budgetId);
		if (!(model.getAttribute("receipt") instanceof CastReceipt receipt) || receipt.budgetId() != budgetId) {
			return "redirect:/budgets/" + pbId + "/vote/" + budgetId;
		}
		model.addAttribute("pb", pb);
		model.addAttribute("budget", budget);
		model.addAttribute("spoken", String.join(" ", Receipts.normalise(receipt.receipt()).split("")));
		model.addAttribute("assisted", account.assisted());
		return "budgeting/ballot-receipt";
	}

	private String page(ParticipatoryBudgetView pb, BudgetView budget, CurrentAccount account, BallotForm form,
			BallotCheck check, List<DomainException> problems, Model model, Locale locale) {
		List<ProjectView> ballot = box.ballot(budget.id());
		BallotCheck shown = check != null ? check : box.check(budget.id(), BallotChoice.of());
		List<String> messages = problems.stream().map(e -> errors.of(e, locale)).distinct().toList();
		model.addAttribute("pb", pb);
		model.addAttribute("budget", budget);
		model.addAttribute("page", BallotPage.of(budget, ballot, form, shown, messages,
				geography, locale));
		model.addAttribute("stageProblem", stageProblem(pb));
		String why = eligibility.whyNot(account, pb, budget, box.today());
		if (why == null) {
			why = box.budgetsFor(pb.id(), account).stream().filter(v -> v.budget().id() == budget.id()).findFirst()
				.map(VotingBudget::whyNot).orElse(null);
		}
		model.addAttribute("whyNot", why);
		model.addAttribute("voted", account != null && box.hasVoted(budget.id(), account.principal()));
		model.addAttribute("assisted", account != null && account.assisted());
		return "budgeting/ballot";
	}

	static String stageProblem(ParticipatoryBudgetView pb) {
		try {
			BallotBox.requireVoting(pb);
			return null;
		}
		catch (DomainException e) {
			return "error." + e.code();
		}
	}

}
