package org.ortakakil.meetings.governance;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ortakakil.geography.District;
import org.ortakakil.geography.Geography;
import org.ortakakil.geography.Neighbourhood;
import org.ortakakil.meetings.MeetingChanged;
import org.ortakakil.meetings.MeetingType;
import org.ortakakil.meetings.OrganiserKind;
import org.ortakakil.meetings.internal.MeetingDraft;
import org.ortakakil.meetings.internal.Meetings;
import org.ortakakil.places.PlaceType;
import org.ortakakil.places.PlaceView;
import org.ortakakil.places.Places;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.spaces.SpaceKind;
import org.ortakakil.spaces.Spaces;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A district coordinator's cycle of neighbourhood governance meetings: the form is read and checked,
 * {@link CyclePlanner} spreads the meetings, the preview shows them, and confirming stores the cycle
 * and every meeting in one transaction (one refused meeting stores nothing), with the muhtar of each
 * neighbourhood as co-host, and invites the neighbourhood's verified residents by mail in the same
 * transaction ({@link Invitations}). Who may plan is the caller's question.
 */
@Service
@Transactional
public class Cycles {

	/** The placeholder the title template replaces with the neighbourhood's name. */
	public static final String PLACEHOLDER = "{mahalle}";

	private final Spaces spaces;
	private final Places places;
	private final Geography geography;
	private final Meetings meetings;
	private final Invitations invitations;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Cycles(Spaces spaces, Places places, Geography geography, Meetings meetings, Invitations invitations,
			JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.spaces = spaces;
		this.places = places;
		this.geography = geography;
		this.meetings = meetings;
		this.invitations = invitations;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** The space meetings of a cycle belong to. */
	public record Space(SpaceKind kind, long id, String slug, LocalizedText title) {
	}

	/**
	 * One meeting of a plan; {@code placeId} is null when no muhtar office is known and the
	 * neighbourhood's name stands as the address ({@code fallback}).
	 */
	public record PlannedMeeting(Neighbourhood neighbourhood, LocalizedText title, ZonedDateTime start,
			ZonedDateTime end, Long placeId, String placeName, String address, boolean fallback) {
	}

	/** A checked plan, ready to be shown or stored. */
	public record Plan(District district, Space space, CycleForm form, LocalizedText titleTemplate,
			List<PlannedMeeting> meetings, Integer capacity, int reserved) {

		public boolean anyFallback() {
			return meetings.stream().anyMatch(PlannedMeeting::fallback);
		}
	}

	/** The form as first shown: the district's council, every neighbourhood, weekday evenings for four weeks. */
	@Transactional(readOnly = true)
	public CycleForm blank(District district) {
		LocalDate start = LocalDate.now(clock.withZone(CyclePlanner.ISTANBUL)).plusDays(7);
		return new CycleForm(district.slug() + "-kent-konseyi", PLACEHOLDER + " Mahalle Yönetişim Toplantısı",
				PLACEHOLDER + " Neighbourhood Governance Meeting", "", start.toString(), start.plusDays(27).toString(),
				List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY"), List.of("19:00"), "90", "60", "5", true, false,
				false, geography.neighbourhoods(district.slug()).stream().map(Neighbourhood::id).toList(),
				CycleForm.AT_MUHTAR_OFFICES);
	}

	/** Checks the form and plans the meetings, storing nothing. */
	@Transactional(readOnly = true)
	public Plan preview(District district, CycleForm form) {
		Space space = space(form.space());
		LocalizedText template = template(form);
		Integer capacity = number(form.capacity(), "governance.capacity-invalid", 1, 10_000, null);
		int reserved = number(form.reserved(), "governance.reserved-invalid", 0, 10_000, 0);
		if (capacity == null ? reserved > 0 : reserved > capacity) {
			throw DomainException.invalid("governance.reserved-invalid");
		}
		Map<Integer, Neighbourhood> chosen = neighbourhoods(district, form.neighbourhoods());
		PlaceView common = form.atMuhtarOffices() ? null : commonPlace(district, form.where());
		Map<Integer, PlaceView> offices = form.atMuhtarOffices() ? muhtarOffices(district) : Map.of();
		LocalDate first = date(form.firstDate());
		LocalDate last = date(form.lastDate());
		List<CyclePlanner.Target> targets = chosen.values().stream().map(n -> new CyclePlanner.Target(n.id(),
				placeKey(common != null ? common : offices.get(n.id()), n))).toList();
		List<CyclePlanner.Planned> planned = CyclePlanner.plan(new CyclePlanner.Request(targets, first, last,
				weekdays(form.weekdays()), times(form.times()), duration(form.duration()), clock.instant(),
				first == null || last == null ? List.of() : busy(district, first, last)));
		List<PlannedMeeting> plannedMeetings = planned.stream().map(p -> {
			Neighbourhood neighbourhood = chosen.get(p.target().neighbourhoodId());
			PlaceView place = common != null ? common : offices.get(neighbourhood.id());
			return new PlannedMeeting(neighbourhood, title(template, neighbourhood), p.start(), p.end(),
					place == null ? null : place.id(), place == null ? null : place.name().turkish(),
					place == null ? neighbourhood.name() + ", " + district.name() : place.address(), place == null);
		}).toList();
		return new Plan(district, space, form, template, plannedMeetings, capacity, reserved);
	}

	/** Plans again and stores the cycle and its meetings, and invites the residents; the cycle's id. */
	public long confirm(District district, CycleForm form, Actor actor) {
		Plan plan = preview(district, form);
		Instant now = clock.instant();
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO meeting_cycle (district_id, space_kind, space_id, title, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(district.id(), plan.space().kind().name(), plan.space().id(), plan.titleTemplate().toJson(),
					actor.name(), OffsetDateTime.ofInstant(now, CyclePlanner.ISTANBUL))
			.update(keys, "id");
		long cycleId = keys.getKeyAs(Number.class).longValue();
		LocalizedText description = form.description() == null || form.description().isBlank() ? null
				: LocalizedText.of(form.description().strip());
		for (PlannedMeeting planned : plan.meetings()) {
			MeetingDraft draft = new MeetingDraft(plan.space().kind(), plan.space().id(), planned.title(), description,
					MeetingType.IN_PERSON, planned.address(), null, null, planned.placeId(), district.id(),
					planned.neighbourhood().id(), null, planned.start().toOffsetDateTime(),
					planned.end().toOffsetDateTime(), OrganiserKind.DISTRICT_COORDINATOR, planned.neighbourhood().id(),
					Boolean.TRUE.equals(form.stepFree()), Boolean.TRUE.equals(form.signLanguage()),
					Boolean.TRUE.equals(form.childcare()), List.of("tr"), true, plan.capacity(), plan.reserved(),
					List.of());
			long meetingId = meetings.create(draft, cycleId, actor);
			events.publishEvent(new MeetingChanged(meetingId, "cycle-planned", actor, now));
			invitations.invite(meetingId, planned.neighbourhood().id(), planned.title(), planned.start(),
					planned.placeName() == null ? planned.address() : planned.placeName() + ", " + planned.address());
		}
		return cycleId;
	}

	/** Places a whole cycle may meet at: the district's offices, centres and solution points. */
	@Transactional(readOnly = true)
	public List<PlaceView> placesFor(District district) {
		return places.find(null, district.id()).stream().filter(p -> p.type() == PlaceType.PARTICIPATION_OFFICE
				|| p.type() == PlaceType.CIVIL_SOCIETY_CENTRE || p.type() == PlaceType.SOLUTION_POINT).toList();
	}

	private Space space(String slug) {
		String typed = slug == null ? "" : slug.strip();
		return spaces.assembly(typed).map(a -> new Space(SpaceKind.ASSEMBLY, a.id(), a.slug(), a.title()))
			.or(() -> spaces.process(typed).map(p -> new Space(SpaceKind.PROCESS, p.id(), p.slug(), p.title())))
			.orElseThrow(() -> DomainException.invalid("governance.space-unknown", typed));
	}

	private static LocalizedText template(CycleForm form) {
		String turkish = form.titleTr() == null ? "" : form.titleTr().strip();
		if (turkish.isEmpty()) {
			throw DomainException.invalid("governance.title-missing");
		}
		if (turkish.length() > 250 || form.titleEn() != null && form.titleEn().strip().length() > 250) {
			throw DomainException.invalid("governance.title-too-long", 250);
		}
		String english = form.titleEn() == null ? "" : form.titleEn().strip();
		return english.isEmpty() ? LocalizedText.of(turkish) : LocalizedText.of(turkish, english);
	}

	static LocalizedText title(LocalizedText template, Neighbourhood neighbourhood) {
		Map<String, String> titles = new LinkedHashMap<>();
		template.values().forEach((language, text) -> titles.put(language, text.replace(PLACEHOLDER, neighbourhood.name())));
		return new LocalizedText(titles);
	}

	private Map<Integer, Neighbourhood> neighbourhoods(District district, List<Integer> ids) {
		Map<Integer, Neighbourhood> chosen = new LinkedHashMap<>();
		for (Integer id : ids) {
			Neighbourhood neighbourhood = id == null ? null : geography.neighbourhood(id).orElse(null);
			if (neighbourhood == null || neighbourhood.districtId() != district.id()) {
				throw DomainException.invalid("governance.neighbourhood-outside-district", String.valueOf(id), district.name());
			}
			chosen.put(id, neighbourhood);
		}
		return chosen;
	}

	private PlaceView commonPlace(District district, String where) {
		try {
			return places.place(Long.parseLong(where.strip())).filter(p -> p.districtId() == district.id())
				.orElseThrow(() -> DomainException.invalid("governance.place-unknown"));
		}
		catch (NumberFormatException e) {
			throw DomainException.invalid("governance.place-unknown");
		}
	}

	/** The muhtar office of each neighbourhood that has one known, by neighbourhood. */
	private Map<Integer, PlaceView> muhtarOffices(District district) {
		return places.find(PlaceType.MUHTAR_OFFICE, district.id()).stream().filter(p -> p.neighbourhoodId() != null)
			.collect(Collectors.toMap(PlaceView::neighbourhoodId, Function.identity(), (a, b) -> a));
	}

	private static String placeKey(PlaceView place, Neighbourhood neighbourhood) {
		return place != null ? "place:" + place.id() : "address:" + neighbourhood.id();
	}

	/** The meetings already planned in the district, or at its places, during the cycle's dates. */
	private List<CyclePlanner.Busy> busy(District district, LocalDate first, LocalDate last) {
		OffsetDateTime from = first.atStartOfDay(CyclePlanner.ISTANBUL).toOffsetDateTime();
		OffsetDateTime to = last.plusDays(1).atStartOfDay(CyclePlanner.ISTANBUL).toOffsetDateTime();
		return jdbc.sql("""
				SELECT place_id, co_host_neighbourhood, starts_at, ends_at FROM meeting
				WHERE district_id = ? AND starts_at < ? AND ends_at > ?""")
			.params(district.id(), to, from)
			.query((rs, n) -> {
				long placeId = rs.getLong(1);
				String key = rs.wasNull() ? null : "place:" + placeId;
				return new CyclePlanner.Busy(key, rs.getObject(2, Integer.class),
						rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getObject(4, OffsetDateTime.class).toInstant());
			}).list();
	}

	private static LocalDate date(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException e) {
			throw DomainException.invalid("governance.date-invalid", typed);
		}
	}

	private static Set<DayOfWeek> weekdays(List<String> typed) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (String day : typed) {
			try {
				days.add(DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException e) {
				throw DomainException.invalid("governance.weekday-invalid", day);
			}
		}
		return days;
	}

	private static List<LocalTime> times(List<String> typed) {
		return typed.stream().map(time -> {
			try {
				return LocalTime.parse(time.strip());
			}
			catch (DateTimeParseException e) {
				throw DomainException.invalid("governance.time-invalid", time);
			}
		}).toList();
	}

	private static Duration duration(String typed) {
		return Duration.ofMinutes(number(typed, "governance.duration-invalid", 15, 480, 90));
	}

	private static Integer number(String typed, String code, int min, int max, Integer otherwise) {
		if (typed == null || typed.isBlank()) {
			return otherwise;
		}
		try {
			int value = Integer.parseInt(typed.strip());
			if (value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException e) {
			// refused below
		}
		throw DomainException.invalid(code);
	}
}
