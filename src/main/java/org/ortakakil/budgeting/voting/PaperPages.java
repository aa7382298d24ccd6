package org.ortakakil.budgeting.voting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ortakakil.budgeting.BudgetView;
import org.ortakakil.budgeting.ParticipatoryBudgetView;
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
 * Paper ballots at a participation office: the batches of a participatory budget, opening one, entering
 * its sheets (each twice, by two people), seeing what is missing or disagrees, and reconciling it.
 */
@Controller
class PaperPages {

	private final PbStore store;
	private final PaperBallots paper;
	private final BallotBox box;
	private final Geography geography;
	private final ErrorMessages errors;

	PaperPages(PbStore store, PaperBallots paper, BallotBox box, Geography geography, ErrorMessages errors) {
		this.store = store;
		this.paper = paper;
		this.box = box;
		this.geography = geography;
		this.errors = errors;
	}

	@GetMapping("/budgets/{pbId}/paper")
	String batches(@PathVariable long pbId, CurrentAccount account, Model model) {
		ParticipatoryBudgetView pb = store.get(pbId);
		model.addAttribute("pb", pb);
		model.addAttribute("batches", paper.batches(pbId, account));
		model.addAttribute("offices", paper.officesOf(account));
		model.addAttribute("stageProblem", VotePages.stageProblem(pb));
		return "budgeting/paper";
	}

	@PostMapping("/budgets/{pbId}/paper")
	String open(@PathVariable long pbId, @RequestParam long budget, @RequestParam(defaultValue = "") String label,
			@RequestParam(defaultValue = "0") int sheets, @RequestParam(required = false) String office,
			CurrentAccount account, Actor actor, Model model, Locale locale, HttpServletResponse response) {
		try {
			long id = paper.open(pbId, budget, label, sheets, office, account, actor);
			return "redirect:/budgets/" + pbId + "/paper/" + id;
		}
		catch (DomainException e) {
			if (e.kind() == DomainException.Kind.NOT_FOUND || e.kind() == DomainException.Kind.FORBIDDEN) {
				throw e;
			}
			response.setStatus(422);
			model.addAttribute("error", errors.of(e, locale));
			return batches(pbId, account, model);
		}
	}

	@GetMapping("/budgets/{pbId}/paper/{batchId}")
	String batch(@PathVariable long pbId, @PathVariable long batchId, CurrentAccount account, Model model,
			Locale locale) {
		return page(pbId, batchId, account, null, null, List.of(), model, locale);
	}

	@PostMapping("/budgets/{pbId}/paper/{batchId}/entries")
	String enter(@PathVariable long pbId, @PathVariable long batchId, @RequestParam(defaultValue = "0") int sheet,
			@RequestParam(defaultValue = "0") int pass, @RequestParam(defaultValue = "false") boolean invalid,
			CurrentAccount account, HttpServletRequest request, HttpServletResponse response, Model model,
			Locale locale, RedirectAttributes redirect) {
		PaperBatch batch = paper.batch(pbId, batchId, account);
		BudgetView budget = store.budget(batch.budgetId());
		BallotForm form = BallotForm.read(budget.ballotType(), request.getParameterMap());
		List<DomainException> problems = new ArrayList<>(invalid ? List.of() : form.problems());
		try {
			if (problems.isEmpty()) {
				paper.enter(pbId, batchId, sheet, pass, form.choice(), invalid, account);
				redirect.addFlashAttribute("notice", "budgeting.paper.saved");
				return "redirect:/budgets/" + pbId + "/paper/" + batchId;
			}
		}
		catch (DomainException e) {
			if (e.kind() == DomainException.Kind.NOT_FOUND || e.kind() == DomainException.Kind.FORBIDDEN) {
				throw e;
			}
			problems.add(e);
		}
		response.setStatus(422);
		model.addAttribute("sheet", sheet);
		model.addAttribute("pass", pass);
		return page(pbId, batchId, account, form, box.check(budget.id(), form.choice()), problems, model, locale);
	}

	@PostMapping("/budgets/{pbId}/paper/{batchId}/reconcile")
	String reconcile(@PathVariable long pbId, @PathVariable long batchId, CurrentAccount account, Actor actor,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			paper.reconcile(pbId, batchId, account, actor);
			redirect.addFlashAttribute("notice", "budgeting.paper.reconciled-notice");
			return "redirect:/budgets/" + pbId + "/paper/" + batchId;
		}
		catch (DomainException e) {
			if (e.kind() == DomainException.Kind.NOT_FOUND || e.kind() == DomainException.Kind.FORBIDDEN) {
				throw e;
			}
			response.setStatus(e.kind() == DomainException.Kind.CONFLICT ? 409 : 422);
			model.addAttribute("error", errors.of(e, locale));
			return page(pbId, batchId, account, null, null, List.of(), model, locale);
		}
	}

	private String page(long pbId, long batchId, CurrentAccount account, BallotForm form, BallotCheck check,
			List<DomainException> problems, Model model, Locale locale) {
		ParticipatoryBudgetView pb = store.get(pbId);
		PaperBatch batch = paper.batch(pbId, batchId, account);
		BudgetView budget = store.budget(batch.budgetId());
		List<PaperSheet> sheets = paper.sheets(pbId, batchId, account);
		BallotCheck shown = check != null ? check : box.check(budget.id(), BallotChoice.of());
		model.addAttribute("pb", pb);
		model.addAttribute("batch", batch);
		model.addAttribute("budget", budget);
		model.addAttribute("page", BallotPage.of(budget, box.ballot(budget.id()), form, shown,
				problems.stream().map(e -> errors.of(e, locale)).distinct().toList(), geography, locale));
		model.addAttribute("complete", sheets.stream().filter(PaperSheet::complete).count());
		model.addAttribute("missing", sheets.stream().filter(s -> !s.complete()).map(PaperSheet::sheet).limit(500).toList());
		model.addAttribute("mismatched", sheets.stream().filter(PaperSheet::mismatch).map(PaperSheet::sheet).toList());
		model.addAttribute("stageProblem", VotePages.stageProblem(pb));
		return "budgeting/paper-batch";
	}
}
