package org.ortakakil.meetings.api;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ortakakil.geography.District;
import org.ortakakil.geography.Geography;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.meetings.MeetingView;
import org.ortakakil.meetings.calendar.ICalendarWriter;
import org.ortakakil.meetings.internal.AgendaItem;
import org.ortakakil.meetings.internal.Agendas;
import org.ortakakil.meetings.internal.MeetingStore;
import org.ortakakil.meetings.internal.Minutes;
import org.ortakakil.meetings.internal.RegistrationView;
import org.ortakakil.meetings.internal.Registrations;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.spaces.SpaceKind;
import org.ortakakil.spaces.Spaces;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Meetings as JSON for apps and other sites: the list (filtered, one page at a time), one meeting with
 * its published agenda and, once published, minutes and decisions, and registration for the logged-in
 * person. Public fields only: the online link is never here (registered attendees see it on the meeting
 * page). Texts are in the request's language ({@code ?lang=} or Accept-Language), else Turkish.
 */
@RestController
@RequestMapping(path = "/api/v1/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Meetings", description = "Public meetings of spaces and neighbourhoods, and registration")
class MeetingsApi {

	/**
	 * A meeting's public fields. {@code language} is the language {@code title} and {@code description}
	 * are in; {@code capacity} and {@code freePlaces} are null for no limit; times carry İstanbul's offset.
	 */
	record Item(long id, String title, String description, String language, String type, String space,
			String address, Double lat, Double lon, String district, Integer neighbourhoodId, OffsetDateTime startsAt,
			OffsetDateTime endsAt, boolean stepFree, boolean signLanguage, boolean childcare, List<String> languages,
			Integer capacity, Integer freePlaces, boolean registrationOpen, boolean agendaPublished,
			boolean minutesPublished, String url, String calendar) {
	}

	/** A page and the cursor of the next one (null on the last page). */
	record Listing(List<Item> meetings, String next) {
	}

	/** An item of the published agenda. */
	record AgendaEntry(int position, String title, String description, Integer durationMinutes, String presenter,
			String proposal) {
	}

	/** A decision of the published minutes; {@code status} OPEN or DONE. */
	record DecisionEntry(int position, String decision, String responsible, LocalDate dueOn, String proposal,
			String status) {
	}

	/** The published minutes: the text in the request's language, attendance counted and by organisation. */
	record MinutesEntry(String text, Integer attendance, Map<String, Integer> byOrganisation,
			List<DecisionEntry> decisions) {
	}

	/** One meeting: its fields, title and description in every language it has, agenda and minutes. */
	record Detail(Item meeting, Map<String, String> titles, Map<String, String> descriptions,
			List<AgendaEntry> agenda, MinutesEntry minutes) {
	}

	/** Optional body of a registration: answers to the meeting's questions by question id. */
	record RegistrationRequest(Map<String, String> answers) {
	}

	/** The registration made: REGISTERED or WAITING, and the code to show at the door. */
	record RegistrationAnswer(long meetingId, String status, String code) {
	}

	private final MeetingListing listing;
	private final MeetingStore meetings;
	private final Agendas agendas;
	private final Minutes minutes;
	private final Registrations registrations;
	private final Geography geography;
	private final Spaces spaces;
	private final Clock clock;

	MeetingsApi(MeetingListing listing, MeetingStore meetings, Agendas agendas, Minutes minutes,
			Registrations registrations, Geography geography, Spaces spaces, Clock clock) {
		this.listing = listing;
		this.meetings = meetings;
		this.agendas = agendas;
		this.minutes = minutes;
		this.registrations = registrations;
		this.geography = geography;
		this.spaces = spaces;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Meetings, soonest first, from today on unless a range is given; public fields only")
	Listing list(@Parameter(description = "district slug, e.g. kadikoy") @RequestParam(required = false) String district,
			@Parameter(description = "slug of a process or an assembly") @RequestParam(required = false) String space,
			@Parameter(description = "first day, yyyy-MM-dd in İstanbul; default today") @RequestParam(required = false) String from,
			@Parameter(description = "last day, yyyy-MM-dd in İstanbul, inclusive") @RequestParam(required = false) String to,
			@Parameter(description = "the next cursor of the previous page") @RequestParam(required = false) String cursor,
			@Parameter(description = "1 to 200, default 50") @RequestParam(required = false) String limit,
			Locale locale) {
		MeetingListing.Page page = listing.page(new MeetingListing.Query(district, space, from, to, cursor, limit),
				LocalDate.now(clock.withZone(ICalendarWriter.ISTANBUL)));
		Map<String, String> spaceSlugs = new HashMap<>();
		return new Listing(page.meetings().stream().map(m -> item(m, locale, spaceSlugs)).toList(), page.next());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One meeting with its published agenda and, once published, its minutes and decisions")
	Detail meeting(@PathVariable long id, Locale locale) {
		MeetingView meeting = meetings.get(id);
		List<AgendaEntry> agenda = !meeting.agendaPublished() ? List.of()
				: agendas.items(id, false).stream().filter(AgendaItem::accepted)
					.map(i -> new AgendaEntry(i.position(), i.title(), i.description(), i.durationMinutes(),
							i.presenter(), i.proposalRef()))
					.toList();
		MinutesEntry record = !meeting.minutesPublished() ? null
				: new MinutesEntry(meeting.minutes() == null ? null : meeting.minutes().in(locale),
						meeting.attendanceCount(), minutes.attendance(id),
						minutes.decisions(id).stream().map(d -> new DecisionEntry(d.position(), d.decision(),
								d.responsible(), d.dueOn(), d.proposalRef(), d.status())).toList());
		return new Detail(item(meeting, locale, new HashMap<>()), values(meeting.title()),
				values(meeting.description()), agenda, record);
	}

	@PostMapping(path = "/{id}/registrations", consumes = { MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE })
	@Operation(summary = "Registers the logged-in person (REGISTERED, or WAITING when full); 409 if already "
			+ "registered. Uses the session and its CSRF token (header X-CSRF-TOKEN).")
	ResponseEntity<RegistrationAnswer> register(@PathVariable long id,
			@RequestBody(required = false) RegistrationRequest body, CurrentAccount me, Locale locale) {
		Map<Long, String> answers = new LinkedHashMap<>();
		if (body != null && body.answers() != null) {
			body.answers().forEach((question, answer) -> answers.put(questionId(question), answer));
		}
		RegistrationView registration = registrations.register(id, me.principal(), language(locale), answers,
				me.assistedBy());
		return ResponseEntity.created(URI.create("/api/v1/meetings/" + id))
			.body(new RegistrationAnswer(id, registration.status().name(), registration.code()));
	}

	private Item item(MeetingView m, Locale locale, Map<String, String> spaceSlugs) {
		String space = spaceSlugs.computeIfAbsent(m.spaceKind() + ":" + m.spaceId(), key -> spaceSlug(m));
		String district = m.districtId() == null ? null
				: geography.district(m.districtId()).map(District::slug).orElse(null);
		return new Item(m.id(), m.title().in(locale), m.description() == null ? null : m.description().in(locale),
				m.title().languageOf(locale), m.type().name(), space, m.address(), m.lat(), m.lon(), district,
				m.neighbourhoodId(), istanbul(m.startsAt()), istanbul(m.endsAt()), m.stepFree(), m.signLanguage(),
				m.childcare(), m.languages(), m.capacity(), m.freePlaces(), m.registrationOpen(), m.agendaPublished(),
				m.minutesPublished(), "/meetings/" + m.id(),
				space == null ? null : "/calendar/spaces/" + space + ".ics");
	}

	private String spaceSlug(MeetingView m) {
		return m.spaceKind() == SpaceKind.PROCESS ? spaces.process(m.spaceId()).map(p -> p.slug()).orElse(null)
				: spaces.assembly(m.spaceId()).map(a -> a.slug()).orElse(null);
	}

	private static OffsetDateTime istanbul(OffsetDateTime time) {
		return time.atZoneSameInstant(ICalendarWriter.ISTANBUL).toOffsetDateTime();
	}

	private static Map<String, String> values(LocalizedText text) {
		return text == null ? Map.of() : text.values();
	}

	private static long questionId(String key) {
		try {
			return Long.parseLong(key.strip());
		}
		catch (NumberFormatException e) {
			throw DomainException.invalid("meetings.api.question-invalid", key);
		}
	}

	private static String language(Locale locale) {
		return locale == null ? LocalizedText.DEFAULT_LANGUAGE : locale.getLanguage();
	}
}
