package org.ortakakil.moderation.web;

import java.util.Locale;

import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.moderation.ModeratedContent.Content;
import org.ortakakil.moderation.internal.ContentDirectory;
import org.ortakakil.moderation.internal.Reason;
import org.ortakakil.moderation.internal.Reports;
import org.ortakakil.platform.FormRejection;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.ResourceRef;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Reporting from any page: the form fragment {@code moderation/report :: report(resource)} posts here and
 * its writer is sent back to the page they came from (a local path only). The same form as a page of its
 * own, for reporting a user and for showing a refused report again.
 */
@Controller
class ReportPages {

	/** What was typed into a report form. */
	record ReportForm(String type, String id, String reason, String note) {
	}

	private final Reports reports;
	private final ContentDirectory directory;
	private final FormRejection rejection;

	ReportPages(Reports reports, ContentDirectory directory, FormRejection rejection) {
		this.reports = reports;
		this.directory = directory;
		this.rejection = rejection;
	}

	@GetMapping("/moderation/report")
	String form(@RequestParam String type, @RequestParam String id, @RequestParam(required = false) String back,
			Model model) {
		ResourceRef resource = new ResourceRef(type, id);
		return page(directory.describe(resource), new ReportForm(type, id, null, null), back, model);
	}

	@PostMapping("/moderation/reports")
	String report(@RequestParam(required = false) String type, @RequestParam(required = false) String id,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String note,
			@RequestParam(required = false) String back, CurrentAccount account, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (type == null || type.isBlank() || id == null || id.isBlank()) {
			throw DomainException.notFound("moderation.unknown-content", "");
		}
		ResourceRef resource = new ResourceRef(type, id);
		ReportForm form = new ReportForm(type, id, reason, note);
		try {
			Content content = reports.report(account, resource, Reason.parse(reason), note);
			redirect.addFlashAttribute("notice", "moderation.reported");
			return "redirect:" + ModerationLinks.localPath(back, ModerationLinks.localPath(content.path(), "/"));
		}
		catch (DomainException e) {
			return rejection.show(e, locale, model, response, () -> page(directory.describe(resource), form, back, model));
		}
	}

	private String page(Content content, ReportForm form, String back, Model model) {
		model.addAttribute("content", content);
		model.addAttribute("resource", content.resource());
		model.addAttribute("reportForm", form);
		model.addAttribute("reportBack", ModerationLinks.localPath(back, ModerationLinks.localPath(content.path(), "/")));
		return "moderation/report-page";
	}
}
