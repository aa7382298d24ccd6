package org.ortakakil.spaces.web;

import java.util.Locale;

import org.ortakakil.platform.FormRejection;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.spaces.internal.ProcessAdministration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The phases of a process: add, edit, move, remove, pin. */
@Controller
@RequestMapping("/admin/processes/{id}/phases")
class PhaseAdminPages {

	private final ProcessAdministration admin;
	private final ProcessAdminPages pages;
	private final FormRejection rejection;

	PhaseAdminPages(ProcessAdministration admin, ProcessAdminPages pages, FormRejection rejection) {
		this.admin = admin;
		this.pages = pages;
		this.rejection = rejection;
	}

	@PostMapping
	String add(@PathVariable long id, @ModelAttribute("phaseForm") PhaseForm phase, Actor actor, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		return attempt(id, () -> admin.addPhase(id, phase.toDraft(), actor), model, locale, redirect, response);
	}

	@PostMapping("/{key}")
	String edit(@PathVariable long id, @PathVariable String key, @ModelAttribute PhaseForm phase, Actor actor,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		return attempt(id, () -> admin.editPhase(id, key, phase.toDraft(), actor), model, locale, redirect, response);
	}

	@PostMapping("/{key}/move")
	String move(@PathVariable long id, @PathVariable String key, @RequestParam int direction, Actor actor, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		return attempt(id, () -> admin.movePhase(id, key, direction, actor), model, locale, redirect, response);
	}

	@PostMapping("/{key}/delete")
	String remove(@PathVariable long id, @PathVariable String key, Actor actor, RedirectAttributes redirect) {
		admin.removePhase(id, key, actor);
		return saved(id, redirect);
	}

	/** An empty key goes back to choosing the active phase by date. */
	@PostMapping("/pin")
	String pin(@PathVariable long id, @RequestParam(required = false) String key, Actor actor,
			RedirectAttributes redirect) {
		admin.pinPhase(id, key == null || key.isBlank() ? null : key, actor);
		return saved(id, redirect);
	}

	/** Runs the change; if refused, shows the process page again with the reason. */
	private String attempt(long id, Runnable change, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			change.run();
			return saved(id, redirect);
		}
		catch (DomainException e) {
			return rejection.show(e, locale, model, response,
					() -> pages.form(model, ProcessForm.of(pages.process(id)), pages.process(id)));
		}
	}

	private static String saved(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", "notice.saved");
		return "redirect:/admin/processes/" + id + "#phases";
	}
}
