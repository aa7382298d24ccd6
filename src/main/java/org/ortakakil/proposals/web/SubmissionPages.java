package org.ortakakil.proposals.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.ortakakil.geography.Geography;
import org.ortakakil.identity.Accounts;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.platform.FormRejection;
import org.ortakakil.proposals.internal.Attachments;
import org.ortakakil.proposals.internal.Board;
import org.ortakakil.proposals.internal.Boards;
import org.ortakakil.proposals.internal.SimilarProposals;
import org.ortakakil.proposals.internal.Submissions;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Writing a proposal: the form (also for office staff in an assisted session, for the resident present),
 * the similar proposals shown while the title is typed (an htmx fragment; without JavaScript the button
 * "show similar" sends the form to the same address), proposals received on paper, through a muhtar or
 * by the call centre, entered by office staff, and the attachments' bytes. A refused form comes back with
 * what was typed and the reason beside the field it concerns.
 */
@Controller
class SubmissionPages {

	private final Boards boards;
	private final Submissions submissions;
	private final SimilarProposals similar;
	private final Attachments attachments;
	private final org.ortakakil.proposals.internal.ProposalStore store;
	private final Geography geography;
	private final Accounts accounts;
	private final FormRejection rejection;

	SubmissionPages(Boards boards, Submissions submissions, SimilarProposals similar, Attachments attachments,
			org.ortakakil.proposals.internal.ProposalStore store, Geography geography, Accounts accounts,
			FormRejection rejection) {
		this.store = store;
		this.boards = boards;
		this.submissions = submissions;
		this.similar = similar;
		this.attachments = attachments;
		this.geography = geography;
		this.accounts = accounts;
		this.rejection = rejection;
	}

	@GetMapping("/proposals/new")
	String form(@RequestParam String space, CurrentAccount account, Model model) {
		Board board = boards.bySpaceParam(space);
		ProposalForm form = new ProposalForm();
		account.residence().ifPresent(r -> {
			if (board.neighbourhoodId() != null) {
				form.setScopeType("NEIGHBOURHOOD");
				form.setNeighbourhood(String.valueOf(board.neighbourhoodId()));
			}
			else if (!board.cityWide()) {
				form.setScopeType("DISTRICTS");
				form.setDistricts(board.districtIds().contains((int) r.districtId()) ? List.of((int) r.districtId())
						: List.of());
			}
			else {
				form.setScopeType("CITY");
			}
		});
		return form(board, form, false, model);
	}

	@PostMapping("/proposals/new")
	String submit(@RequestParam String space, ProposalForm form, CurrentAccount account, Actor actor, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Board board = boards.bySpaceParam(space);
		Supplier<String> again = () -> form(board, form, false, model);
		try {
			long id = submissions.submit(account, board.id(), form.toDraft(locale, accounts), form.publish(),
					form.uploads(), actor);
			redirect.addFlashAttribute("notice", form.publish() ? "proposals.notice.published" : "proposals.notice.drafted");
			return "redirect:/proposals/" + id;
		}
		catch (DomainException e) {
			return refused(e, form, false, locale, model, response, again);
		}
	}

	@GetMapping("/proposals/paper")
	String paperForm(@RequestParam String space, CurrentAccount account, Model model) {
		if (!submissions.mayEnterPaper(account)) {
			throw DomainException.forbidden("proposals.not-office-staff");
		}
		ProposalForm form = new ProposalForm();
		return form(boards.bySpaceParam(space), form, true, model);
	}

	@PostMapping("/proposals/paper")
	String enterPaper(@RequestParam String space, ProposalForm form, @RequestParam(required = false) MultipartFile scan,
			CurrentAccount account, Actor actor, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		Board board = boards.bySpaceParam(space);
		Supplier<String> again = () -> form(board, form, true, model);
		try {
			long id = submissions.enterPaper(account, board.id(), form.toDraft(locale, accounts), form.getReceivedAs(),
					ProposalForm.upload(scan), actor);
			redirect.addFlashAttribute("notice", "proposals.notice.published");
			return "redirect:/proposals/" + id;
		}
		catch (DomainException e) {
			return refused(e, form, true, locale, model, response, again);
		}
	}

	/**
	 * The form again with the reason beside its field, and in the summary at the top a link to that field.
	 */
	private String refused(DomainException e, ProposalForm form, boolean staffEntry, Locale locale, Model model,
			HttpServletResponse response, Supplier<String> again) {
		String view = rejection.show(e, locale, model, response, again);
		String field = form.field(e.code(), staffEntry);
		model.addAttribute("errorField", field == null ? "none" : field);
		if (field != null) {
			model.addAttribute("errorLink", "#" + field);
		}
		return view;
	}

	private String form(Board board, ProposalForm form, boolean paper, Model model) {
		model.addAttribute("board", board);
		model.addAttribute("form", form);
		model.addAttribute("paper", paper);
		model.addAttribute("topics", Submissions.TOPICS);
		model.addAttribute("staffChannels", Submissions.STAFF_CHANNELS);
		model.addAttribute("districts", board.districtIds().isEmpty() ? geography.districts()
				: geography.districts().stream().filter(d -> board.districtIds().contains(d.id())).toList());
		model.addAttribute("neighbourhoods", neighbourhoods(board, form));
		model.addAttribute("similar", form.getTitle() == null || form.getTitle().isBlank() ? List.of()
				: similar.to(board.id(), form.getTitle(), 5));
		model.addAttribute("maxMegabytes", Attachments.MAX_BYTES / (1024 * 1024));
		return "proposals/new";
	}

	private List<org.ortakakil.geography.Neighbourhood> neighbourhoods(Board board, ProposalForm form) {
		if (board.neighbourhoodId() != null) {
			return geography.neighbourhood(board.neighbourhoodId()).stream().toList();
		}
		if (form.getDistricts() != null && form.getDistricts().size() == 1) {
			return geography.district(form.getDistricts().get(0)).map(d -> geography.neighbourhoods(d.slug()))
				.orElse(List.of());
		}
		return List.of();
	}

	/** The htmx fragment of similar proposals while the title is typed. */
	@GetMapping("/proposals/similar")
	String similar(@RequestParam String space, @RequestParam(required = false) String title, Model model) {
		Board board = boards.bySpaceParam(space);
		model.addAttribute("similar", title == null || title.strip().length() < 3 ? List.of()
				: similar.to(board.id(), title, 5));
		return "proposals/new :: similar";
	}

	@GetMapping("/proposals/attachments/{id}")
	ResponseEntity<InputStreamResource> attachment(@PathVariable long id, CurrentAccount account) {
		var a = attachments.describe(id);
		var proposal = store.get(a.proposalId());
		boolean visible = proposal.state() != org.ortakakil.proposals.ProposalState.DRAFT && !proposal.hidden();
		if (!visible && !proposal.isAuthor(account == null ? null : account.principal())) {
			throw DomainException.notFound("proposals.attachment-not-found", id);
		}
		Attachments.Content content = attachments.open(id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(a.contentType()))
			.contentLength(a.size())
			.cacheControl(CacheControl.noCache())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(a.name(),
					java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(new InputStreamResource(content.stream()));
	}
}
