package org.ortakakil.budgeting.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.ortakakil.budgeting.ParticipatoryBudgetView;
import org.ortakakil.budgeting.internal.PbStore;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.platform.FormRejection;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.spaces.ProcessView;
import org.ortakakil.spaces.Spaces;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The administrators' results page of a participatory budget: the computation's progress (polled by htmx,
 * or refreshed by hand), a recompute button, each budget's official result, and for a tie the rule could not
 * break, the form to record the order drawn by lot in public.
 */
@Controller
class ResultAdminPages {

	private final PbStore store;
	private final ResultStore results;
	private final ResultViews views;
	private final ResultComputation computation;
	private final LotDraw lots;
	private final ResultAccess access;
	private final FormRejection rejection;
	private final Spaces spaces;

	ResultAdminPages(PbStore store, ResultStore results, ResultViews views, ResultComputation computation, LotDraw lots,
			ResultAccess access, FormRejection rejection, Spaces spaces) {
		this.store = store;
		this.results = results;
		this.views = views;
		this.computation = computation;
		this.lots = lots;
		this.access = access;
		this.rejection = rejection;
		this.spaces = spaces;
	}

	@GetMapping("/admin/budgets/{pbId}/results")
	String page(@PathVariable long pbId, CurrentAccount account, Model model, Locale locale) {
		ParticipatoryBudgetView pb = administered(pbId, account, model);
		model.addAttribute("budgets", views.all(pb, results.latestDone(pbId), locale));
		return "budgeting/admin-results";
	}

	/** Only the progress section, which htmx fetches again every second while the computation runs. */
	@GetMapping("/admin/budgets/{pbId}/results/progress")
	String progress(@PathVariable long pbId, CurrentAccount account, Model model) {
		administered(pbId, account, model);
		return "budgeting/admin-results :: progress";
	}

	@PostMapping("/admin/budgets/{pbId}/results/recompute")
	String recompute(@PathVariable long pbId, CurrentAccount account, Actor actor, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		ParticipatoryBudgetView pb = administered(pbId, account, model);
		try {
			computation.recompute(pbId, actor);
		}
		catch (DomainException e) {
			return rejection.show(e, locale, model, response, () -> {
				model.addAttribute("budgets", views.all(pb, results.latestDone(pbId), locale));
				return "budgeting/admin-results";
			});
		}
		redirect.addFlashAttribute("notice", "budgeting.results.recompute-started");
		return "redirect:/admin/budgets/" + pbId + "/results";
	}

	/** The lot order: one field per tied project, {@code place-ID}, its place in the draw (1 first). */
	@PostMapping("/admin/budgets/{pbId}/results/{budgetId}/lot")
	String lot(@PathVariable long pbId, @PathVariable long budgetId, @RequestParam Map<String, String> form,
			CurrentAccount account, Actor actor, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		ParticipatoryBudgetView pb = administered(pbId, account, model);
		if (pb.budget(budgetId).isEmpty()) {
			throw DomainException.notFound("budgeting.budget-not-found", budgetId);
		}
		try {
			lots.record(budgetId, drawn(form), actor);
		}
		catch (DomainException e) {
			return rejection.show(e, locale, model, response, () -> {
				model.addAttribute("budgets", views.all(pb, results.latestDone(pbId), locale));
				model.addAttribute("lotBudget", budgetId);
				return "budgeting/admin-results";
			});
		}
		redirect.addFlashAttribute("notice", "budgeting.results.lot-recorded");
		return "redirect:/admin/budgets/" + pbId + "/results";
	}

	/** The project ids in the order of the places given; INVALID when a place is missing, repeated or not a number. */
	static List<Long> drawn(Map<String, String> form) {
		TreeMap<Integer, Long> byPlace = new TreeMap<>();
		int fields = 0;
		for (Map.Entry<String, String> e : form.entrySet()) {
			if (!e.getKey().startsWith("place-")) {
				continue;
			}
			fields++;
			try {
				long project = Long.parseLong(e.getKey().substring("place-".length()));
				int place = Integer.parseInt(e.getValue().trim());
				if (place < 1 || byPlace.put(place, project) != null) {
					throw DomainException.invalid("budgeting.results.lot-invalid");
				}
			}
			catch (NumberFormatException notANumber) {
				throw DomainException.invalid("budgeting.results.lot-invalid");
			}
		}
		if (fields == 0 || byPlace.lastKey() != fields) {
			throw DomainException.invalid("budgeting.results.lot-invalid");
		}
		return new ArrayList<>(byPlace.values());
	}

	private ParticipatoryBudgetView administered(long pbId, CurrentAccount account, Model model) {
		ParticipatoryBudgetView pb = store.get(pbId);
		access.requireAdmin(account, pb);
		Optional<Computation> latest = results.latest(pbId);
		model.addAttribute("pb", pb);
		model.addAttribute("process", spaces.process(pb.processId()).map(ProcessView::title).orElse(null));
		model.addAttribute("computation", latest.orElse(null));
		return pb;
	}
}
