package org.ortakakil.requests.needs;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.ortakakil.geography.Geography;
import org.ortakakil.geography.Neighbourhood;
import org.ortakakil.requests.NeighbourhoodNeedChanged;
import org.ortakakil.requests.NeighbourhoodNeedChanged.Change;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ranked lists of neighbourhood needs. Every change to a list first locks the neighbourhood's row
 * in {@code neighbourhood_need_list}, so concurrent changes take turns: ranks stay 1..n without gaps.
 * Each change is published as {@link NeighbourhoodNeedChanged} for the audit log.
 */
@Service
@Transactional
class NeighbourhoodNeeds {

	static final int REFERENCE_MAX = 500;

	private static final String SELECT = """
			SELECT id, neighbourhood_id, district_id, title, description, estimated_cost, rank, status
			FROM neighbourhood_need""";

	private final JdbcClient jdbc;
	private final Geography geography;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	NeighbourhoodNeeds(JdbcClient jdbc, Geography geography, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.geography = geography;
		this.events = events;
		this.clock = clock;
	}

	/** The neighbourhood's needs, most important first. */
	@Transactional(readOnly = true)
	List<Need> of(int neighbourhoodId) {
		return read(jdbc.sql(SELECT + " WHERE neighbourhood_id = ? ORDER BY rank, id").param(neighbourhoodId));
	}

	/** The needs of all the neighbourhoods of a district, by neighbourhood id, each most important first. */
	@Transactional(readOnly = true)
	Map<Integer, List<Need>> ofDistrict(int districtId) {
		return read(jdbc.sql(SELECT + " WHERE district_id = ? ORDER BY neighbourhood_id, rank, id").param(districtId))
			.stream().collect(Collectors.groupingBy(Need::neighbourhoodId, LinkedHashMap::new, Collectors.toList()));
	}

	/** The need, or NOT_FOUND. */
	@Transactional(readOnly = true)
	Need get(long id) {
		List<Need> found = read(jdbc.sql(SELECT + " WHERE id = ?").param(id));
		if (found.isEmpty()) {
			throw DomainException.notFound("needs.not-found", String.valueOf(id));
		}
		return found.get(0);
	}

	/** Adds the need at the end of the neighbourhood's list, as proposed. */
	Need create(int neighbourhoodId, NeedDraft draft, Actor actor) {
		Neighbourhood neighbourhood = geography.neighbourhood(neighbourhoodId)
			.orElseThrow(() -> DomainException.notFound("needs.neighbourhood.unknown", String.valueOf(neighbourhoodId)));
		lock(neighbourhoodId);
		int rank = jdbc.sql("SELECT COUNT(*) FROM neighbourhood_need WHERE neighbourhood_id = ?").param(neighbourhoodId)
			.query(Integer.class).single() + 1;
		OffsetDateTime now = now();
		jdbc.sql("""
				INSERT INTO neighbourhood_need (neighbourhood_id, district_id, title, description, estimated_cost, rank,
				status, created_at, updated_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(neighbourhoodId, neighbourhood.districtId(), draft.title(), draft.description(),
					draft.estimatedCost(), rank, NeedStatus.PROPOSED.name(), now, now, actor.name())
			.update();
		long id = jdbc.sql("SELECT id FROM neighbourhood_need WHERE neighbourhood_id = ? AND rank = ?")
			.params(neighbourhoodId, rank).query(Long.class).single();
		publish(id, neighbourhoodId, Change.CREATED, "rank " + rank, actor);
		return get(id);
	}

	void edit(long id, NeedDraft draft, Actor actor) {
		Need need = get(id);
		jdbc.sql("UPDATE neighbourhood_need SET title = ?, description = ?, estimated_cost = ?, updated_at = ? WHERE id = ?")
			.params(draft.title(), draft.description(), draft.estimatedCost(), now(), id).update();
		publish(id, need.neighbourhoodId(), Change.EDITED, null, actor);
	}

	void changeStatus(long id, NeedStatus status, Actor actor) {
		Need need = get(id);
		if (need.status() == status) {
			return;
		}
		jdbc.sql("UPDATE neighbourhood_need SET status = ?, updated_at = ? WHERE id = ?").params(status.name(), now(), id)
			.update();
		publish(id, need.neighbourhoodId(), Change.STATUS_CHANGED, need.status() + " -> " + status, actor);
	}

	/**
	 * Moves the need one place up ({@code direction} below 0, towards rank 1) or down, swapping it with
	 * its neighbour; at either end of the list nothing changes. Ranks are read after taking the lock.
	 */
	void move(long id, int direction, Actor actor) {
		int neighbourhoodId = get(id).neighbourhoodId();
		lock(neighbourhoodId);
		List<Long> order = jdbc.sql("SELECT id FROM neighbourhood_need WHERE neighbourhood_id = ? ORDER BY rank, id")
			.param(neighbourhoodId).query(Long.class).list();
		int from = order.indexOf(id);
		int to = direction < 0 ? from - 1 : from + 1;
		if (to < 0 || to >= order.size()) {
			return;
		}
		List<Long> moved = new ArrayList<>(order);
		moved.set(to, id);
		moved.set(from, order.get(to));
		OffsetDateTime now = now();
		for (int i = 0; i < moved.size(); i++) {
			jdbc.sql("UPDATE neighbourhood_need SET rank = ?, updated_at = ? WHERE id = ? AND rank <> ?")
				.params(i + 1, now, moved.get(i), i + 1).update();
		}
		publish(id, neighbourhoodId, Change.MOVED, "rank " + (to + 1), actor);
	}

	/**
	 * Links a request (by public id; it must be in the need's neighbourhood) or a proposal (an id or web
	 * address, kept as written) to the need; linking the same twice is refused.
	 */
	void link(long id, LinkKind kind, String reference, Actor actor) {
		Need need = get(id);
		String typed = reference == null ? "" : reference.strip();
		if (typed.isEmpty()) {
			throw DomainException.invalid("needs.link.reference-missing");
		}
		if (typed.length() > REFERENCE_MAX) {
			throw DomainException.invalid("needs.link.reference-too-long", REFERENCE_MAX);
		}
		if (kind == LinkKind.REQUEST) {
			typed = typed.toUpperCase(Locale.ROOT);
			List<Integer> where = jdbc.sql("SELECT neighbourhood_id FROM service_request WHERE service_request_id = ?")
				.param(typed).query((rs, n) -> (Integer) rs.getObject(1, Integer.class)).list();
			if (where.isEmpty()) {
				throw DomainException.invalid("needs.link.request-unknown", typed);
			}
			if (where.get(0) == null || where.get(0) != need.neighbourhoodId()) {
				throw DomainException.invalid("needs.link.request-elsewhere", typed);
			}
		}
		String stored = typed;
		if (need.links().stream().anyMatch(l -> l.kind() == kind && l.reference().equals(stored))) {
			throw DomainException.invalid("needs.link.duplicate", typed);
		}
		jdbc.sql("INSERT INTO neighbourhood_need_link (need_id, kind, reference, created_at, created_by) VALUES (?, ?, ?, ?, ?)")
			.params(id, kind.name(), typed, now(), actor.name()).update();
		publish(id, need.neighbourhoodId(), Change.LINKED, kind + " " + typed, actor);
	}

	void unlink(long id, long linkId, Actor actor) {
		Need need = get(id);
		NeedLink link = need.links().stream().filter(l -> l.id() == linkId).findFirst()
			.orElseThrow(() -> DomainException.notFound("needs.link.not-found", String.valueOf(linkId)));
		jdbc.sql("DELETE FROM neighbourhood_need_link WHERE id = ?").param(linkId).update();
		publish(id, need.neighbourhoodId(), Change.UNLINKED, link.kind() + " " + link.reference(), actor);
	}

	/** Takes the neighbourhood's list lock until the transaction ends (creating its row the first time). */
	private void lock(int neighbourhoodId) {
		jdbc.sql("INSERT INTO neighbourhood_need_list (neighbourhood_id, changed_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(neighbourhoodId, now()).update();
		jdbc.sql("UPDATE neighbourhood_need_list SET changed_at = ? WHERE neighbourhood_id = ?").params(now(), neighbourhoodId)
			.update();
	}

	private List<Need> read(JdbcClient.StatementSpec query) {
		record Row(long id, int neighbourhoodId, int districtId, String title, String description, BigDecimal cost,
				int rank, NeedStatus status) {
		}
		List<Row> rows = query.query((rs, n) -> new Row(rs.getLong("id"), rs.getInt("neighbourhood_id"),
				rs.getInt("district_id"), rs.getString("title"), rs.getString("description"),
				rs.getBigDecimal("estimated_cost"), rs.getInt("rank"), NeedStatus.valueOf(rs.getString("status"))))
			.list();
		Map<Long, List<NeedLink>> links = links(rows.stream().map(Row::id).toList());
		return rows.stream().map(r -> new Need(r.id(), r.neighbourhoodId(), r.districtId(), r.title(), r.description(),
				r.cost(), r.rank(), r.status(), links.getOrDefault(r.id(), List.of()))).toList();
	}

	private Map<Long, List<NeedLink>> links(Collection<Long> needIds) {
		if (needIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("SELECT id, need_id, kind, reference FROM neighbourhood_need_link WHERE need_id IN (:ids) ORDER BY id")
			.param("ids", needIds)
			.query((rs, n) -> Map.entry(rs.getLong("need_id"),
					new NeedLink(rs.getLong("id"), LinkKind.valueOf(rs.getString("kind")), rs.getString("reference"))))
			.list().stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	private void publish(long id, int neighbourhoodId, Change change, String detail, Actor actor) {
		events.publishEvent(new NeighbourhoodNeedChanged(id, neighbourhoodId, change, detail, actor, now().toInstant()));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
	}
}
