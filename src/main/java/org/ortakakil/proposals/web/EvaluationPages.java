package org.ortakakil.proposals.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.platform.FormRejection;
import org.ortakakil.proposals.internal.Board;
import org.ortakakil.proposals.internal.Boards;
import org.ortakakil.proposals.internal.CustomStates;
import org.ortakakil.proposals.internal.Evaluation;
import org.ortakakil.proposals.internal.Proposal;
import org.ortakakil.proposals.internal.ProposalStore;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.LocalizedText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The evaluators' pages: the queue of a board, taking a proposal, the answer form and publishing it. */
@Controller
class EvaluationPages {

	/** The answer form: the text per language, an optional cost and the outcome. */
	public static class AnswerForm {

		private Map<String, String> text = new LinkedHashMap<>();
		private String cost = "";
		private String outcome = "ACCEPTED";

		public Map<String, String> getText() {
			return text;
		}

		public void setText(Map<String, String> text) {
			this.text = text;
		}

		public String getCost() {
			return cost;
		}

		public void setCost(String cost) {
			this.cost = cost;
		}

		public String getOutcome() {
			return outcome;
		}

		public void setOutcome(String outcome) {
			this.outcome = outcome;
		}

		BigDecimal costValue() {
			if (cost == null || cost.isBlank()) {
				return null;
			}
			try {
				return new BigDecimal(cost.strip().replace(" ", "").replace(",", "."));
			}
			catch (NumberFormatException e) {
				throw DomainException.invalid("proposals.cost-invalid");
			}
		}
	}

	private final Boards boards;
	private final Evaluation evaluation;
	private final CustomStates customStates;
	private final ProposalStore store;
	private final FormRejection rejection;
	private final Clock clock;

	EvaluationPages(Boards boards, Evaluation evaluation, CustomStates customStates, ProposalStore store,
			FormRejection rejection, Clock clock) {
		this.boards = boards;
		this.evaluation = evaluation;
		this.customStates = customStates;
		this.store = store;
		this.rejection = rejection;
		this.clock = clock;
	}

	@GetMapping("/proposals/evaluate")
	String queue(@RequestParam String space, CurrentAccount account, Model model) {
		Board board = boards.bySpaceParam(space);
		model.addAttribute("board", board);
		model.addAttribute("queue", evaluation.queue(account, board, 100));
		model.addAttribute("today", LocalDate.now(clock));
		return "proposals/evaluate";
	}

	@PostMapping("/proposals/{id}/assign")
	String assign(@PathVariable long id, CurrentAccount account, Actor actor, RedirectAttributes redirect) {
		evaluation.assign(account, id, actor);
		redirect.addFlashAttribute("notice", "proposals.notice.assigned");
		return "redirect:/proposals/" + id + "/answer";
	}

	@GetMapping("/proposals/{id}/answer")
	String answerForm(@PathVariable long id, CurrentAccount account, Model model) {
		Proposal proposal = store.get(id);
		AnswerForm form = new AnswerForm();
		if (proposal.answer() != null) {
			form.setText(new LinkedHashMap<>(proposal.answer().values()));
			form.setCost(proposal.answerCost() == null ? "" : proposal.answerCost().toPlainString());
			form.setOutcome(proposal.answerOutcome().name());
		}
		return answer(proposal, form, account, model);
	}

	private String answer(Proposal proposal, AnswerForm form, CurrentAccount account, Model model) {
		Board board = boards.board(proposal.boardId());
		evaluation.requireEvaluator(account, board);
		model.addAttribute("proposal", proposal);
		model.addAttribute("board", board);
		model.addAttribute("form", form);
		model.addAttribute("customStates", customStates.of(board.id()));
		model.addAttribute("answersPublished", boards.current(board).answersPublished());
		return "proposals/answer";
	}

	@PostMapping("/proposals/{id}/answer")
	String writeAnswer(@PathVariable long id, @ModelAttribute("form") AnswerForm form, CurrentAccount account,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Proposal proposal = store.get(id);
		try {
			evaluation.writeAnswer(account, id, new LocalizedText(form.getText()), form.costValue(), form.getOutcome());
			redirect.addFlashAttribute("notice", "proposals.notice.answer-saved");
			return "redirect:/proposals/" + id + "/answer";
		}
		catch (DomainException e) {
			return rejection.show(e, locale, model, response, () -> answer(proposal, form, account, model));
		}
	}

	@PostMapping("/proposals/{id}/answer/publish")
	String publishAnswer(@PathVariable long id, CurrentAccount account, Actor actor, RedirectAttributes redirect) {
		evaluation.publishAnswer(account, id, actor);
		redirect.addFlashAttribute("notice", "proposals.notice.answer-published");
		return "redirect:/proposals/" + id;
	}

	@PostMapping("/proposals/{id}/custom-state")
	String customState(@PathVariable long id, @RequestParam(required = false) Long customState, CurrentAccount account,
			Actor actor, RedirectAttributes redirect) {
		customStates.mark(account, id, customState, actor);
		redirect.addFlashAttribute("notice", "proposals.notice.saved");
		return "redirect:/proposals/" + id + "/answer";
	}
}
