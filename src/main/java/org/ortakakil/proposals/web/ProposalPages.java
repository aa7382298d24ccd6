package org.ortakakil.proposals.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.ortakakil.comments.CommentThreads;
import org.ortakakil.geography.District;
import org.ortakakil.geography.Geography;
import org.ortakakil.identity.Accounts;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.proposals.ProposalState;
import org.ortakakil.proposals.internal.Attachments;
import org.ortakakil.proposals.internal.Board;
import org.ortakakil.proposals.internal.BoardSettings;
import org.ortakakil.proposals.internal.Boards;
import org.ortakakil.proposals.internal.CustomStates;
import org.ortakakil.proposals.internal.Evaluation;
import org.ortakakil.proposals.internal.Proposal;
import org.ortakakil.proposals.internal.ProposalStore;
import org.ortakakil.proposals.internal.ProposalSupports;
import org.ortakakil.proposals.internal.Submissions;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.ResourceRef;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The residents' pages of a board: the list (filters, cursor pages), a proposal with its answer,
 * attachments, supports and comments, and supporting, publishing a draft and withdrawing.
 */
@Controller
class ProposalPages {

	static final int PAGE_SIZE = 20;

	private final Boards boards;
	private final ProposalStore store;
	private final ProposalSupports supports;
	private final Submissions submissions;
	private final Evaluation evaluation;
	private final CustomStates customStates;
	private final Attachments attachments;
	private final Geography geography;
	private final Accounts accounts;
	private final ObjectProvider<CommentThreads> threads;

	ProposalPages(Boards boards, ProposalStore store, ProposalSupports supports, Submissions submissions,
			Evaluation evaluation, CustomStates customStates, Attachments attachments, Geography geography,
			Accounts accounts, ObjectProvider<CommentThreads> threads) {
		this.boards = boards;
		this.store = store;
		this.supports = supports;
		this.submissions = submissions;
		this.evaluation = evaluation;
		this.customStates = customStates;
		this.attachments = attachments;
		this.geography = geography;
		this.accounts = accounts;
		this.threads = threads;
	}

	@GetMapping("/proposals")
	String list(@RequestParam String space, @RequestParam(required = false) String state,
			@RequestParam(required = false) String topic, @RequestParam(required = false) Integer district,
			@RequestParam(required = false) String q, @RequestParam(required = false) String cursor,
			CurrentAccount account, Model model) {
		Board board = boards.bySpaceParam(space);
		ProposalState chosenState = ProposalStore.Filter.state(state);
		ProposalStore.Page page = store.page(board.id(),
				new ProposalStore.Filter(chosenState, topic != null && Submissions.TOPICS.contains(topic) ? topic : null, district, q),
				cursor, PAGE_SIZE);
		model.addAttribute("board", board);
		model.addAttribute("settings", boards.current(board));
		model.addAttribute("page", page);
		model.addAttribute("state", chosenState == null ? "" : chosenState.name());
		model.addAttribute("topic", topic == null ? "" : topic);
		model.addAttribute("district", district);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("topics", Submissions.TOPICS);
		model.addAttribute("states", List.of(ProposalState.PUBLISHED, ProposalState.EVALUATING, ProposalState.ACCEPTED,
				ProposalState.REJECTED, ProposalState.WITHDRAWN));
		model.addAttribute("districts", geography.districts());
		model.addAttribute("districtNames", districtNames(geography));
		model.addAttribute("customStates", customStates.byId(board.id()));
		model.addAttribute("drafts", account == null ? List.of() : store.draftsOf(board.id(), account.principal()));
		model.addAttribute("mayEvaluate", evaluation.mayEvaluate(account, board));
		model.addAttribute("mayEnterPaper", submissions.mayEnterPaper(account));
		return "proposals/list";
	}

	@GetMapping("/proposals/{id}")
	String show(@PathVariable long id, CurrentAccount account, Model model) {
		Proposal proposal = store.get(id);
		String principal = account == null ? null : account.principal();
		if (proposal.state() == ProposalState.DRAFT && !proposal.isAuthor(principal)) {
			throw DomainException.notFound("proposals.not-found", id);
		}
		Board board = boards.board(proposal.boardId());
		boolean mayEvaluate = evaluation.mayEvaluate(account, board);
		if (proposal.hidden() && !proposal.isAuthor(principal) && !mayEvaluate) {
			throw DomainException.notFound("proposals.not-found", id);
		}
		BoardSettings settings = boards.current(board);
		model.addAttribute("proposal", proposal);
		model.addAttribute("board", board);
		model.addAttribute("settings", settings);
		model.addAttribute("customState", customStates.find(board.id(), proposal.customStateId()).orElse(null));
		model.addAttribute("attachments", attachments.of(id));
		model.addAttribute("districtNames", districtNames(geography));
		model.addAttribute("neighbourhood", proposal.neighbourhoodId() == null ? null
				: geography.neighbourhood(proposal.neighbourhoodId()).map(n -> n.name()).orElse(null));
		// entered by office staff: the staff member is not the author; the page says how the proposal came
		boolean staffEntered = Submissions.STAFF_CHANNELS.contains(proposal.channel());
		model.addAttribute("staffEntered", staffEntered);
		model.addAttribute("author", staffEntered ? null : accounts.displayName(proposal.author()).orElse(null));
		model.addAttribute("coauthors", proposal.coauthors().stream()
			.map(c -> accounts.displayName(c).orElse("")).filter(n -> !n.isBlank()).toList());
		model.addAttribute("isAuthor", proposal.isAuthor(principal));
		model.addAttribute("supported", store.supported(id, principal));
		model.addAttribute("mySupports", store.supportsOf(board.id(), principal));
		model.addAttribute("mayEvaluate", mayEvaluate);
		model.addAttribute("thread", proposal.state() == ProposalState.DRAFT ? null : thread(id, principal));
		model.addAttribute("viewer", principal);
		model.addAttribute("proposalRef", ResourceRef.of("proposal", id));
		return "proposals/show";
	}

	private Object thread(long id, String principal) {
		CommentThreads comments = threads.getIfAvailable();
		return comments == null ? null : comments.firstPage(ResourceRef.of("proposal", id), principal);
	}

	@PostMapping("/proposals/{id}/support")
	String support(@PathVariable long id, CurrentAccount account, Actor actor, RedirectAttributes redirect) {
		supports.support(account, id, actor);
		redirect.addFlashAttribute("notice", "proposals.notice.supported");
		return "redirect:/proposals/" + id;
	}

	@PostMapping("/proposals/{id}/unsupport")
	String unsupport(@PathVariable long id, CurrentAccount account, RedirectAttributes redirect) {
		supports.withdraw(account, id);
		redirect.addFlashAttribute("notice", "proposals.notice.unsupported");
		return "redirect:/proposals/" + id;
	}

	@PostMapping("/proposals/{id}/publish")
	String publish(@PathVariable long id, CurrentAccount account, Actor actor, RedirectAttributes redirect) {
		submissions.publish(account, id, actor);
		redirect.addFlashAttribute("notice", "proposals.notice.published");
		return "redirect:/proposals/" + id;
	}

	@PostMapping("/proposals/{id}/withdraw")
	String withdraw(@PathVariable long id, CurrentAccount account, Actor actor, RedirectAttributes redirect) {
		submissions.withdraw(account, id, actor);
		redirect.addFlashAttribute("notice", "proposals.notice.withdrawn");
		return "redirect:/proposals/" + id;
	}

	static Map<Integer, String> districtNames(Geography geography) {
		return geography.districts().stream().collect(Collectors.toMap(District::id, District::name));
	}

	static Locale locale(Locale locale) {
		return locale == null ? Locale.forLanguageTag("tr") : locale;
	}
}
