package org.ortakakil.comments.web;

import java.util.Locale;

import org.ortakakil.comments.CommentThread;
import org.ortakakil.comments.Commentable;
import org.ortakakil.comments.internal.CommentReader;
import org.ortakakil.comments.internal.Comments;
import org.ortakakil.comments.internal.Targets;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.platform.ErrorMessages;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.ResourceRef;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The thread pages and the forms of a thread. Every form works without JavaScript (it redirects back to the
 * page it came from, at the comment's anchor); with htmx (HX-Request) the same handlers answer with the part
 * of the thread that changed. A refused form is shown again with the text typed and why (422).
 */
@Controller
class CommentPages {

	static final String HTMX = "HX-Request";

	private final CommentReader reader;
	private final Comments comments;
	private final Targets targets;
	private final ErrorMessages errors;
	private final CommentsView view;

	CommentPages(CommentReader reader, Comments comments, Targets targets, ErrorMessages errors, CommentsView view) {
		this.view = view;
		this.reader = reader;
		this.comments = comments;
		this.targets = targets;
		this.errors = errors;
	}

	@GetMapping("/comments")
	String thread(@RequestParam String target, @RequestParam(required = false) String cursor,
			@RequestHeader(name = HTMX, required = false) String htmx, CurrentAccount account, Model model) {
		ResourceRef ref = Targets.parse(target);
		CommentThread thread = reader.page(ref, cursor, principal(account));
		model.addAttribute("thread", thread);
		model.addAttribute("commentsBack", "/comments?target=" + ref + (cursor == null ? "" : "&cursor=" + cursor));
		if (htmx != null) {
			return "comments/thread :: page(thread=${thread})";
		}
		model.addAttribute("subject", targets.known(ref));
		return "comments/page";
	}

	@GetMapping("/comments/{id}")
	String branch(@PathVariable long id, @RequestParam(required = false) String cursor, CurrentAccount account,
			Model model) {
		CommentThread thread = reader.branch(id, cursor, principal(account));
		model.addAttribute("thread", thread);
		model.addAttribute("branch", true);
		model.addAttribute("commentsBack", "/comments/" + thread.comments().get(0).id());
		model.addAttribute("subject", targets.known(thread.target()));
		return "comments/page";
	}

	@PostMapping("/comments")
	String write(@RequestParam String target, @RequestParam(required = false) Long parent,
			@RequestParam(required = false) String alignment, @RequestParam(required = false) String body,
			@RequestParam(required = false) String back, @RequestHeader(name = HTMX, required = false) String htmx,
			CurrentAccount account, Actor actor, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		ResourceRef ref = Targets.parse(target);
		try {
			long id = comments.write(account, ref, parent, alignment, body, actor);
			if (htmx != null) {
				return parent == null ? first(ref, account, model) : branchOf(id, account, model);
			}
			redirect.addFlashAttribute("notice", "comments.notice.added");
			return "redirect:" + back(back, ref) + "#comment-" + id;
		}
		catch (DomainException e) {
			return refused(e, parent == null ? "new" : "reply", ref, parent, body, alignment, back, htmx, model, locale,
					response);
		}
	}

	@PostMapping("/comments/{id}/edit")
	String edit(@PathVariable long id, @RequestParam(required = false) String body,
			@RequestParam(required = false) String back, @RequestHeader(name = HTMX, required = false) String htmx,
			CurrentAccount account, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		ResourceRef ref = reader.targetOf(id);
		try {
			comments.edit(account, id, body);
			if (htmx != null) {
				return branchOf(id, account, model);
			}
			redirect.addFlashAttribute("notice", "comments.notice.edited");
			return "redirect:" + back(back, ref) + "#comment-" + id;
		}
		catch (DomainException e) {
			return refused(e, "edit", ref, id, body, null, back, htmx, model, locale, response);
		}
	}

	@PostMapping("/comments/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(required = false) String back,
			@RequestHeader(name = HTMX, required = false) String htmx, CurrentAccount account, Model model,
			RedirectAttributes redirect) {
		ResourceRef ref = reader.targetOf(id);
		comments.delete(account, id);
		if (htmx != null) {
			return branchOf(id, account, model);
		}
		redirect.addFlashAttribute("notice", "comments.notice.deleted");
		return "redirect:" + back(back, ref) + "#comment-" + id;
	}

	@PostMapping("/comments/{id}/vote")
	String vote(@PathVariable long id, @RequestParam String vote, @RequestParam(required = false) String back,
			@RequestHeader(name = HTMX, required = false) String htmx, CurrentAccount account, Model model,
			RedirectAttributes redirect) {
		ResourceRef ref = reader.targetOf(id);
		comments.vote(account, id, switch (vote) {
			case "up" -> 1;
			case "down" -> -1;
			case "none" -> 0;
			default -> throw DomainException.invalid("comments.vote-unknown");
		});
		if (htmx != null) {
			model.addAttribute("c", reader.one(id, principal(account)));
			return "comments/thread :: vote-buttons(c=${c}, mayWrite=true)";
		}
		redirect.addFlashAttribute("notice", "comments.notice.voted");
		return "redirect:" + back(back, ref) + "#comment-" + id;
	}

	private String first(ResourceRef ref, CurrentAccount account, Model model) {
		model.addAttribute("thread", reader.firstPage(ref, principal(account)));
		return "comments/thread :: thread(thread=${thread})";
	}

	/** The branch of the comment, as the part an htmx form replaces. */
	private String branchOf(long id, CurrentAccount account, Model model) {
		CommentThread thread = reader.branch(comments.stored(id).branch(), null, principal(account));
		model.addAttribute("thread", thread);
		model.addAttribute("root", thread.comments().get(0));
		return "comments/thread :: comment(c=${root}, thread=${thread})";
	}

	private String refused(DomainException e, String kind, ResourceRef ref, Long id, String body, String alignment,
			String back, String htmx, Model model, Locale locale, HttpServletResponse response) {
		if (e.kind() == DomainException.Kind.NOT_FOUND || e.kind() == DomainException.Kind.FORBIDDEN) {
			throw e;
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("error", errors.of(e, locale));
		model.addAttribute("kind", kind);
		model.addAttribute("target", ref);
		model.addAttribute("about", id);
		// a 10 MB body is not sent back
		model.addAttribute("text", body == null || body.length() > 20_000 ? "" : body);
		model.addAttribute("alignment", alignment);
		model.addAttribute("commentsBack", back == null || !local(back) ? null : back);
		if (htmx != null) {
			response.setHeader("HX-Retarget", "#" + view.formId(kind, id));
			response.setHeader("HX-Reswap", "outerHTML");
			return "comments/thread :: comment-form(kind=${kind}, target=${target}, about=${about}, text=${text}, alignment=${alignment})";
		}
		model.addAttribute("subject", targets.describe(ref).orElse(null));
		return "comments/form";
	}

	/** Where to go back to: the page the form was on when it is a path of this site, else the target's page. */
	private String back(String back, ResourceRef ref) {
		if (back != null && local(back)) {
			return back;
		}
		return targets.describe(ref).map(Commentable.Target::path).orElse("/comments?target=" + ref);
	}

	static boolean local(String path) {
		return path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") && !path.contains("#")
				&& path.length() < 500 && path.chars().noneMatch(Character::isISOControl);
	}

	private static String principal(CurrentAccount account) {
		return account == null ? null : account.principal();
	}
}
