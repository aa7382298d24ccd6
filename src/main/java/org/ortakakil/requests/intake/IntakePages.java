package org.ortakakil.requests.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ortakakil.geography.Geography;
import org.ortakakil.geography.Neighbourhood;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.platform.FormRejection;
import org.ortakakil.requests.Channel;
import org.ortakakil.requests.ServiceCategoryView;
import org.ortakakil.requests.ServiceGroup;
import org.ortakakil.requests.internal.CatalogueStore;
import org.ortakakil.requests.internal.ServiceRequestView;
import org.ortakakil.requests.photos.Photos;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The report form at {@code /requests/new}: works without JavaScript (a "continue" button brings the
 * category's questions and the open requests nearby), and with it htmx swaps those in as the resident
 * chooses. A refused report comes back as typed (the photo must be chosen again: browsers do not keep
 * files), each error next to its field, with 422. "Me too" on a nearby request is a button of the same form.
 */
@Controller
class IntakePages {

	private final Intake intake;
	private final CatalogueStore catalogue;
	private final Geography geography;
	private final FormRejection rejection;

	IntakePages(Intake intake, CatalogueStore catalogue, Geography geography, FormRejection rejection) {
		this.intake = intake;
		this.catalogue = catalogue;
		this.geography = geography;
		this.rejection = rejection;
	}

	@GetMapping("/requests/new")
	String form(@ModelAttribute("form") IntakeForm form, HttpServletRequest request, CurrentAccount account,
			Model model) {
		form.readAnswers(request.getParameterMap());
		return page(form, account, model);
	}

	@PostMapping("/requests/new")
	String submit(@ModelAttribute("form") IntakeForm form, @RequestParam(required = false) MultipartFile photo,
			@RequestParam(defaultValue = "submit") String step, HttpServletRequest request, CurrentAccount account,
			Actor actor, Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		form.readAnswers(request.getParameterMap());
		boolean photoGiven = photo != null && !photo.isEmpty();
		if ("continue".equals(step)) {
			model.addAttribute("photoLost", photoGiven);
			return page(form, account, model);
		}
		try {
			ServiceRequestView created = intake.submit(form, photoGiven ? bytes(photo) : null, account, actor, locale);
			redirect.addFlashAttribute("notice", "intake.submitted");
			return "redirect:/requests/" + created.serviceRequestId();
		}
		catch (DomainException e) {
			model.addAttribute("photoLost", photoGiven);
			return refused(e, form, account, model, locale, response);
		}
	}

	@PostMapping("/requests/{id}/me-too")
	String meToo(@PathVariable String id, @ModelAttribute("form") IntakeForm form, HttpServletRequest request,
			CurrentAccount account, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			intake.meToo(id, account, form.getEmail(), locale);
			redirect.addFlashAttribute("notice", "intake.me-too.done");
			return "redirect:/requests/" + id;
		}
		catch (DomainException e) {
			form.readAnswers(request.getParameterMap());
			return refused(e, form, account, model, locale, response);
		}
	}

	/** The category's questions, for htmx. */
	@GetMapping("/requests/new/attributes")
	String attributes(@ModelAttribute("form") IntakeForm form, Model model) {
		model.addAttribute("category", catalogue.category(form.getServiceCode()).orElse(null));
		return "requests/intake :: attributes";
	}

	/** The open requests of the category near the point, for htmx. */
	@GetMapping("/requests/new/nearby")
	String nearby(@ModelAttribute("form") IntakeForm form, Model model) {
		model.addAttribute("nearby", nearby(form));
		return "requests/intake :: nearby";
	}

	/** The neighbourhoods of the district, as options, for htmx. */
	@GetMapping("/requests/new/neighbourhoods")
	String neighbourhoods(@ModelAttribute("form") IntakeForm form, Model model) {
		model.addAttribute("neighbourhoods", neighbourhoods(form.getDistrictId()));
		return "requests/intake :: neighbourhoods";
	}

	private String refused(DomainException e, IntakeForm form, CurrentAccount account, Model model, Locale locale,
			HttpServletResponse response) {
		String view = rejection.show(e, locale, model, response, () -> page(form, account, model));
		model.addAttribute("errorField", field(e.code()));
		if (e.code().startsWith("requests.attribute") && e.arguments().length > 0) {
			model.addAttribute("errorAttribute", e.arguments()[0]);
		}
		return view;
	}

	/** The form field an error is about, so the page shows the message next to it. */
	static String field(String code) {
		if (code.startsWith("intake.email")) {
			return "email";
		}
		if (code.startsWith("intake.category") || code.equals("intake.private-needs-account")) {
			return "category";
		}
		if (code.startsWith("requests.attribute")) {
			return "attributes";
		}
		if (code.startsWith("photos.")) {
			return "photo";
		}
		if (code.equals("requests.neighbourhood-outside-district")) {
			return "neighbourhood";
		}
		if (code.equals("requests.description-too-long")) {
			return "description";
		}
		if (code.equals("intake.me-too-closed")) {
			return "nearby";
		}
		return "location";
	}

	private String page(IntakeForm form, CurrentAccount account, Model model) {
		Map<ServiceGroup, List<ServiceCategoryView>> groups = new LinkedHashMap<>();
		catalogue.categories().forEach(c -> groups.computeIfAbsent(c.group(), g -> new java.util.ArrayList<>()).add(c));
		model.addAttribute("groups", groups);
		model.addAttribute("category", catalogue.category(form.getServiceCode()).orElse(null));
		model.addAttribute("districts", geography.districts());
		model.addAttribute("neighbourhoods", neighbourhoods(form.getDistrictId()));
		model.addAttribute("nearby", nearby(form));
		model.addAttribute("channel", intake.channel(form, account));
		model.addAttribute("forCaller", intake.servesAUnit(account));
		model.addAttribute("staffChannels", List.of(Channel.CALL_CENTRE, Channel.FIELD));
		model.addAttribute("photoLimit", Photos.MAX_BYTES / (1024 * 1024));
		model.addAttribute("radius", Intake.NEARBY_METRES);
		return "requests/intake";
	}

	private List<Neighbourhood> neighbourhoods(Integer districtId) {
		return districtId == null ? List.of()
				: geography.district(districtId).map(d -> geography.neighbourhoods(d.slug())).orElse(List.of());
	}

	private List<NearbyRequest> nearby(IntakeForm form) {
		try {
			return form.hasPoint() && !form.getServiceCode().isEmpty() ? intake.nearby(form.getServiceCode(),
					Double.parseDouble(form.getLat()), Double.parseDouble(form.getLon())) : List.of();
		}
		catch (NumberFormatException notAPoint) {
			return List.of();
		}
	}

	private static byte[] bytes(MultipartFile photo) {
		if (photo.getSize() > Photos.MAX_BYTES) {
			throw DomainException.invalid("photos.too-large", Photos.MAX_BYTES / (1024 * 1024));
		}
		try {
			return photo.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
