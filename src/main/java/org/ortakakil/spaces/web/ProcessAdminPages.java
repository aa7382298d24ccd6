package org.ortakakil.spaces.web;

import java.util.Locale;

import org.ortakakil.platform.FormRejection;
import org.ortakakil.geography.Geography;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.spaces.ProcessView;
import org.ortakakil.spaces.ScopeType;
import org.ortakakil.spaces.SpaceKind;
import org.ortakakil.spaces.SpaceRole;
import org.ortakakil.spaces.internal.ProcessAdministration;
import org.ortakakil.spaces.internal.SpaceDirectory;
import org.ortakakil.spaces.internal.SpaceRoles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** Administration of processes: create, edit, publish. Phases are in {@link PhaseAdminPages}. */
@Controller
@RequestMapping("/admin/processes")
class ProcessAdminPages {

	private final ProcessAdministration admin;
	private final SpaceDirectory directory;
	private final SpaceRoles roles;
	private final Geography geography;
	private final FormRejection rejection;

	ProcessAdminPages(ProcessAdministration admin, SpaceDirectory directory, SpaceRoles roles, Geography geography,
			FormRejection rejection) {
		this.admin = admin;
		this.directory = directory;
		this.roles = roles;
		this.geography = geography;
		this.rejection = rejection;
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("processes", directory.allProcesses());
		return "admin/processes";
	}

	@GetMapping("/new")
	String create(Model model) {
		return form(model, new ProcessForm(), null);
	}

	@PostMapping
	String create(@ModelAttribute("form") ProcessForm form, Actor actor, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			long id = admin.createProcess(form.toDraft(), actor);
			redirect.addFlashAttribute("notice", "notice.saved");
			return "redirect:/admin/processes/" + id;
		}
		catch (DomainException e) {
			return rejection.show(e, locale, model, response, () -> form(model, form, null));
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		ProcessView process = process(id);
		return form(model, ProcessForm.of(process), process);
	}

	@PostMapping("/{id}")
	String edit(@PathVariable long id, @ModelAttribute("form") ProcessForm form, Actor actor, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			admin.editProcess(id, form.toDraft(), actor);
			redirect.addFlashAttribute("notice", "notice.saved");
			return "redirect:/admin/processes/" + id;
		}
		catch (DomainException e) {
			return rejection.show(e, locale, model, response, () -> form(model, form, process(id)));
		}
	}

	@PostMapping("/{id}/publication")
	String publish(@PathVariable long id, @RequestParam boolean published, Actor actor, RedirectAttributes redirect) {
		admin.setProcessPublished(id, published, actor);
		redirect.addFlashAttribute("notice", published ? "notice.published" : "notice.unpublished");
		return "redirect:/admin/processes/" + id;
	}

	String form(Model model, ProcessForm form, ProcessView process) {
		model.addAttribute("form", form);
		model.addAttribute("process", process);
		model.addAttribute("scopeTypes", ScopeType.values());
		model.addAttribute("districts", geography.districts());
		if (process != null) {
			model.addAttribute("roles", roles.of(SpaceKind.PROCESS, process.id()));
			model.addAttribute("roleNames", SpaceRole.values());
			if (!model.containsAttribute("phaseForm")) {
				model.addAttribute("phaseForm", new PhaseForm());
			}
		}
		return process == null ? "admin/process-new" : "admin/process";
	}

	ProcessView process(long id) {
		return directory.anyProcess(id).orElseThrow(() -> DomainException.notFound("process.not-found", id));
	}
}
