package org.ortakakil.spaces.web;

import java.util.Locale;

import org.ortakakil.platform.FormRejection;
import org.ortakakil.geography.Geography;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.spaces.AssemblyType;
import org.ortakakil.spaces.AssemblyView;
import org.ortakakil.spaces.MemberPosition;
import org.ortakakil.spaces.SpaceKind;
import org.ortakakil.spaces.SpaceRole;
import org.ortakakil.spaces.internal.AssemblyAdministration;
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

/** Administration of assemblies: create, edit, members, publish. */
@Controller
@RequestMapping("/admin/assemblies")
class AssemblyAdminPages {

	private final AssemblyAdministration admin;
	private final SpaceDirectory directory;
	private final SpaceRoles roles;
	private final Geography geography;
	private final FormRejection rejection;

	AssemblyAdminPages(AssemblyAdministration admin, SpaceDirectory directory, SpaceRoles roles, Geography geography,
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
		model.addAttribute("assemblies", directory.allAssemblies());
		return "admin/assemblies";
	}

	@GetMapping("/new")
	String create(Model model) {
		return form(model, new AssemblyForm(), null);
	}

	@PostMapping
	String create(@ModelAttribute("form") AssemblyForm form, Actor actor, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			long id = admin.createAssembly(form.toDraft(), actor);
			redirect.addFlashAttribute("notice", "notice.saved");
			return "redirect:/admin/assemblies/" + id;
		}
		catch (DomainException e) {
			return rejection.show(e, locale, model, response, () -> form(model, form, null));
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		AssemblyView assembly = assembly(id);
		return form(model, AssemblyForm.of(assembly), assembly);
	}

	@PostMapping("/{id}")
	String edit(@PathVariable long id, @ModelAttribute("form") AssemblyForm form, Actor actor, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			admin.editAssembly(id, form.toDraft(), actor);
			redirect.addFlashAttribute("notice", "notice.saved");
			return "redirect:/admin/assemblies/" + id;
		}
		catch (DomainException e) {
			return rejection.show(e, locale, model, response, () -> form(model, form, assembly(id)));
		}
	}

	@PostMapping("/{id}/members")
	String addMember(@PathVariable long id, @RequestParam String name, @RequestParam MemberPosition position,
			@RequestParam(required = false) Long accountId, Actor actor, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			admin.addMember(id, new org.ortakakil.spaces.internal.Member(name, position, accountId), actor);
			redirect.addFlashAttribute("notice", "notice.saved");
			return "redirect:/admin/assemblies/" + id + "#members";
		}
		catch (DomainException e) {
			return rejection.show(e, locale, model, response, () -> form(model, AssemblyForm.of(assembly(id)), assembly(id)));
		}
	}

	@PostMapping("/{id}/members/{index}/delete")
	String removeMember(@PathVariable long id, @PathVariable int index, Actor actor, RedirectAttributes redirect) {
		admin.removeMember(id, index, actor);
		redirect.addFlashAttribute("notice", "notice.saved");
		return "redirect:/admin/assemblies/" + id + "#members";
	}

	@PostMapping("/{id}/publication")
	String publish(@PathVariable long id, @RequestParam boolean published, Actor actor, RedirectAttributes redirect) {
		admin.setAssemblyPublished(id, published, actor);
		redirect.addFlashAttribute("notice", published ? "notice.published" : "notice.unpublished");
		return "redirect:/admin/assemblies/" + id;
	}

	private String form(Model model, AssemblyForm form, AssemblyView assembly) {
		model.addAttribute("form", form);
		model.addAttribute("assembly", assembly);
		model.addAttribute("types", AssemblyType.values());
		model.addAttribute("positions", MemberPosition.values());
		model.addAttribute("parents", directory.allAssemblies().stream()
			.filter(a -> assembly == null || a.id() != assembly.id()).toList());
		model.addAttribute("districts", geography.districts());
		model.addAttribute("provinces", geography.marmaraProvinces());
		if (assembly != null) {
			model.addAttribute("roles", roles.of(SpaceKind.ASSEMBLY, assembly.id()));
			model.addAttribute("roleNames", SpaceRole.values());
		}
		return assembly == null ? "admin/assembly-new" : "admin/assembly";
	}

	private AssemblyView assembly(long id) {
		return directory.anyAssembly(id).orElseThrow(() -> DomainException.notFound("assembly.not-found", id));
	}
}
