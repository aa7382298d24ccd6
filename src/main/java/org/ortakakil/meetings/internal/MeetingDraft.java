package org.ortakakil.meetings.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.ortakakil.meetings.MeetingType;
import org.ortakakil.meetings.OrganiserKind;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.spaces.SpaceKind;

/**
 * A meeting as an organiser describes it, before it is checked. {@code placeId} names a place from the
 * places module, whose address and position are used when none is given; {@code capacity} null means
 * no limit; {@code questions} are asked of those who register.
 */
public record MeetingDraft(SpaceKind spaceKind, long spaceId, LocalizedText title, LocalizedText description,
		MeetingType type, String address, Double lat, Double lon, Long placeId, Integer districtId,
		Integer neighbourhoodId, String onlineUrl, OffsetDateTime startsAt, OffsetDateTime endsAt,
		OrganiserKind organiserKind, Integer coHostNeighbourhood, boolean stepFree, boolean signLanguage,
		boolean childcare, List<String> languages, boolean registrationOpen, Integer capacity, int reservedPlaces,
		List<Question> questions) {

	/** A question to those who register. */
	public record Question(String text, boolean required) {
	}

	public MeetingDraft {
		languages = languages == null || languages.isEmpty() ? List.of("tr") : List.copyOf(languages);
		questions = questions == null ? List.of() : List.copyOf(questions);
	}
}
