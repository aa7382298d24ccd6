package org.ortakakil.meetings.calendar;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.ortakakil.meetings.MeetingType;
import org.ortakakil.meetings.OrganiserKind;
import org.ortakakil.meetings.internal.MeetingDraft;
import org.ortakakil.meetings.internal.Meetings;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.shared.Slug;
import org.ortakakil.spaces.AssemblyType;
import org.ortakakil.spaces.SpaceKind;
import org.ortakakil.spaces.internal.AssemblyAdministration;
import org.ortakakil.spaces.internal.AssemblyDraft;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Meetings for the calendar and API tests: a published assembly of its own per test (a unique slug, so
 * tests sharing the database never see each other's meetings in a space), and meetings in Kadıköy
 * (Caferağa) or Fatih created through {@link Meetings#create}, or moved into the past afterwards.
 */
public final class CalendarFixtures {

	public static final int KADIKOY = 1421;
	public static final int CAFERAGA = 40512;
	public static final String ONLINE_URL = "https://toplanti.example.org/oda-";

	private final Meetings meetings;
	private final AssemblyAdministration assemblies;
	private final JdbcClient jdbc;

	public CalendarFixtures(ApplicationContext context) {
		this.meetings = context.getBean(Meetings.class);
		this.assemblies = context.getBean(AssemblyAdministration.class);
		this.jdbc = context.getBean(JdbcClient.class);
	}

	/** A published assembly's slug and id. */
	public record Space(String slug, long id) {
	}

	public Space space(String prefix) {
		String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		long id = assemblies.createAssembly(new AssemblyDraft(new Slug(slug), AssemblyType.OTHER,
				LocalizedText.of("Meclis " + slug, "Assembly " + slug), null, null, null, null), Actor.SYSTEM);
		assemblies.setAssemblyPublished(id, true, Actor.SYSTEM);
		return new Space(slug, id);
	}

	public static OffsetDateTime in(long minutes) {
		return OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(minutes).truncatedTo(ChronoUnit.MINUTES);
	}

	/** A hybrid meeting in Caferağa, two hours long, with a link for those registered. */
	public long kadikoy(Space space, String title, OffsetDateTime start, Integer capacity) {
		return meetings.create(draft(space, LocalizedText.of(title, "EN " + title), MeetingType.HYBRID,
				"Caferağa Mah., Moda Cd. No:1, Kadıköy", 40.9869, 29.0253, KADIKOY, CAFERAGA, start, capacity), null,
				Actor.SYSTEM);
	}

	/** A meeting in person in Fatih. */
	public long fatih(Space space, String title, OffsetDateTime start) {
		return meetings.create(draft(space, LocalizedText.of(title, "EN " + title), MeetingType.IN_PERSON,
				"Sultanahmet, Fatih", 41.0082, 28.9784, null, null, start, null), null, Actor.SYSTEM);
	}

	private static MeetingDraft draft(Space space, LocalizedText title, MeetingType type, String address, double lat,
			double lon, Integer district, Integer neighbourhood, OffsetDateTime start, Integer capacity) {
		return new MeetingDraft(SpaceKind.ASSEMBLY, space.id(), title,
				LocalizedText.of("Gündem: park, çöp; herkes gelsin.\nİkinci satır", "Agenda: park, rubbish"), type,
				address, lat, lon, null, district, neighbourhood,
				type.hasLink() ? ONLINE_URL + UUID.randomUUID() : null, start, start.plusHours(2), OrganiserKind.SPACE,
				null, true, false, true, List.of("tr", "en"), true, capacity, 0, List.of());
	}

	/** Moves a meeting so it starts the given number of days ago (creating one in the past is refused). */
	public void moveToPast(long meetingId, int daysAgo) {
		OffsetDateTime start = in(-daysAgo * 24L * 60);
		jdbc.sql("UPDATE meeting SET starts_at = ?, ends_at = ? WHERE id = ?").params(start, start.plusHours(2), meetingId)
			.update();
	}
}
