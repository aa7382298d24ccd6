package org.ortakakil.budgeting.voting;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ortakakil.budgeting.BudgetView;
import org.ortakakil.budgeting.ParticipatoryBudgetView;
import org.ortakakil.budgeting.ProjectView;
import org.ortakakil.budgeting.internal.PbStore;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The anonymous ballot list of a budget, for anyone, once voting has closed: a page of ballots at a time
 * (cursor: the last receipt hash shown), each with the short form of its receipt hash and what it says, by
 * project title; and find my ballot, which hashes the typed receipt and shows that ballot as cast.
 */
@Controller
class BallotListPages {

	static final int PAGE_SIZE = 50;

	private final PbStore store;
	private final PublishedBallots ballots;
	private final BallotBox box;

	BallotListPages(PbStore store, PublishedBallots ballots, BallotBox box) {
		this.store = store;
		this.ballots = ballots;
		this.box = box;
	}

	/** A published ballot in words: each project's title, with its points or its rank. */
	record Shown(String shortHash, String channel, List<String> lines) {
	}

	@GetMapping("/budgets/{pbId}/ballots/{budgetId}")
	String list(@PathVariable long pbId, @PathVariable long budgetId, @RequestParam(required = false) String after,
			@RequestParam(required = false) String receipt, Model model, Locale locale) {
		ParticipatoryBudgetView pb = store.get(pbId);
		BudgetView budget = BallotBox.budgetOf(pb, budgetId);
		PublishedBallots.Page page = ballots.page(pbId, budgetId, after, PAGE_SIZE);
		Map<Long, String> titles = new HashMap<>();
		for (ProjectView project : store.projects(budgetId)) {
			titles.put(project.id(), project.title());
		}
		model.addAttribute("pb", pb);
		model.addAttribute("budget", budget);
		model.addAttribute("ballots", page.ballots().stream().map(b -> shown(b, titles)).toList());
		model.addAttribute("next", page.next());
		model.addAttribute("count", box.ballotCount(budgetId));
		if (receipt != null && !receipt.isBlank()) {
			Optional<PublishedBallots.Published> mine = ballots.find(pbId, budgetId, receipt);
			model.addAttribute("searched", true);
			model.addAttribute("mine", mine.map(b -> shown(b, titles)).orElse(null));
		}
		return "budgeting/ballots";
	}

	static Shown shown(PublishedBallots.Published ballot, Map<Long, String> titles) {
		List<String> lines = new java.util.ArrayList<>();
		for (int i = 0; i < ballot.projects().size(); i++) {
			String title = titles.getOrDefault(ballot.projects().get(i), "#" + ballot.projects().get(i));
			lines.add(ballot.points().isEmpty() ? title : title + " — " + ballot.points().get(i));
		}
		return new Shown(ballot.shortHash(), ballot.channel(), lines);
	}
}
