package org.ortakakil.requests.web;

import java.util.Locale;
import java.util.function.Function;

import org.ortakakil.geography.Geography;
import org.ortakakil.platform.FormRejection;
import org.ortakakil.requests.AttributeDatatype;
import org.ortakakil.requests.Priority;
import org.ortakakil.requests.ServiceCategoryView;
import org.ortakakil.requests.ServiceGroup;
import org.ortakakil.requests.internal.CatalogueAdministration;
import org.ortakakil.requests.internal.CatalogueStore;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Administration of the service catalogue: categories, their attributes and their routing to units by
 * district. Each form refused is shown again, as typed, with the reason (422).
 */
@Controller
@RequestMapping("/admin/services")
class ServiceAdminPages {

	private final CatalogueAdministration admin;
	private final CatalogueStore store;
	private final Geography geography;
	private final FormRejection rejection;

	ServiceAdminPages(CatalogueAdministration admin, CatalogueStore store, Geography geography,
			FormRejection rejection) {
		this.admin = admin;
		this.store = store;
		this.geography = geography;
		this.rejection = rejection;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("categories", store.all());
		return "admin/services";
	}

	@GetMapping("/new")
	String create(Model model) {
		return form(model, new ServiceForm(), null);
	}

	@PostMapping
	String create(@ModelAttribute("form") ServiceForm form, Actor actor, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		form.setCode(form.getCode() == null ? "" : form.getCode().strip());
		return attempt(() -> admin.create(form.toDraft(), actor), form.getCode(), redirect,
				e -> rejection.show(e, locale, model, response, () -> form(model, form, null)));
	}

	@GetMapping("/{code}")
	String edit(@PathVariable String code, Model model) {
		ServiceCategoryView category = category(code);
		return form(model, ServiceForm.of(category), category);
	}

	@PostMapping("/{code}")
	String edit(@PathVariable String code, @ModelAttribute("form") ServiceForm form, Actor actor, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		form.setCode(code);
		return attempt(() -> admin.edit(code, form.toDraft(), actor), code, redirect,
				e -> rejection.show(e, locale, model, response, () -> form(model, form, category(code))));
	}

	@PostMapping("/{code}/attributes")
	String addAttribute(@PathVariable String code, @ModelAttribute("attributeForm") AttributeForm attribute,
			Actor actor, Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		return attempt(() -> admin.addAttribute(code, attribute.toDraft(), actor), code, redirect,
				e -> rejection.show(e, locale, model, response, () -> current(model, code)));
	}

	@PostMapping("/{code}/attributes/{attribute}/delete")
	String removeAttribute(@PathVariable String code, @PathVariable String attribute, Actor actor,
			RedirectAttributes redirect) {
		admin.removeAttribute(code, attribute, actor);
		return saved(code, redirect);
	}

	@PostMapping("/{code}/attributes/{attribute}/move")
	String moveAttribute(@PathVariable String code, @PathVariable String attribute, @RequestParam int direction,
			Actor actor, RedirectAttributes redirect) {
		admin.moveAttribute(code, attribute, direction, actor);
		return saved(code, redirect);
	}

	@PostMapping("/{code}/routing")
	String setRouting(@PathVariable String code, @RequestParam(defaultValue = "") String districtId,
			@RequestParam(defaultValue = "") String unitKey, Actor actor, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("routingDistrict", districtId);
		model.addAttribute("routingUnit", unitKey);
		return attempt(() -> admin.setRouting(code, district(districtId), unitKey, actor), code, redirect,
				e -> rejection.show(e, locale, model, response, () -> current(model, code)));
	}

	@PostMapping("/{code}/routing/{districtId}/delete")
	String removeRouting(@PathVariable String code, @PathVariable int districtId, Actor actor,
			RedirectAttributes redirect) {
		admin.removeRouting(code, districtId, actor);
		return saved(code, redirect);
	}

	private String attempt(Runnable change, String code, RedirectAttributes redirect,
			Function<DomainException, String> refused) {
		try {
			change.run();
			return saved(code, redirect);
		}
		catch (DomainException e) {
			return refused.apply(e);
		}
	}

	private static String saved(String code, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", "notice.saved");
		return "redirect:/admin/services/" + code;
	}

	private static int district(String typed) {
		try {
			return Integer.parseInt(typed.strip());
		}
		catch (NumberFormatException e) {
			throw DomainException.invalid("district.unknown", typed);
		}
	}

	private String current(Model model, String code) {
		ServiceCategoryView category = category(code);
		return form(model, ServiceForm.of(category), category);
	}

	private String form(Model model, ServiceForm form, ServiceCategoryView category) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("category", category);
		model.addAttribute("groups", ServiceGroup.values());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("datatypes", AttributeDatatype.values());
		model.addAttribute("districts", geography.districts());
		if (!model.containsAttribute("attributeForm")) {
			model.addAttribute("attributeForm", new AttributeForm());
		}
		return category == null ? "admin/service-new" : "admin/service";
	}

	private ServiceCategoryView category(String code) {
		return store.any(code).orElseThrow(() -> DomainException.notFound("services.not-found", code));
	}
}
