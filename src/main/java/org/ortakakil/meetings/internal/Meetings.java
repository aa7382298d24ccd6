package org.ortakakil.meetings.internal;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.ortakakil.geography.GeoPoint;
import org.ortakakil.geography.Geography;
import org.ortakakil.geography.Neighbourhood;
import org.ortakakil.meetings.MeetingChanged;
import org.ortakakil.meetings.MeetingView;
import org.ortakakil.places.PlaceView;
import org.ortakakil.places.Places;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.spaces.SpaceKind;
import org.ortakakil.spaces.Spaces;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes meetings after checking them: a space that exists, an end after the start, a
 * start not in the past, a place for a meeting in person (an address, a point in İstanbul or a place
 * from the places module) and an https link for one online, a neighbourhood inside the district,
 * sensible capacity and reserved places. Who may do so is the caller's question ({@link MeetingAccess}).
 */
@Service
@Transactional
public class Meetings {

	public static final int TEXT_MAX = 4000;

	private final JdbcClient jdbc;
	private final MeetingStore store;
	private final Spaces spaces;
	private final Places places;
	private final Geography geography;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Meetings(JdbcClient jdbc, MeetingStore store, Spaces spaces, Places places, Geography geography,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.spaces = spaces;
		this.places = places;
		this.geography = geography;
		this.events = events;
		this.clock = clock;
	}

	/** Checks and stores a new meeting; its id. {@code cycleId} is null outside a planned cycle. */
	public long create(MeetingDraft draft, Long cycleId, Actor actor) {
		Checked meeting = check(draft, true);
		OffsetDateTime now = now();
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO meeting (space_kind, space_id, title, description, meeting_type, address, lat, lon, place_id,
				district_id, neighbourhood_id, online_url, starts_at, ends_at, organiser_kind, co_host_neighbourhood,
				step_free, sign_language, childcare, languages, registration_open, capacity, reserved_places, cycle_id,
				created_by, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(draft.spaceKind().name(), draft.spaceId(), draft.title().toJson(),
					draft.description() == null ? null : draft.description().toJson(), draft.type().name(),
					meeting.address, meeting.lat, meeting.lon, draft.placeId(), meeting.districtId,
					draft.neighbourhoodId(), meeting.onlineUrl, draft.startsAt(), draft.endsAt(),
					draft.organiserKind().name(), draft.coHostNeighbourhood(), draft.stepFree(), draft.signLanguage(),
					draft.childcare(), String.join(",", draft.languages()), draft.registrationOpen(), draft.capacity(),
					draft.reservedPlaces(), cycleId, actor.name(), now, now)
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		int position = 0;
		for (MeetingDraft.Question question : draft.questions()) {
			String text = question.text() == null ? "" : question.text().strip();
			if (text.isEmpty()) {
				continue;
			}
			if (text.length() > 1000) {
				throw DomainException.invalid("meetings.question-too-long");
			}
			jdbc.sql("INSERT INTO meeting_question (meeting_id, position, question, required) VALUES (?, ?, ?, ?)")
				.params(id, ++position, text, question.required()).update();
		}
		events.publishEvent(new MeetingChanged(id, "created", actor, now.toInstant()));
		return id;
	}

	/**
	 * Changes a meeting that has not ended. Its capacity may not drop below those already registered, and
	 * a meeting already under way keeps its start.
	 */
	public void change(long id, MeetingDraft draft, Actor actor) {
		MeetingView before = store.lock(id);
		OffsetDateTime now = now();
		if (before.past(now)) {
			throw DomainException.conflict("meetings.already-held");
		}
		boolean startMoved = !draft.startsAt().isEqual(before.startsAt());
		Checked meeting = check(draft, startMoved);
		if (draft.capacity() != null && draft.capacity() - draft.reservedPlaces() < before.registeredCount()) {
			throw DomainException.invalid("meetings.capacity-below-registered", before.registeredCount());
		}
		jdbc.sql("""
				UPDATE meeting SET title = ?, description = ?, meeting_type = ?, address = ?, lat = ?, lon = ?,
				place_id = ?, district_id = ?, neighbourhood_id = ?, online_url = ?, starts_at = ?, ends_at = ?,
				organiser_kind = ?, co_host_neighbourhood = ?, step_free = ?, sign_language = ?, childcare = ?,
				languages = ?, registration_open = ?, capacity = ?, reserved_places = ?, updated_at = ? WHERE id = ?""")
			.params(draft.title().toJson(), draft.description() == null ? null : draft.description().toJson(),
					draft.type().name(), meeting.address, meeting.lat, meeting.lon, draft.placeId(), meeting.districtId,
					draft.neighbourhoodId(), meeting.onlineUrl, draft.startsAt(), draft.endsAt(),
					draft.organiserKind().name(), draft.coHostNeighbourhood(), draft.stepFree(), draft.signLanguage(),
					draft.childcare(), String.join(",", draft.languages()), draft.registrationOpen(), draft.capacity(),
					draft.reservedPlaces(), now, id)
			.update();
		events.publishEvent(new MeetingChanged(id, "changed", actor, now.toInstant()));
	}

	private record Checked(String address, Double lat, Double lon, Integer districtId, String onlineUrl) {
	}

	private Checked check(MeetingDraft draft, boolean startMatters) {
		boolean spaceExists = draft.spaceKind() == SpaceKind.PROCESS ? spaces.process(draft.spaceId()).isPresent()
				: spaces.assembly(draft.spaceId()).isPresent();
		if (!spaceExists) {
			throw DomainException.invalid("meetings.space-not-found");
		}
		if (draft.title().values().values().stream().anyMatch(t -> t.length() > 300)) {
			throw DomainException.invalid("meetings.title-too-long", 300);
		}
		if (draft.startsAt() == null || draft.endsAt() == null) {
			throw DomainException.invalid("meetings.time-missing");
		}
		if (!draft.endsAt().isAfter(draft.startsAt())) {
			throw DomainException.invalid("meetings.end-before-start");
		}
		if (startMatters && draft.startsAt().isBefore(now())) {
			throw DomainException.invalid("meetings.in-the-past");
		}
		if (draft.capacity() != null && draft.capacity() < 1) {
			throw DomainException.invalid("meetings.capacity-invalid");
		}
		if (draft.reservedPlaces() < 0 || draft.capacity() != null && draft.reservedPlaces() > draft.capacity()
				|| draft.capacity() == null && draft.reservedPlaces() > 0) {
			throw DomainException.invalid("meetings.reserved-invalid");
		}
		String address = blankToNull(draft.address());
		Double lat = draft.lat();
		Double lon = draft.lon();
		Integer districtId = draft.districtId();
		if (draft.placeId() != null) {
			PlaceView place = places.place(draft.placeId())
				.orElseThrow(() -> DomainException.invalid("meetings.place-not-found"));
			address = address == null ? place.address() : address;
			if (lat == null || lon == null) {
				lat = place.position().lat();
				lon = place.position().lon();
			}
			districtId = districtId == null ? place.districtId() : districtId;
		}
		if ((lat == null) != (lon == null)) {
			throw DomainException.invalid("meetings.point-incomplete");
		}
		if (lat != null) {
			Integer located = geography.locate(new GeoPoint(lat, lon)).map(d -> d.id())
				.orElseThrow(() -> DomainException.invalid("meetings.outside-istanbul"));
			districtId = districtId == null ? located : districtId;
		}
		if (draft.type().hasPlace() && address == null && lat == null) {
			throw DomainException.invalid("meetings.place-missing");
		}
		String link = blankToNull(draft.onlineUrl());
		if (draft.type().hasLink()) {
			if (link == null) {
				throw DomainException.invalid("meetings.link-missing");
			}
			if (!isHttps(link)) {
				throw DomainException.invalid("meetings.link-invalid");
			}
		}
		else {
			link = null;
		}
		if (districtId != null && geography.district(districtId).isEmpty()) {
			throw DomainException.invalid("meetings.district-unknown");
		}
		for (Integer neighbourhoodId : new Integer[] { draft.neighbourhoodId(), draft.coHostNeighbourhood() }) {
			if (neighbourhoodId == null) {
				continue;
			}
			Neighbourhood neighbourhood = geography.neighbourhood(neighbourhoodId)
				.orElseThrow(() -> DomainException.invalid("meetings.neighbourhood-unknown"));
			if (districtId == null) {
				districtId = neighbourhood.districtId();
			}
			else if (neighbourhood.districtId() != districtId) {
				throw DomainException.invalid("meetings.neighbourhood-outside-district");
			}
		}
		return new Checked(address, lat, lon, districtId, link);
	}

	private static boolean isHttps(String link) {
		try {
			URI uri = URI.create(link);
			return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && link.length() <= 1000;
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
