package org.ortakakil.meetings.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.ortakakil.geography.Geography;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.meetings.MeetingType;
import org.ortakakil.meetings.MeetingView;
import org.ortakakil.meetings.RegistrationStatus;
import org.ortakakil.meetings.internal.Agendas;
import org.ortakakil.meetings.internal.MeetingAccess;
import org.ortakakil.meetings.internal.MeetingStore;
import org.ortakakil.meetings.internal.Minutes;
import org.ortakakil.meetings.internal.RegistrationView;
import org.ortakakil.meetings.internal.Registrations;
import org.ortakakil.platform.ErrorMessages;
import org.ortakakil.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public meeting pages — upcoming and past meetings with filters, their map (points from
 * {@code /meetings/map.json}, drawn by app.js; the list works without it), a month calendar, and the
 * meeting's own page with its agenda, then minutes and decisions once published — and the attendee's
 * side of registration: registering with answers to the meeting's questions, the registration with its
 * check-in code and QR code, cancelling, and the list of one's registrations.
 */
@Controller
class MeetingPages {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MeetingFinder finder;
	private final MeetingStore store;
	private final Registrations registrations;
	private final Agendas agendas;
	private final Minutes minutes;
	private final MeetingAccess access;
	private final Geography geography;
	private final ErrorMessages errors;
	private final Clock clock;

	MeetingPages(MeetingFinder finder, MeetingStore store, Registrations registrations, Agendas agendas,
			Minutes minutes, MeetingAccess access, Geography geography, ErrorMessages errors, Clock clock) {
		this.finder = finder;
		this.store = store;
		this.registrations = registrations;
		this.agendas = agendas;
		this.minutes = minutes;
		this.access = access;
		this.geography = geography;
		this.errors = errors;
		this.clock = clock;
	}

	@GetMapping("/meetings")
	String list(@RequestParam(required = false) String district, @RequestParam(required = false) String neighbourhood,
			@RequestParam(required = false) String space, @RequestParam(required = false) String type,
			@RequestParam(defaultValue = "false") boolean stepFree, @RequestParam(defaultValue = "false") boolean signLanguage,
			@RequestParam(defaultValue = "false") boolean childcare, @RequestParam(required = false) String when,
			Model model, Locale locale) {
		MeetingFilter filter = finder.filter(district, neighbourhood, space, type, stepFree, signLanguage, childcare, when);
		List<Described> meetings = finder.describe(finder.list(filter));
		filters(filter, model);
		model.addAttribute("meetings", meetings);
		model.addAttribute("points", JSON.writeValueAsString(
				meetings.stream().map(m -> m.point(locale.getLanguage())).filter(Objects::nonNull).toList()));
		model.addAttribute("mapUrl", url("/meetings/map.json", filter.parameters()));
		model.addAttribute("calendarUrl", url("/meetings/calendar", filter.parameters()));
		return "meetings/list";
	}

	/** The filtered meetings' points, for whoever draws a map of them. */
	@GetMapping(path = "/meetings/map.json", produces = "application/json")
	@ResponseBody
	List<Described.MapPoint> map(@RequestParam(required = false) String district,
			@RequestParam(required = false) String neighbourhood, @RequestParam(required = false) String space,
			@RequestParam(required = false) String type, @RequestParam(defaultValue = "false") boolean stepFree,
			@RequestParam(defaultValue = "false") boolean signLanguage,
			@RequestParam(defaultValue = "false") boolean childcare, @RequestParam(required = false) String when,
			Locale locale) {
		MeetingFilter filter = finder.filter(district, neighbourhood, space, type, stepFree, signLanguage, childcare, when);
		return finder.describe(finder.list(filter)).stream().map(m -> m.point(locale.getLanguage()))
			.filter(Objects::nonNull).toList();
	}

	/** A day of the month calendar; {@code inMonth} is false for the days that fill its first and last week. */
	public record Day(LocalDate date, boolean inMonth, List<Described> meetings) {
	}

	@GetMapping("/meetings/calendar")
	String calendar(@RequestParam(required = false) String month, @RequestParam(required = false) String district,
			@RequestParam(required = false) String neighbourhood, @RequestParam(required = false) String space,
			@RequestParam(required = false) String type, @RequestParam(defaultValue = "false") boolean stepFree,
			@RequestParam(defaultValue = "false") boolean signLanguage,
			@RequestParam(defaultValue = "false") boolean childcare, Model model) {
		YearMonth shown = month(month);
		MeetingFilter filter = finder.filter(district, neighbourhood, space, type, stepFree, signLanguage, childcare, null);
		OffsetDateTime from = shown.atDay(1).atStartOfDay(MeetingFinder.ISTANBUL).toOffsetDateTime();
		OffsetDateTime to = shown.plusMonths(1).atDay(1).atStartOfDay(MeetingFinder.ISTANBUL).toOffsetDateTime();
		List<Described> meetings = finder.describe(finder.between(filter, from, to));
		Map<LocalDate, List<Described>> byDay = new LinkedHashMap<>();
		meetings.forEach(m -> byDay.computeIfAbsent(m.startsAt().toLocalDate(), d -> new ArrayList<>()).add(m));
		List<List<Day>> weeks = new ArrayList<>();
		LocalDate day = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate end = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		while (!day.isAfter(end)) {
			List<Day> week = new ArrayList<>();
			for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
				week.add(new Day(day, YearMonth.from(day).equals(shown), byDay.getOrDefault(day, List.of())));
			}
			weeks.add(week);
		}
		filters(filter, model);
		model.addAttribute("month", shown);
		model.addAttribute("weeks", weeks);
		model.addAttribute("meetings", meetings);
		model.addAttribute("weekdays", List.of(DayOfWeek.values()));
		Map<String, String> parameters = filter.parameters();
		parameters.put("month", shown.minusMonths(1).toString());
		model.addAttribute("previousUrl", url("/meetings/calendar", parameters));
		parameters.put("month", shown.plusMonths(1).toString());
		model.addAttribute("nextUrl", url("/meetings/calendar", parameters));
		parameters.remove("month");
		model.addAttribute("listUrl", url("/meetings", parameters));
		return "meetings/calendar";
	}

	/** The neighbourhoods of a district, for the filter (swapped in by htmx when the district changes). */
	@GetMapping("/meetings/neighbourhoods")
	String neighbourhoods(@RequestParam(required = false) String district, Model model) {
		model.addAttribute("neighbourhoods", district == null || district.isBlank() ? List.of()
				: geography.district(district).map(d -> geography.neighbourhoods(d.slug())).orElse(List.of()));
		model.addAttribute("selected", null);
		return "meetings/parts :: neighbourhood-filter";
	}

	@GetMapping("/meetings/{id}")
	String show(@PathVariable long id, CurrentAccount account, Model model) {
		return page(store.get(id), account, model);
	}

	@PostMapping("/meetings/{id}/register")
	String register(@PathVariable long id, @RequestParam Map<String, String> form, CurrentAccount account,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		MeetingView meeting = store.get(id);
		Map<Long, String> answers = new LinkedHashMap<>();
		form.forEach((name, value) -> {
			if (name.matches("answer-\\d{1,18}")) {
				answers.put(Long.parseLong(name.substring(7)), value);
			}
		});
		try {
			RegistrationView registration = registrations.register(id, account.principal(), locale.getLanguage(),
					answers, account.assistedBy());
			redirect.addFlashAttribute("notice", "meetings.status.notice." + registration.status().name());
			return "redirect:/meetings/" + id + "/registration";
		}
		catch (DomainException e) {
			if (e.kind() == DomainException.Kind.NOT_FOUND || e.kind() == DomainException.Kind.FORBIDDEN) {
				throw e;
			}
			response.setStatus(e.kind() == DomainException.Kind.CONFLICT ? 409 : 422);
			model.addAttribute("error", errors.of(e, locale));
			model.addAttribute("answers", form);
			return page(meeting, account, model);
		}
	}

	@GetMapping("/meetings/{id}/registration")
	String registration(@PathVariable long id, CurrentAccount account, Model model) {
		MeetingView meeting = store.get(id);
		RegistrationView registration = registrations.find(id, account.principal())
			.orElseThrow(() -> DomainException.notFound("meetings.page.not-registered"));
		model.addAttribute("m", finder.describe(meeting));
		model.addAttribute("registration", registration);
		model.addAttribute("qr", QrCodes.svg(registration.code()));
		model.addAttribute("spokenCode", String.join(" ", registration.code().split("")));
		model.addAttribute("linkVisible", meeting.linkVisibleAt(now()));
		return "meetings/registration";
	}

	/** Cancels the person's own registration (or, given its id, one they name: refused unless theirs). */
	@PostMapping("/meetings/{id}/registration/cancel")
	String cancel(@PathVariable long id, @RequestParam(required = false) Long registration, CurrentAccount account,
			RedirectAttributes redirect) {
		long cancelled = registration != null ? registration : registrations.find(id, account.principal())
			.orElseThrow(() -> DomainException.notFound("meetings.page.not-registered")).id();
		if (registrations.get(cancelled).meetingId() != id) {
			throw DomainException.notFound("meetings.page.not-registered");
		}
		registrations.cancel(cancelled, account.principal(), false);
		redirect.addFlashAttribute("notice", "meetings.status.notice.CANCELLED");
		return "redirect:/meetings/" + id + "/registration";
	}

	/** A registration with its meeting, for the list of one's registrations. */
	public record Mine(RegistrationView registration, Described meeting) {
	}

	@GetMapping("/account/meetings")
	String mine(CurrentAccount account, Model model) {
		model.addAttribute("registrations", registrations.ofPerson(account.principal()).stream()
			.map(r -> new Mine(r, finder.describe(store.get(r.meetingId())))).toList());
		return "meetings/mine";
	}

	private String page(MeetingView meeting, CurrentAccount account, Model model) {
		OffsetDateTime now = now();
		boolean organiser = access.mayOrganise(account, meeting);
		model.addAttribute("m", finder.describe(meeting));
		model.addAttribute("organiser", organiser);
		model.addAttribute("now", now);
		model.addAttribute("started", meeting.started(now));
		model.addAttribute("agenda", meeting.agendaPublished() || organiser ? agendas.items(meeting.id(), false) : List.of());
		if (meeting.minutesPublished()) {
			model.addAttribute("attendance", minutes.attendance(meeting.id()));
			model.addAttribute("decisions", minutes.decisions(meeting.id()));
		}
		RegistrationView mine = account == null ? null : registrations.find(meeting.id(), account.principal())
			.filter(r -> r.status() != RegistrationStatus.CANCELLED).orElse(null);
		model.addAttribute("registration", mine);
		model.addAttribute("linkVisible", mine != null && mine.status() == RegistrationStatus.REGISTERED
				&& meeting.linkVisibleAt(now));
		model.addAttribute("linkShownFrom", meeting.startsAt().minus(MeetingView.LINK_SHOWN_BEFORE)
			.atZoneSameInstant(MeetingFinder.ISTANBUL));
		model.addAttribute("questions", finder.questions(meeting.id()));
		if (!model.containsAttribute("answers")) {
			model.addAttribute("answers", Map.of());
		}
		return "meetings/meeting";
	}

	private void filters(MeetingFilter filter, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("districts", geography.districts());
		model.addAttribute("neighbourhoods",
				filter.district() == null ? List.of() : geography.neighbourhoods(filter.district().slug()));
		model.addAttribute("spaces", finder.allSpaces().values());
		model.addAttribute("types", MeetingType.values());
		model.addAttribute("zone", MeetingFinder.ISTANBUL);
	}

	/** The month asked for (this month in İstanbul when none), or INVALID {@code meetings.page.month-invalid}. */
	private YearMonth month(String month) {
		if (month == null || month.isBlank()) {
			return YearMonth.now(clock.withZone(MeetingFinder.ISTANBUL));
		}
		try {
			YearMonth parsed = YearMonth.parse(month.strip());
			if (parsed.getYear() < 2000 || parsed.getYear() > 2100) {
				throw DomainException.invalid("meetings.page.month-invalid", month);
			}
			return parsed;
		}
		catch (DateTimeParseException e) {
			throw DomainException.invalid("meetings.page.month-invalid", month);
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	static String url(String path, Map<String, String> parameters) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		parameters.forEach(builder::queryParam);
		return builder.encode().build().toUriString();
	}
}
