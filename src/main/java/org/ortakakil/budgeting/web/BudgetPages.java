package org.ortakakil.budgeting.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.ortakakil.budgeting.BudgetView;
import org.ortakakil.budgeting.ParticipatoryBudgetView;
import org.ortakakil.budgeting.ProjectState;
import org.ortakakil.budgeting.ProjectView;
import org.ortakakil.budgeting.internal.IdeaDraft;
import org.ortakakil.budgeting.internal.Ideas;
import org.ortakakil.budgeting.internal.PbAccess;
import org.ortakakil.budgeting.internal.PbStore;
import org.ortakakil.budgeting.internal.Supports;
import org.ortakakil.budgeting.voting.PaperBallots;
import org.ortakakil.geography.District;
import org.ortakakil.geography.Geography;
import org.ortakakil.identity.Accounts;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.platform.FormRejection;
import org.ortakakil.proposals.Proposals;
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
 * The resident's pages of a participatory budget: the list of budgets, one participatory budget with its
 * budgets and projects, a project with its review and supports, and the form for a new idea (also used by
 * participation offices for the resident present, and by muhtars for their neighbourhood).
 */
@Controller
class BudgetPages {

	private final PbStore store;
	private final Spaces spaces;
	private final Ideas ideas;
	private final Supports supports;
	private final PbAccess access;
	private final Geography geography;
	private final Accounts accounts;
	private final FormRejection rejection;
	private final PaperBallots paper;
	private final Proposals proposals;

	BudgetPages(PbStore store, Spaces spaces, Ideas ideas, Supports supports, PbAccess access, Geography geography,
			Accounts accounts, FormRejection rejection, PaperBallots paper, Proposals proposals) {
		this.paper = paper;
		this.proposals = proposals;
		this.store = store;
		this.spaces = spaces;
		this.ideas = ideas;
		this.supports = supports;
		this.access = access;
		this.geography = geography;
		this.accounts = accounts;
		this.rejection = rejection;
	}

	/** A participatory budget with the process it belongs to, as the pages show it. */
	record Listed(ParticipatoryBudgetView pb, ProcessView process) {
	}

	@GetMapping("/budgets")
	String list(Model model) {
		model.addAttribute("budgets", store.all().stream()
			.flatMap(pb -> spaces.process(pb.processId()).map(process -> new Listed(pb, process)).stream())
			.toList());
		return "budgeting/list";
	}

	@GetMapping("/budgets/{pbId}")
	String show(@PathVariable long pbId, @RequestParam(required = false) Long budget,
			@RequestParam(required = false) Integer district, CurrentAccount account, Model model) {
		Listed listed = listed(pbId);
		ParticipatoryBudgetView pb = listed.pb();
		BudgetView chosen = budget == null ? pb.budgets().stream().findFirst().orElse(null)
				: pb.budget(budget).orElseThrow(() -> DomainException.notFound("budgeting.budget-not-found", budget));
		List<ProjectView> projects = chosen == null ? List.of()
				: store.projects(chosen.id()).stream()
					.filter(p -> p.state() != ProjectState.WITHDRAWN && p.state() != ProjectState.MERGED)
					.filter(p -> pb.stage().frozen() ? p.onBallot() : true)
					.filter(p -> district == null || district.equals(p.districtId()))
					.toList();
		model.addAttribute("pb", pb);
		model.addAttribute("process", listed.process());
		model.addAttribute("chosen", chosen);
		model.addAttribute("district", district);
		model.addAttribute("projects", projects);
		model.addAttribute("districtNames", districtNames());
		model.addAttribute("scopeNames", scopeNames(pb));
		model.addAttribute("districts", geography.districts());
		model.addAttribute("mayReview", access.mayEvaluate(account, pb));
		model.addAttribute("mayManage", access.mayAdminister(account, pb));
		model.addAttribute("mayEnterPaper", pb.stage().acceptsBallots() && paper.mayEnter(account, pb));
		return "budgeting/budget";
	}

	@GetMapping("/budgets/projects/{id}")
	String project(@PathVariable long id, CurrentAccount account, Model model) {
		ProjectView project = store.project(id);
		Listed listed = listed(project.pbId());
		model.addAttribute("pb", listed.pb());
		model.addAttribute("process", listed.process());
		model.addAttribute("project", project);
		model.addAttribute("budget", store.budget(project.budgetId()));
		model.addAttribute("mergedInto", project.mergedInto() == null ? null : store.project(project.mergedInto()));
		model.addAttribute("proposalPath", project.proposalId() == null ? null : proposals.path(project.proposalId()));
		model.addAttribute("district", project.districtId() == null ? null
				: geography.district(project.districtId()).map(District::name).orElse(null));
		model.addAttribute("neighbourhood", project.neighbourhoodId() == null ? null
				: geography.neighbourhood(project.neighbourhoodId()).map(n -> n.name()).orElse(null));
		model.addAttribute("author", accounts.displayName(project.author()).orElse(null));
		model.addAttribute("isAuthor", account != null && account.principal().equals(project.author()));
		model.addAttribute("supported", account != null && supports.supported(id, account.principal()));
		model.addAttribute("mySupports", account == null ? 0 : supports.count(project.pbId(), account.principal()));
		return "budgeting/project";
	}

	@PostMapping("/budgets/projects/{id}/support")
	String support(@PathVariable long id, CurrentAccount account, RedirectAttributes redirect) {
		supports.support(account, id);
		redirect.addFlashAttribute("notice", "budgeting.project.supported");
		return "redirect:/budgets/projects/" + id;
	}

	@PostMapping("/budgets/projects/{id}/unsupport")
	String unsupport(@PathVariable long id, CurrentAccount account, RedirectAttributes redirect) {
		supports.withdraw(account, id);
		redirect.addFlashAttribute("notice", "budgeting.project.unsupported");
		return "redirect:/budgets/projects/" + id;
	}

	@PostMapping("/budgets/projects/{id}/withdraw")
	String withdraw(@PathVariable long id, CurrentAccount account, RedirectAttributes redirect) {
		ideas.withdraw(account, id);
		redirect.addFlashAttribute("notice", "budgeting.project.withdrawn");
		return "redirect:/budgets/projects/" + id;
	}

	@GetMapping("/budgets/{pbId}/ideas/new")
	String newIdea(@PathVariable long pbId, @RequestParam(required = false) Long budget, CurrentAccount account,
			Model model) {
		Listed listed = listed(pbId);
		IdeaForm form = new IdeaForm();
		form.setBudget(budget == null ? "" : String.valueOf(budget));
		account.residence().ifPresent(r -> form.setDistrict(String.valueOf(r.districtId())));
		access.muhtarOf(account).stream().findFirst().flatMap(geography::neighbourhood).ifPresent(n -> {
			// a muhtar writes for their neighbourhood
			form.setDistrict(String.valueOf(n.districtId()));
			form.setNeighbourhood(String.valueOf(n.id()));
			form.setAsMuhtar(true);
		});
		return ideaForm(listed, form, account, model);
	}

	@PostMapping("/budgets/{pbId}/ideas/new")
	String submit(@PathVariable long pbId, IdeaForm form, CurrentAccount account, Actor actor, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Listed listed = listed(pbId);
		Supplier<String> again = () -> ideaForm(listed, form, account, model);
		try {
			long budgetId = form.budgetId(listed.pb());
			long id = ideas.submit(account, budgetId, form.toDraft(locale), form.isAsMuhtar(), actor);
			redirect.addFlashAttribute("notice", "budgeting.idea.submitted");
			return "redirect:/budgets/projects/" + id;
		}
		catch (DomainException e) {
			return rejection.show(e, locale, model, response, again);
		}
	}

	private String ideaForm(Listed listed, IdeaForm form, CurrentAccount account, Model model) {
		if (!listed.pb().stage().acceptsIdeas()) {
			throw DomainException.forbidden("budgeting.ideas-closed");
		}
		model.addAttribute("pb", listed.pb());
		model.addAttribute("process", listed.process());
		model.addAttribute("form", form);
		model.addAttribute("topics", Ideas.TOPICS);
		model.addAttribute("districts", geography.districts());
		model.addAttribute("neighbourhoods", form.districtId() == null ? List.of()
				: geography.district(form.districtId()).map(d -> geography.neighbourhoods(d.slug())).orElse(List.of()));
		model.addAttribute("muhtar", access.isMuhtar(account));
		model.addAttribute("districtNames", districtNames());
		return "budgeting/idea-new";
	}

	Listed listed(long pbId) {
		ParticipatoryBudgetView pb = store.get(pbId);
		ProcessView process = spaces.process(pb.processId())
			.orElseThrow(() -> DomainException.notFound("budgeting.not-found", pbId));
		return new Listed(pb, process);
	}

	/** For each district budget, the names of its districts, comma-separated. */
	Map<Long, String> scopeNames(ParticipatoryBudgetView pb) {
		Map<Integer, String> names = districtNames();
		return pb.budgets().stream().collect(java.util.stream.Collectors.toMap(BudgetView::id,
				b -> String.join(", ", b.districtIds().stream().map(names::get).toList())));
	}

	Map<Integer, String> districtNames() {
		return geography.districts().stream().collect(java.util.stream.Collectors.toMap(District::id, District::name));
	}

	static BigDecimal amount(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(" ", "").replace("\u00a0", ""));
		}
		catch (NumberFormatException e) {
			throw DomainException.invalid("cost.not-a-number");
		}
	}
}
