package org.ortakakil.requests.needs;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.ortakakil.geography.Geography;
import org.ortakakil.geography.Neighbourhood;
import org.ortakakil.identity.Authorization;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Permission;
import org.ortakakil.identity.Role;
import org.ortakakil.platform.FormRejection;
import org.ortakakil.requests.RequestState;
import org.ortakakil.requests.ServiceCatalogue;
import org.ortakakil.requests.ServiceCategoryView;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.ResourceRef;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * My Neighbourhood, My Muhtar (Mahallem Muhtarım): the muhtar's page with every service request of the neighbourhood and
 * its ranked list of needs, and the forms that change that list. A muhtar of several neighbourhoods
 * picks one. Who may see and change a neighbourhood's page is {@link Authorization}'s answer to
 * REPRESENT_NEIGHBOURHOOD; a refused form is shown again with the reason next to the field (422).
 */
@Controller
class MuhtarPages {

	private final NeighbourhoodNeeds needs;
	private final NeighbourhoodRequests requests;
	private final ServiceCatalogue catalogue;
	private final Geography geography;
	private final Authorization authorization;
	private final FormRejection rejection;

	MuhtarPages(NeighbourhoodNeeds needs, NeighbourhoodRequests requests, ServiceCatalogue catalogue,
			Geography geography, Authorization authorization, FormRejection rejection) {
		this.needs = needs;
		this.requests = requests;
		this.catalogue = catalogue;
		this.geography = geography;
		this.authorization = authorization;
		this.rejection = rejection;
	}

	@GetMapping("/muhtar")
	String page(@RequestParam(required = false) Integer neighbourhood, @RequestParam(required = false) RequestState state,
			@RequestParam(defaultValue = "1") int page, CurrentAccount account, Model model, Locale locale) {
		List<Neighbourhood> mine = mine(account);
		model.addAttribute("mine", mine);
		if (neighbourhood == null && mine.size() != 1) {
			if (mine.isEmpty()) {
				throw DomainException.forbidden("permission.denied");
			}
			return "needs/muhtar-pick";
		}
		int chosen = neighbourhood == null ? mine.get(0).id() : neighbourhood;
		return show(represented(account, chosen), state, page, model, locale);
	}

	@PostMapping("/muhtar/needs")
	String create(@RequestParam int neighbourhood, @ModelAttribute("form") NeedForm form, CurrentAccount account,
			Actor actor, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Neighbourhood place = represented(account, neighbourhood);
		try {
			Need need = needs.create(place.id(), form.toDraft(), actor);
			return saved(need, redirect);
		}
		catch (DomainException e) {
			return refused(e, 0L, place, model, locale, response);
		}
	}

	@PostMapping("/muhtar/needs/{id}")
	String edit(@PathVariable long id, @ModelAttribute("editForm") NeedForm form, CurrentAccount account, Actor actor,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Need need = owned(account, id);
		return attempt(() -> needs.edit(id, form.toDraft(), actor), need, model, locale, response, redirect);
	}

	@PostMapping("/muhtar/needs/{id}/status")
	String status(@PathVariable long id, @RequestParam(defaultValue = "") String status, CurrentAccount account,
			Actor actor, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Need need = owned(account, id);
		return attempt(() -> needs.changeStatus(id, parse(NeedStatus.class, status, "needs.status.unknown"), actor),
				need, model, locale, response, redirect);
	}

	@PostMapping("/muhtar/needs/{id}/move")
	String move(@PathVariable long id, @RequestParam int direction, CurrentAccount account, Actor actor,
			RedirectAttributes redirect) {
		Need need = owned(account, id);
		needs.move(id, direction, actor);
		return saved(need, redirect);
	}

	@PostMapping("/muhtar/needs/{id}/links")
	String link(@PathVariable long id, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String reference, CurrentAccount account, Actor actor, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Need need = owned(account, id);
		model.addAttribute("linkKind", kind);
		model.addAttribute("linkReference", reference);
		return attempt(() -> needs.link(id, parse(LinkKind.class, kind, "needs.link.kind-unknown"), reference, actor),
				need, model, locale, response, redirect);
	}

	@PostMapping("/muhtar/needs/{id}/links/{link}/delete")
	String unlink(@PathVariable long id, @PathVariable long link, CurrentAccount account, Actor actor,
			RedirectAttributes redirect) {
		Need need = owned(account, id);
		needs.unlink(id, link, actor);
		return saved(need, redirect);
	}

	private String attempt(Runnable change, Need need, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			change.run();
			return saved(need, redirect);
		}
		catch (DomainException e) {
			Neighbourhood place = geography.neighbourhood(need.neighbourhoodId()).orElseThrow();
			return refused(e, need.id(), place, model, locale, response);
		}
	}

	/** The page again, with the reason next to the field at fault (the code's second part: needs.<field>.…). */
	private String refused(DomainException e, long formFor, Neighbourhood place, Model model, Locale locale,
			HttpServletResponse response) {
		Supplier<String> view = () -> {
			model.addAttribute("errorField", e.code().split("\\.")[1]);
			model.addAttribute("formFor", formFor);
			return show(place, null, 1, model, locale);
		};
		return rejection.show(e, locale, model, response, view);
	}

	private String show(Neighbourhood place, RequestState state, int page, Model model, Locale locale) {
		model.addAttribute("neighbourhood", place);
		model.addAttribute("district", geography.district(place.districtId()).orElseThrow());
		List<Need> list = needs.of(place.id());
		model.addAttribute("needs", list);
		model.addAttribute("editForms", list.stream().collect(Collectors.toMap(Need::id, NeedForm::of)));
		model.addAttribute("statuses", NeedStatus.values());
		model.addAttribute("kinds", LinkKind.values());
		model.addAttribute("states", RequestState.values());
		model.addAttribute("state", state);
		model.addAttribute("requests", requests.page(place.id(), state, page));
		model.addAttribute("categories", catalogue.categories().stream()
			.collect(Collectors.toMap(ServiceCategoryView::code, c -> c.name().in(locale), (a, b) -> a)));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new NeedForm());
		}
		if (!model.containsAttribute("formFor")) {
			model.addAttribute("formFor", -1L);
		}
		return "needs/muhtar";
	}

	private static String saved(Need need, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", "notice.saved");
		return "redirect:/muhtar?neighbourhood=" + need.neighbourhoodId() + "#need-" + need.id();
	}

	/** The neighbourhoods the account represents, for the picker. */
	private List<Neighbourhood> mine(CurrentAccount account) {
		if (account == null) {
			return List.of();
		}
		return account.roles().stream().filter(grant -> grant.role().scope() == Role.Scope.NEIGHBOURHOOD)
			.map(grant -> grant.scope().chars().allMatch(Character::isDigit) && !grant.scope().isEmpty()
					? geography.neighbourhood(Integer.parseInt(grant.scope())).orElse(null) : null)
			.filter(Objects::nonNull).distinct()
			.filter(n -> authorization.may(account, Permission.REPRESENT_NEIGHBOURHOOD, ResourceRef.of("neighbourhood", n.id())))
			.toList();
	}

	private Neighbourhood represented(CurrentAccount account, int neighbourhoodId) {
		authorization.require(account, Permission.REPRESENT_NEIGHBOURHOOD, ResourceRef.of("neighbourhood", neighbourhoodId));
		return geography.neighbourhood(neighbourhoodId)
			.orElseThrow(() -> DomainException.notFound("needs.neighbourhood.unknown", String.valueOf(neighbourhoodId)));
	}

	private Need owned(CurrentAccount account, long id) {
		Need need = needs.get(id);
		represented(account, need.neighbourhoodId());
		return need;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String typed, String code) {
		try {
			return Enum.valueOf(type, typed.strip());
		}
		catch (IllegalArgumentException e) {
			throw DomainException.invalid(code, typed);
		}
	}
}
