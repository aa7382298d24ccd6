package org.ortakakil.meetings;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.ortakakil.shared.LocalizedText;
import org.ortakakil.spaces.SpaceKind;

/**
 * A meeting as pages, feeds and other modules see it. {@code capacity} is null for no limit;
 * {@code reservedPlaces} of it are kept for registrations made by staff for a resident who is present.
 * {@code onlineUrl} must be shown only to registered attendees, from {@link #LINK_SHOWN_BEFORE} before
 * the start ({@link #linkVisibleAt}). Optional fields may be null.
 */
public record MeetingView(long id, SpaceKind spaceKind, long spaceId, LocalizedText title, LocalizedText description,
		MeetingType type, String address, Double lat, Double lon, Long placeId, Integer districtId,
		Integer neighbourhoodId, String onlineUrl, OffsetDateTime startsAt, OffsetDateTime endsAt,
		OrganiserKind organiserKind, Integer coHostNeighbourhood, boolean stepFree, boolean signLanguage,
		boolean childcare, List<String> languages, boolean registrationOpen, Integer capacity, int reservedPlaces,
		int registeredCount, OffsetDateTime agendaPublishedAt, LocalizedText minutes, Integer attendanceCount,
		OffsetDateTime minutesPublishedAt, Long cycleId) {

	public static final Duration LINK_SHOWN_BEFORE = Duration.ofMinutes(30);

	public MeetingView {
		languages = List.copyOf(languages);
	}

	public boolean started(OffsetDateTime now) {
		return !now.isBefore(startsAt);
	}

	public boolean past(OffsetDateTime now) {
		return now.isAfter(endsAt);
	}

	/** Whether a registered attendee may see the online link at this moment. */
	public boolean linkVisibleAt(OffsetDateTime now) {
		return type.hasLink() && onlineUrl != null && !now.isBefore(startsAt.minus(LINK_SHOWN_BEFORE));
	}

	/** Places residents may still take themselves (the reserved ones are for staff); null for no limit. */
	public Integer freePlaces() {
		return capacity == null ? null : Math.max(0, capacity - reservedPlaces - registeredCount);
	}

	public boolean agendaPublished() {
		return agendaPublishedAt != null;
	}

	public boolean minutesPublished() {
		return minutesPublishedAt != null;
	}
}
