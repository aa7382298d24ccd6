package org.ortakakil.meetings.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ortakakil.geography.District;
import org.ortakakil.geography.Geography;
import org.ortakakil.geography.Neighbourhood;
import org.ortakakil.meetings.MeetingType;
import org.ortakakil.meetings.MeetingView;
import org.ortakakil.meetings.internal.MeetingStore;
import org.ortakakil.places.Places;
import org.ortakakil.spaces.SpaceKind;
import org.ortakakil.spaces.Spaces;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds meetings for the public pages: the filters read from a request, upcoming or past meetings, a
 * month of them, and the questions a meeting asks of those who register. Names of spaces, districts and
 * neighbourhoods come from their modules.
 */
@Component
class MeetingFinder {

	static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
	static final int LIMIT = 200;

	/** A question asked of those who register. */
	public record Question(long id, String text, boolean required) {
	}

	private final JdbcClient jdbc;
	private final Geography geography;
	private final Spaces spaces;
	private final Places places;
	private final Clock clock;

	MeetingFinder(JdbcClient jdbc, Geography geography, Spaces spaces, Places places, Clock clock) {
		this.jdbc = jdbc;
		this.geography = geography;
		this.spaces = spaces;
		this.places = places;
		this.clock = clock;
	}

	/** The meeting with the names of its space, district, neighbourhoods and place. */
	Described describe(MeetingView meeting) {
		return new Described(meeting, spaceOf(meeting).orElse(null),
				meeting.districtId() == null ? null : geography.district(meeting.districtId()).map(District::name).orElse(null),
				neighbourhoodName(meeting.neighbourhoodId()), neighbourhoodName(meeting.coHostNeighbourhood()),
				meeting.placeId() == null ? null : places.place(meeting.placeId()).orElse(null));
	}

	List<Described> describe(List<MeetingView> meetings) {
		return meetings.stream().map(this::describe).toList();
	}

	private String neighbourhoodName(Integer id) {
		return id == null ? null : geography.neighbourhood(id).map(Neighbourhood::name).orElse(null);
	}

	MeetingFilter filter(String district, String neighbourhood, String space, String type, boolean stepFree,
			boolean signLanguage, boolean childcare, String when) {
		District chosen = district == null || district.isBlank() ? null : geography.district(district).orElse(null);
		Neighbourhood place = null;
		if (chosen != null && neighbourhood != null && neighbourhood.matches("\\d{1,9}")) {
			place = geography.neighbourhood(Integer.parseInt(neighbourhood)).filter(n -> n.districtId() == chosen.id())
				.orElse(null);
		}
		MeetingType meetingType = null;
		for (MeetingType candidate : MeetingType.values()) {
			if (candidate.name().equals(type)) {
				meetingType = candidate;
			}
		}
		return new MeetingFilter(chosen, place, space(space).orElse(null), meetingType, stepFree, signLanguage,
				childcare, "past".equals(when));
	}

	/** A space by its address: an assembly's or a process's slug. */
	Optional<SpaceRef> space(String slug) {
		if (slug == null || slug.isBlank()) {
			return Optional.empty();
		}
		return spaces.assembly(slug).map(a -> new SpaceRef(SpaceKind.ASSEMBLY, a.id(), a.slug(), a.title()))
			.or(() -> spaces.process(slug).map(p -> new SpaceRef(SpaceKind.PROCESS, p.id(), p.slug(), p.title())));
	}

	/** Every published space, processes first, by title in Turkish; keyed by {@link SpaceRef#key()}. */
	Map<String, SpaceRef> allSpaces() {
		List<SpaceRef> all = new ArrayList<>();
		spaces.processes().forEach(p -> all.add(new SpaceRef(SpaceKind.PROCESS, p.id(), p.slug(), p.title())));
		spaces.assemblies().forEach(a -> all.add(new SpaceRef(SpaceKind.ASSEMBLY, a.id(), a.slug(), a.title())));
		all.sort(Comparator.comparing(SpaceRef::kind).thenComparing(s -> s.title().turkish()));
		Map<String, SpaceRef> byKey = new LinkedHashMap<>();
		all.forEach(s -> byKey.put(s.key(), s));
		return byKey;
	}

	Optional<SpaceRef> spaceOf(MeetingView meeting) {
		return meeting.spaceKind() == SpaceKind.PROCESS
				? spaces.process(meeting.spaceId()).map(p -> new SpaceRef(SpaceKind.PROCESS, p.id(), p.slug(), p.title()))
				: spaces.assembly(meeting.spaceId()).map(a -> new SpaceRef(SpaceKind.ASSEMBLY, a.id(), a.slug(), a.title()));
	}

	/** Upcoming meetings (not yet ended) soonest first, or past ones latest first; at most {@link #LIMIT}. */
	List<MeetingView> list(MeetingFilter filter) {
		OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
		List<Object> parameters = new ArrayList<>();
		StringBuilder where = where(filter, parameters);
		where.append(filter.past() ? " AND m.ends_at < ?" : " AND m.ends_at >= ?");
		parameters.add(now);
		return jdbc.sql(MeetingStore.SELECT + where + " ORDER BY m.starts_at" + (filter.past() ? " DESC" : "")
				+ ", m.id FETCH FIRST " + LIMIT + " ROWS ONLY").params(parameters).query(MeetingStore::read).list();
	}

	/** The meetings starting from {@code from} until before {@code to}, soonest first. */
	List<MeetingView> between(MeetingFilter filter, OffsetDateTime from, OffsetDateTime to) {
		List<Object> parameters = new ArrayList<>();
		StringBuilder where = where(filter, parameters);
		where.append(" AND m.starts_at >= ? AND m.starts_at < ?");
		parameters.add(from);
		parameters.add(to);
		return jdbc.sql(MeetingStore.SELECT + where + " ORDER BY m.starts_at, m.id").params(parameters)
			.query(MeetingStore::read).list();
	}

	List<Question> questions(long meetingId) {
		return jdbc.sql("SELECT id, question, required FROM meeting_question WHERE meeting_id = ? ORDER BY position")
			.param(meetingId).query((rs, n) -> new Question(rs.getLong(1), rs.getString(2), rs.getBoolean(3))).list();
	}

	private static StringBuilder where(MeetingFilter filter, List<Object> parameters) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		if (filter.district() != null) {
			where.append(" AND m.district_id = ?");
			parameters.add(filter.district().id());
		}
		if (filter.neighbourhood() != null) {
			where.append(" AND (m.neighbourhood_id = ? OR m.co_host_neighbourhood = ?)");
			parameters.add(filter.neighbourhood().id());
			parameters.add(filter.neighbourhood().id());
		}
		if (filter.space() != null) {
			where.append(" AND m.space_kind = ? AND m.space_id = ?");
			parameters.add(filter.space().kind().name());
			parameters.add(filter.space().id());
		}
		if (filter.type() != null) {
			where.append(" AND m.meeting_type = ?");
			parameters.add(filter.type().name());
		}
		if (filter.stepFree()) {
			where.append(" AND m.step_free = TRUE");
		}
		if (filter.signLanguage()) {
			where.append(" AND m.sign_language = TRUE");
		}
		if (filter.childcare()) {
			where.append(" AND m.childcare = TRUE");
		}
		return where;
	}
}
