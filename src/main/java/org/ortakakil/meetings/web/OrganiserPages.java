package org.ortakakil.meetings.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.ortakakil.geography.Geography;
import org.ortakakil.identity.Accounts;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.meetings.MeetingType;
import org.ortakakil.meetings.MeetingView;
import org.ortakakil.meetings.OrganiserKind;
import org.ortakakil.meetings.internal.AgendaItem;
import org.ortakakil.meetings.internal.Agendas;
import org.ortakakil.meetings.internal.MeetingAccess;
import org.ortakakil.meetings.internal.MeetingStore;
import org.ortakakil.meetings.internal.Meetings;
import org.ortakakil.meetings.internal.Minutes;
import org.ortakakil.meetings.internal.RegistrationView;
import org.ortakakil.meetings.internal.Registrations;
import org.ortakakil.places.PlaceView;
import org.ortakakil.places.Places;
import org.ortakakil.platform.ErrorMessages;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.LocalizedText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The organisers' pages of a meeting: creating and changing it, its agenda, the list of attendees, the
 * door (check-in by code, with a live count) and the minutes with attendance and decisions. Who is an
 * organiser is {@link MeetingAccess}'s answer. A refused form comes back as typed with the reason next to
 * the field at fault, in the page's language (422, or 409 for a conflict).
 */
@Controller
class OrganiserPages {

	/** Which field of the meeting form each refusal concerns. */
	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("meetings.end-before-start", "endTime"),
			Map.entry("meetings.page.end-invalid", "endTime"), Map.entry("meetings.in-the-past", "startDate"),
			Map.entry("meetings.time-missing", "startDate"), Map.entry("meetings.page.start-invalid", "startDate"),
			Map.entry("meetings.title-too-long", "title"), Map.entry("localized-text.turkish-required", "title"),
			Map.entry("meetings.capacity-invalid", "capacity"), Map.entry("meetings.page.capacity-invalid", "capacity"),
			Map.entry("meetings.capacity-below-registered", "capacity"),
			Map.entry("meetings.reserved-invalid", "reservedPlaces"),
			Map.entry("meetings.page.reserved-invalid", "reservedPlaces"), Map.entry("meetings.place-not-found", "place"),
			Map.entry("meetings.point-incomplete", "lat"), Map.entry("meetings.outside-istanbul", "lat"),
			Map.entry("meetings.page.point-invalid", "lat"), Map.entry("meetings.place-missing", "address"),
			Map.entry("meetings.link-missing", "onlineUrl"), Map.entry("meetings.link-invalid", "onlineUrl"),
			Map.entry("meetings.district-unknown", "district"),
			Map.entry("meetings.neighbourhood-unknown", "neighbourhood"),
			Map.entry("meetings.neighbourhood-outside-district", "neighbourhood"),
			Map.entry("meetings.page.number-invalid", "district"), Map.entry("meetings.question-too-long", "questions"),
			Map.entry("meetings.item-title-missing", "itemTitle"), Map.entry("meetings.text-too-long", "itemTitle"),
			Map.entry("meetings.duration-invalid", "duration"), Map.entry("meetings.attendance-invalid", "attendance"),
			Map.entry("meetings.decision-missing", "decisions"), Map.entry("meetings.responsible-missing", "decisions"),
			Map.entry("meetings.due-invalid", "decisions"));

	private final MeetingStore store;
	private final Meetings meetings;
	private final MeetingAccess access;
	private final MeetingFinder finder;
	private final Agendas agendas;
	private final Registrations registrations;
	private final Minutes minutes;
	private final Accounts accounts;
	private final Places places;
	private final Geography geography;
	private final ErrorMessages errors;
	private final Clock clock;

	OrganiserPages(MeetingStore store, Meetings meetings, MeetingAccess access, MeetingFinder finder, Agendas agendas,
			Registrations registrations, Minutes minutes, Accounts accounts, Places places, Geography geography,
			ErrorMessages errors, Clock clock) {
		this.store = store;
		this.meetings = meetings;
		this.access = access;
		this.finder = finder;
		this.agendas = agendas;
		this.registrations = registrations;
		this.minutes = minutes;
		this.accounts = accounts;
		this.places = places;
		this.geography = geography;
		this.errors = errors;
		this.clock = clock;
	}

	// --- The meeting itself ---------------------------------------------------------------------------

	@GetMapping("/meetings/new")
	String newMeeting(@RequestParam(required = false) String space, @RequestParam(required = false) Integer district,
			CurrentAccount account, Model model) {
		SpaceRef chosen = creatable(space, district, account);
		MeetingForm form = MeetingForm.blank();
		form.setDistrict(district == null ? "" : String.valueOf(district));
		return form(chosen, null, form, model);
	}

	@PostMapping("/meetings/new")
	String create(@RequestParam(required = false) String space, @ModelAttribute("form") MeetingForm form,
			CurrentAccount account, Actor actor, Model model, Locale locale, HttpServletResponse response) {
		SpaceRef chosen = creatable(space, districtOf(form), account);
		try {
			long id = meetings.create(form.toDraft(chosen.kind(), chosen.id(), placeId(form)), null, actor);
			return "redirect:/meetings/" + id + "?created";
		}
		catch (DomainException e) {
			form.padQuestions();
			return refused(e, locale, model, response, () -> form(chosen, null, form, model));
		}
	}

	@GetMapping("/meetings/{id}/edit")
	String edit(@PathVariable long id, CurrentAccount account, Model model) {
		MeetingView meeting = organised(id, account);
		String placeSlug = meeting.placeId() == null ? null : places.place(meeting.placeId()).map(PlaceView::slug).orElse(null);
		return form(finder.spaceOf(meeting).orElseThrow(), meeting, MeetingForm.of(meeting, placeSlug), model);
	}

	@PostMapping("/meetings/{id}/edit")
	String change(@PathVariable long id, @ModelAttribute("form") MeetingForm form, CurrentAccount account, Actor actor,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		MeetingView meeting = organised(id, account);
		SpaceRef space = finder.spaceOf(meeting).orElseThrow();
		try {
			meetings.change(id, form.toDraft(space.kind(), space.id(), placeId(form)), actor);
			redirect.addFlashAttribute("notice", "notice.saved");
			return "redirect:/meetings/" + id;
		}
		catch (DomainException e) {
			return refused(e, locale, model, response, () -> form(space, meeting, form, model));
		}
	}

	// --- Agenda ---------------------------------------------------------------------------------------

	@GetMapping("/meetings/{id}/agenda")
	String agenda(@PathVariable long id, CurrentAccount account, Model model) {
		return agendaPage(organised(id, account), model);
	}

	@PostMapping("/meetings/{id}/agenda")
	String addItem(@PathVariable long id, @ModelAttribute("item") Agendas.ItemDraft item, CurrentAccount account,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		MeetingView meeting = organised(id, account);
		return agendaChange(() -> agendas.add(id, item), meeting, model, locale, response, redirect);
	}

	@PostMapping("/meetings/{id}/agenda/{item}/move")
	String moveItem(@PathVariable long id, @PathVariable long item, @RequestParam int direction, CurrentAccount account,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		MeetingView meeting = organised(id, account);
		itemOf(meeting, item);
		return agendaChange(() -> agendas.move(item, direction), meeting, model, locale, response, redirect);
	}

	@PostMapping("/meetings/{id}/agenda/{item}/remove")
	String removeItem(@PathVariable long id, @PathVariable long item, CurrentAccount account, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		MeetingView meeting = organised(id, account);
		itemOf(meeting, item);
		return agendaChange(() -> agendas.remove(item), meeting, model, locale, response, redirect);
	}

	@PostMapping("/meetings/{id}/agenda/publish")
	String publishAgenda(@PathVariable long id, CurrentAccount account, Actor actor, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		MeetingView meeting = organised(id, account);
		return agendaChange(() -> agendas.publish(id, actor), meeting, model, locale, response, redirect);
	}

	// --- Attendees and the door -----------------------------------------------------------------------

	/** A registration with the attendee's name. */
	public record Attendee(RegistrationView registration, String name) {
	}

	@GetMapping("/meetings/{id}/attendees")
	String attendees(@PathVariable long id, CurrentAccount account, Model model) {
		MeetingView meeting = organised(id, account);
		model.addAttribute("m", finder.describe(meeting));
		model.addAttribute("attendees", registrations.ofMeeting(id).stream()
			.map(r -> new Attendee(r, accounts.displayName(r.principal()).orElse(r.principal()))).toList());
		model.addAttribute("checkedIn", registrations.checkedIn(id));
		return "meetings/attendees";
	}

	@PostMapping("/meetings/{id}/attendees/{registration}/cancel")
	String cancelAttendee(@PathVariable long id, @PathVariable long registration, CurrentAccount account,
			RedirectAttributes redirect) {
		organised(id, account);
		if (registrations.get(registration).meetingId() != id) {
			throw DomainException.notFound("meetings.page.not-registered");
		}
		registrations.cancel(registration, account.principal(), true);
		redirect.addFlashAttribute("notice", "meetings.status.notice.CANCELLED");
		return "redirect:/meetings/" + id + "/attendees";
	}

	@GetMapping("/meetings/{id}/checkin")
	String door(@PathVariable long id, CurrentAccount account, Model model) {
		return doorPage(organised(id, account), model);
	}

	/** Checks a code in; with htmx only the result and the count are sent back. */
	@PostMapping("/meetings/{id}/checkin")
	String checkIn(@PathVariable long id, @RequestParam(defaultValue = "") String code, CurrentAccount account,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale,
			HttpServletResponse response) {
		MeetingView meeting = organised(id, account);
		try {
			RegistrationView checked = registrations.checkIn(id, code);
			model.addAttribute("checkedName", accounts.displayName(checked.principal()).orElse(checked.principal()));
			response.setHeader("HX-Trigger", "checked-in");
		}
		catch (DomainException e) {
			if (e.kind() == DomainException.Kind.FORBIDDEN) {
				throw e;
			}
			response.setStatus(htmx == null ? 422 : 200);
			model.addAttribute("error", errors.of(e, locale));
			model.addAttribute("typed", code);
		}
		if (htmx != null) {
			model.addAttribute("m", finder.describe(meeting));
			model.addAttribute("checkedIn", registrations.checkedIn(id));
			return "meetings/checkin :: result";
		}
		return doorPage(meeting, model);
	}

	@GetMapping("/meetings/{id}/checkin/count")
	String count(@PathVariable long id, CurrentAccount account, Model model) {
		MeetingView meeting = organised(id, account);
		model.addAttribute("m", finder.describe(meeting));
		model.addAttribute("checkedIn", registrations.checkedIn(id));
		return "meetings/checkin :: count";
	}

	// --- Minutes --------------------------------------------------------------------------------------

	@GetMapping("/meetings/{id}/minutes")
	String minutesPage(@PathVariable long id, CurrentAccount account, Model model) {
		MeetingView meeting = organised(id, account);
		return minutesForm(meeting, MinutesForm.of(meeting, minutes.attendance(id), minutes.decisions(id)), model);
	}

	@PostMapping("/meetings/{id}/minutes")
	String saveMinutes(@PathVariable long id, @ModelAttribute("form") MinutesForm form,
			@RequestParam(defaultValue = "save") String then, CurrentAccount account, Actor actor, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		MeetingView meeting = organised(id, account);
		try {
			minutes.record(id, new LocalizedText(form.getMinutes()), form.getAttendance(), form.byOrganisation(),
					form.decisionDrafts());
			if ("publish".equals(then)) {
				minutes.publish(id, actor);
				redirect.addFlashAttribute("notice", "meetings.page.minutes.published");
				return "redirect:/meetings/" + id + "#minutes";
			}
			redirect.addFlashAttribute("notice", "notice.saved");
			return "redirect:/meetings/" + id + "/minutes";
		}
		catch (DomainException e) {
			form.pad();
			return refused(e, locale, model, response, () -> minutesForm(meeting, form, model));
		}
	}

	@PostMapping("/meetings/{id}/decisions/{decision}/done")
	String decisionDone(@PathVariable long id, @PathVariable long decision,
			@RequestParam(defaultValue = "true") boolean done, CurrentAccount account, RedirectAttributes redirect) {
		organised(id, account);
		if (minutes.decisions(id).stream().noneMatch(d -> d.id() == decision)) {
			throw DomainException.notFound("meetings.decision-not-found");
		}
		minutes.setDone(decision, done);
		redirect.addFlashAttribute("notice", "notice.saved");
		return "redirect:/meetings/" + id + "/minutes";
	}

	// --- Shared ---------------------------------------------------------------------------------------

	private String form(SpaceRef space, MeetingView meeting, MeetingForm form, Model model) {
		model.addAttribute("space", space);
		model.addAttribute("meeting", meeting);
		model.addAttribute("form", form);
		model.addAttribute("types", MeetingType.values());
		model.addAttribute("organiserKinds", OrganiserKind.values());
		model.addAttribute("districts", geography.districts());
		Integer district = districtOf(form);
		model.addAttribute("neighbourhoods", district == null ? List.of()
				: geography.district(district).map(d -> geography.neighbourhoods(d.slug())).orElse(List.of()));
		model.addAttribute("places", places.find(null, district));
		model.addAttribute("action", meeting == null ? "/meetings/new?space=" + space.slug()
				: "/meetings/" + meeting.id() + "/edit");
		return "meetings/form";
	}

	private String agendaChange(Runnable change, MeetingView meeting, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			change.run();
			redirect.addFlashAttribute("notice", "notice.saved");
			return "redirect:/meetings/" + meeting.id() + "/agenda";
		}
		catch (DomainException e) {
			return refused(e, locale, model, response, () -> agendaPage(store.get(meeting.id()), model));
		}
	}

	private String agendaPage(MeetingView meeting, Model model) {
		model.addAttribute("m", finder.describe(meeting));
		model.addAttribute("items", agendas.items(meeting.id(), false));
		if (!model.containsAttribute("item")) {
			model.addAttribute("item", new Agendas.ItemDraft("", "", "", "", ""));
		}
		model.addAttribute("closed", meeting.agendaPublished() && meeting.started(OffsetDateTime.now(clock)));
		return "meetings/agenda";
	}

	private String doorPage(MeetingView meeting, Model model) {
		model.addAttribute("m", finder.describe(meeting));
		model.addAttribute("checkedIn", registrations.checkedIn(meeting.id()));
		return "meetings/checkin";
	}

	private String minutesForm(MeetingView meeting, MinutesForm form, Model model) {
		model.addAttribute("m", finder.describe(meeting));
		model.addAttribute("form", form);
		model.addAttribute("started", meeting.started(OffsetDateTime.now(clock)));
		model.addAttribute("decisions", minutes.decisions(meeting.id()));
		return "meetings/minutes";
	}

	/** The page again with the reason beside its field: 409 for a conflict, else 422. */
	private String refused(DomainException e, Locale locale, Model model, HttpServletResponse response,
			Supplier<String> view) {
		if (e.kind() == DomainException.Kind.NOT_FOUND || e.kind() == DomainException.Kind.FORBIDDEN) {
			throw e;
		}
		response.setStatus(e.kind() == DomainException.Kind.CONFLICT ? 409 : 422);
		model.addAttribute("error", errors.of(e, locale));
		model.addAttribute("errorField", FIELDS.getOrDefault(e.code(), "none"));
		return view.get();
	}

	private MeetingView organised(long id, CurrentAccount account) {
		MeetingView meeting = store.get(id);
		access.requireOrganiser(account, meeting);
		return meeting;
	}

	private AgendaItem itemOf(MeetingView meeting, long itemId) {
		AgendaItem item = agendas.get(itemId);
		if (item.meetingId() != meeting.id()) {
			throw DomainException.notFound("meetings.item-not-found");
		}
		return item;
	}

	private SpaceRef creatable(String space, Integer district, CurrentAccount account) {
		SpaceRef chosen = finder.space(space).orElseThrow(() -> DomainException.notFound("meetings.space-not-found"));
		if (!access.mayCreate(account, chosen.kind(), chosen.id(), district)) {
			throw DomainException.forbidden("meetings.not-organiser");
		}
		return chosen;
	}

	private static Integer districtOf(MeetingForm form) {
		String district = form.getDistrict();
		return district != null && district.matches("\\d{1,9}") ? Integer.valueOf(district) : null;
	}

	private Long placeId(MeetingForm form) {
		if (form.getPlace() == null || form.getPlace().isBlank()) {
			return null;
		}
		return places.place(form.getPlace().strip()).map(PlaceView::id)
			.orElseThrow(() -> DomainException.invalid("meetings.place-not-found"));
	}
}
