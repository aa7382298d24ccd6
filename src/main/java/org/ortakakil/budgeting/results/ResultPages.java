package org.ortakakil.budgeting.results;

import java.util.Locale;
import java.util.Optional;

import org.ortakakil.budgeting.BudgetView;
import org.ortakakil.budgeting.ParticipatoryBudgetView;
import org.ortakakil.budgeting.internal.PbStore;
import org.ortakakil.shared.DomainException;
import org.ortakakil.spaces.ProcessView;
import org.ortakakil.spaces.Spaces;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The public results of a participatory budget, once published: every budget's selected projects, and per
 * budget why each project was or was not selected, the rules compared on the same ballots, a map, and the
 * anonymous ballots as a Pabulib file. Everything shown was computed once when voting closed.
 */
@Controller
class ResultPages {

	private final PbStore store;
	private final ResultStore results;
	private final ResultViews views;
	private final BallotExport export;
	private final Spaces spaces;

	ResultPages(PbStore store, ResultStore results, ResultViews views, BallotExport export, Spaces spaces) {
		this.store = store;
		this.results = results;
		this.views = views;
		this.export = export;
		this.spaces = spaces;
	}

	@GetMapping("/budgets/{pbId}/results")
	String all(@PathVariable long pbId, Model model, Locale locale) {
		ParticipatoryBudgetView pb = published(pbId, model);
		Optional<Computation> done = results.latestDone(pbId);
		model.addAttribute("budgets", views.all(pb, done, locale));
		model.addAttribute("computing", done.isEmpty());
		return "budgeting/results";
	}

	@GetMapping("/budgets/{pbId}/results/{budgetId}")
	String budget(@PathVariable long pbId, @PathVariable long budgetId, Model model, Locale locale) {
		ParticipatoryBudgetView pb = published(pbId, model);
		BudgetView budget = pb.budget(budgetId)
			.orElseThrow(() -> DomainException.notFound("budgeting.budget-not-found", budgetId));
		Optional<Computation> done = results.latestDone(pbId);
		model.addAttribute("result", views.budget(budget, done, locale));
		model.addAttribute("computing", done.isEmpty());
		return "budgeting/results-budget";
	}

	@GetMapping("/budgets/{pbId}/results/{budgetId}/ballots.pb")
	ResponseEntity<StreamingResponseBody> ballots(@PathVariable long pbId, @PathVariable long budgetId) {
		export.closedBudget(pbId, budgetId);
		String name = "istanbul-pb-" + pbId + "-" + budgetId + ".pb";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(out -> export.write(pbId, budgetId, out));
	}

	private ParticipatoryBudgetView published(long pbId, Model model) {
		ParticipatoryBudgetView pb = store.get(pbId);
		if (!pb.stage().resultsPublished()) {
			throw DomainException.notFound("budgeting.results.not-published", pbId);
		}
		model.addAttribute("pb", pb);
		model.addAttribute("process", spaces.process(pb.processId()).map(ProcessView::title).orElse(null));
		return pb;
	}
}
