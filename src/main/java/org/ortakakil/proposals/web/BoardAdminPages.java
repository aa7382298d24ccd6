package org.ortakakil.proposals.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.proposals.internal.Board;
import org.ortakakil.proposals.internal.BoardSettings;
import org.ortakakil.proposals.internal.BoardSettings.SupportScope;
import org.ortakakil.proposals.internal.Boards;
import org.ortakakil.proposals.internal.CustomStates;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.shared.TypedNumber;
import org.ortakakil.spaces.PhaseView;
import org.ortakakil.spaces.SpaceKind;
import org.ortakakil.spaces.Spaces;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;


/**
 * A space's administrators open its board, set what each phase allows (the default row and, for a process,
 * one row per phase) and add custom states.
 */
@Controller
class BoardAdminPages {

	/** One phase's settings as the form sends them (blank numbers mean no limit, no threshold). */
	record SettingsRow(String phase, PhaseView phaseView, BoardSettings settings, boolean inherited) {
	}

	private final Boards boards;
	private final CustomStates customStates;
	private final Spaces spaces;

	BoardAdminPages(Boards boards, CustomStates customStates, Spaces spaces) {
		this.boards = boards;
		this.customStates = customStates;
		this.spaces = spaces;
	}

	@GetMapping("/proposals/admin")
	String admin(@RequestParam String space, CurrentAccount account, Model model) {
		SpaceId id = SpaceId.of(space);
		SpaceKind kind = id.kind();
		long spaceId = id.id();
		boards.requireAdmin(account, kind, spaceId);
		Board board = boards.forSpace(kind, spaceId).orElse(null);
		model.addAttribute("space", kind.resourceType() + ":" + spaceId);
		model.addAttribute("board", board);
		if (board != null) {
			BoardSettings defaults = boards.settings(board.id(), "").orElse(BoardSettings.defaults());
			List<SettingsRow> rows = new java.util.ArrayList<>();
			rows.add(new SettingsRow("", null, defaults, false));
			if (kind == SpaceKind.PROCESS) {
				spaces.process(spaceId).ifPresent(p -> p.phases().forEach(ph -> {
					var own = boards.settings(board.id(), ph.key());
					rows.add(new SettingsRow(ph.key(), ph, own.orElse(defaults), own.isEmpty()));
				}));
			}
			model.addAttribute("rows", rows);
			model.addAttribute("customStates", customStates.of(board.id()));
			model.addAttribute("scopes", SupportScope.values());
		}
		return "proposals/admin";
	}

	/** A space named process:12 or assembly:3, which may have no board yet. */
	record SpaceId(SpaceKind kind, long id) {

		static SpaceId of(String param) {
			String[] parts = param.split(":", 2);
			try {
				return new SpaceId(parts[0].equals("assembly") ? SpaceKind.ASSEMBLY : SpaceKind.PROCESS,
						Long.parseLong(parts.length == 2 ? parts[1].strip() : ""));
			}
			catch (NumberFormatException e) {
				throw DomainException.notFound("proposals.board-not-found", param);
			}
		}
	}

	@PostMapping("/proposals/admin/open")
	String open(@RequestParam String space, CurrentAccount account, RedirectAttributes redirect) {
		SpaceId id = SpaceId.of(space);
		boards.open(account, id.kind(), id.id());
		redirect.addFlashAttribute("notice", "proposals.notice.saved");
		return "redirect:/proposals/admin?space=" + id.kind().resourceType() + ":" + id.id();
	}

	@PostMapping("/proposals/admin/settings")
	String settings(@RequestParam String space, @RequestParam(defaultValue = "") String phase,
			@RequestParam(defaultValue = "false") boolean creationOpen,
			@RequestParam(defaultValue = "false") boolean supportsOpen, @RequestParam(required = false) String supportLimit,
			@RequestParam(required = false) String supportThreshold, @RequestParam(defaultValue = "SPACE") String supportScope,
			@RequestParam(defaultValue = "false") boolean commentsOpen,
			@RequestParam(defaultValue = "false") boolean answersPublished,
			@RequestParam(defaultValue = "30") String answerDays, CurrentAccount account, RedirectAttributes redirect) {
		Board board = boards.bySpaceParam(space);
		SupportScope scope;
		try {
			scope = SupportScope.valueOf(supportScope);
		}
		catch (IllegalArgumentException e) {
			throw DomainException.invalid("proposals.settings-invalid");
		}
		boards.configure(account, board.id(), phase, new BoardSettings(creationOpen, supportsOpen, number(supportLimit),
				number(supportThreshold), scope, commentsOpen, answersPublished,
				number(answerDays) == null ? 30 : number(answerDays)));
		redirect.addFlashAttribute("notice", "proposals.notice.saved");
		return "redirect:/proposals/admin?space=" + board.spaceParam();
	}

	@PostMapping("/proposals/admin/states")
	String addState(@RequestParam String space, @RequestParam Map<String, String> params, CurrentAccount account,
			RedirectAttributes redirect) {
		Board board = boards.bySpaceParam(space);
		Map<String, String> label = new LinkedHashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith("label[") && name.endsWith("]")) {
				label.put(name.substring(6, name.length() - 1), value);
			}
		});
		customStates.add(account, board.id(), new LocalizedText(label), params.get("colour"));
		redirect.addFlashAttribute("notice", "proposals.notice.saved");
		return "redirect:/proposals/admin?space=" + board.spaceParam();
	}

	private static Integer number(String typed) {
		return TypedNumber.integer(typed, "proposals.settings-invalid");
	}
}
