package org.ortakakil.meetings.web;

import java.time.ZonedDateTime;

import org.ortakakil.meetings.MeetingView;
import org.ortakakil.places.PlaceView;

/**
 * A meeting with the names the pages show beside it: its space, district, neighbourhood, the
 * co-hosting neighbourhood (whose muhtar is an organiser) and the place; any but the meeting may be null.
 * Times are in İstanbul.
 */
public record Described(MeetingView meeting, SpaceRef space, String district, String neighbourhood, String coHost,
		PlaceView place) {

	public ZonedDateTime startsAt() {
		return meeting.startsAt().atZoneSameInstant(MeetingFinder.ISTANBUL);
	}

	public ZonedDateTime endsAt() {
		return meeting.endsAt().atZoneSameInstant(MeetingFinder.ISTANBUL);
	}

	/** A point for the map's {@code data-points}, or null for a meeting without one. */
	public MapPoint point(String language) {
		if (meeting.lat() == null || meeting.lon() == null) {
			return null;
		}
		return new MapPoint(meeting.lat(), meeting.lon(), meeting.title().in(language), "/meetings/" + meeting.id(),
				meeting.startsAt().toString(), meeting.type().name());
	}

	/** What the map draws: a circle that leads to the meeting's page. */
	public record MapPoint(double lat, double lon, String label, String url, String startsAt, String type) {
	}
}
