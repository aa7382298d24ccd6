package org.ortakakil.requests.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.ortakakil.requests.Priority;
import org.ortakakil.requests.RequestState;
import org.ortakakil.requests.ServiceCategoryView;
import org.ortakakil.requests.ServiceRequestStatusChanged;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life cycle of a request after it arrives: every step is one conditional UPDATE from the states
 * it may start in, so of two people acting on the same request at the same moment one wins and the
 * other is told the request changed meanwhile ({@code CONFLICT requests.state-changed}). Each step
 * writes the request's history (public or internal) and publishes {@link ServiceRequestStatusChanged}.
 * Who may take a step is the caller's question; this class knows only what may follow what.
 */
@Service
@Transactional
public class RequestHandling {

	/** How long after the fix the reporter may confirm it or reopen the request. */
	public static final Duration CONFIRMATION_WINDOW = Duration.ofDays(7);
	public static final int NOTE_MAX = 4000;

	private static final Set<RequestState> WORKABLE = EnumSet.of(RequestState.NEW, RequestState.ACCEPTED,
			RequestState.ASSIGNED, RequestState.IN_PROGRESS);

	private final JdbcClient jdbc;
	private final CatalogueStore catalogue;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	RequestHandling(JdbcClient jdbc, CatalogueStore catalogue, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.events = events;
		this.clock = clock;
	}

	/** The request as the unit handling it sees it, contact details included; NOT_FOUND if unknown. */
	@Transactional(readOnly = true)
	public HandledRequest get(String serviceRequestId) {
		return find(serviceRequestId).orElseThrow(() -> DomainException.notFound("requests.not-found",
				serviceRequestId));
	}

	@Transactional(readOnly = true)
	public Optional<HandledRequest> find(String serviceRequestId) {
		return jdbc.sql(HandledRequest.SELECT + " WHERE r.service_request_id = ?").param(serviceRequestId)
			.query(HandledRequest::read).optional();
	}

	/**
	 * A unit's requests in the given states: the most urgent priority first, then the earliest due
	 * (those without a due time last), then the oldest.
	 */
	@Transactional(readOnly = true)
	public List<HandledRequest> queue(String unit, Set<RequestState> states, int offset, int limit) {
		List<Object> params = new java.util.ArrayList<>();
		params.add(unit);
		params.addAll(states.stream().map(Enum::name).toList());
		params.add(offset);
		params.add(limit);
		return jdbc.sql(HandledRequest.SELECT + " WHERE r.agency_responsible = ? AND r.state IN ("
				+ states.stream().map(s -> "?").collect(Collectors.joining(", ")) + ") ORDER BY CASE r.priority"
				+ " WHEN 'URGENT' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'NORMAL' THEN 2 ELSE 3 END,"
				+ " CASE WHEN r.expected_datetime IS NULL THEN 1 ELSE 0 END, r.expected_datetime, r.requested_datetime,"
				+ " r.id OFFSET ? ROWS FETCH FIRST ? ROWS ONLY").params(params).query(HandledRequest::read).list();
	}

	/** The answers to the category's questions, by attribute code. */
	@Transactional(readOnly = true)
	public java.util.Map<String, List<String>> answers(long requestId) {
		java.util.Map<String, List<String>> answers = new java.util.LinkedHashMap<>();
		jdbc.sql("SELECT attribute_code, answer FROM service_request_attribute WHERE request_id = ?").param(requestId)
			.query((rs, n) -> answers.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>())
				.add(rs.getString(2)))
			.list();
		return answers;
	}

	/** The request's history, oldest first; internal notes only when asked for. */
	@Transactional(readOnly = true)
	public List<RequestUpdate> history(long requestId, boolean withInternal) {
		return jdbc.sql("""
				SELECT happened_at, visibility, state_from, state_to, note, actor, assisted_by, photo_key
				FROM service_request_update WHERE request_id = ?""" + (withInternal ? "" : " AND visibility = 'PUBLIC'")
				+ " ORDER BY happened_at, id").param(requestId)
			.query((rs, n) -> new RequestUpdate(time(rs, "happened_at"), "INTERNAL".equals(rs.getString("visibility")),
					state(rs.getString("state_from")), state(rs.getString("state_to")), rs.getString("note"),
					rs.getString("actor"), rs.getString("assisted_by"), rs.getString("photo_key")))
			.list();
	}

	/** The unit takes the request on. */
	public HandledRequest accept(String id, String note, Actor actor) {
		return move(id, EnumSet.of(RequestState.NEW), RequestState.ACCEPTED, "accepted", optional(note), null, actor);
	}

	/** The unit will not handle it; the reason is public. */
	public HandledRequest reject(String id, String reason, Actor actor) {
		return move(id, RequestState.OPEN, RequestState.REJECTED, "rejected", required(reason), null, actor);
	}

	/** The request duplicates another open one: it is closed and points there. */
	public HandledRequest merge(String id, String intoId, Actor actor) {
		HandledRequest into = get(intoId);
		if (into.serviceRequestId().equals(id) || !into.state().open()) {
			throw DomainException.invalid("requests.merge-target-invalid", intoId);
		}
		return move(id, RequestState.OPEN, RequestState.MERGED, "merged", into.serviceRequestId(), into.id(), actor);
	}

	/** A unit or team starts work on it. */
	public HandledRequest startWork(String id, String note, Actor actor) {
		return move(id, EnumSet.of(RequestState.ACCEPTED, RequestState.ASSIGNED), RequestState.IN_PROGRESS, "started",
				optional(note), null, actor);
	}

	/** A motorized team was assigned to it (the team itself is the teams' record). */
	public HandledRequest assign(String id, Actor actor) {
		return move(id, EnumSet.of(RequestState.NEW, RequestState.ACCEPTED), RequestState.ASSIGNED, "assigned", null,
				null, actor);
	}

	/** The team gave it back (could not resolve it, with the reason): the unit has it again. */
	public HandledRequest giveBack(String id, String reason, Actor actor) {
		return move(id, EnumSet.of(RequestState.ASSIGNED, RequestState.IN_PROGRESS), RequestState.ACCEPTED,
				"given-back", required(reason), null, actor);
	}

	/** The problem is fixed; the note (and photo, if any) is public. */
	public HandledRequest resolve(String id, String note, String photoKey, Actor actor) {
		return move(id, WORKABLE, RequestState.RESOLVED, "resolved", required(note), photoKey, actor);
	}

	/** The unit needs something from the resident: the question is public and the deadline clock stops. */
	public HandledRequest waitForResident(String id, String question, Actor actor) {
		return move(id, WORKABLE, RequestState.WAITING, "waiting", required(question), null, actor);
	}

	/** The resident answered (or the unit goes on without): the clock runs again, the due time moves on. */
	public HandledRequest resume(String id, String note, Actor actor) {
		return move(id, EnumSet.of(RequestState.WAITING), RequestState.ACCEPTED, "resumed", optional(note), null, actor);
	}

	/** The reporter says the fix holds, within seven days of it. */
	public HandledRequest confirm(String id, Actor actor) {
		HandledRequest request = withinConfirmationWindow(id);
		if (request.confirmedAt() != null) {
			throw DomainException.conflict("requests.already-confirmed", id);
		}
		int changed = jdbc.sql("""
				UPDATE service_request SET confirmed_at = ?, updated_datetime = ?
				WHERE id = ? AND state = 'RESOLVED' AND confirmed_at IS NULL""").params(now(), now(), request.id())
			.update();
		if (changed == 0) {
			throw DomainException.conflict("requests.state-changed", id);
		}
		record(request.id(), false, RequestState.RESOLVED, RequestState.RESOLVED, null, null, actor);
		publish(request, RequestState.RESOLVED, RequestState.RESOLVED, "confirmed", false, actor);
		return get(id);
	}

	/** The reporter says it is not fixed, within seven days: the unit has it again, with a new due time. */
	public HandledRequest reopen(String id, String reason, Actor actor) {
		HandledRequest request = withinConfirmationWindow(id);
		if (request.confirmedAt() != null) {
			throw DomainException.conflict("requests.already-confirmed", id);
		}
		return move(id, EnumSet.of(RequestState.RESOLVED), RequestState.ACCEPTED, "reopened", required(reason), null,
				actor);
	}

	/** A note on the request: internal ones only the unit sees, public ones the reporter is told of. */
	public void note(String id, String text, boolean internal, Actor actor) {
		HandledRequest request = get(id);
		String note = required(text);
		record(request.id(), internal, null, null, note, null, actor);
		if (!internal) {
			jdbc.sql("UPDATE service_request SET status_notes = ?, updated_datetime = ? WHERE id = ?")
				.params(note, now(), request.id()).update();
		}
		publish(request, request.state(), request.state(), internal ? "noted" : "updated", !internal, actor);
	}

	/** Sets the priority; the due time becomes the new target counted from the request's arrival. */
	public HandledRequest prioritize(String id, Priority priority, Actor actor) {
		HandledRequest request = openRequest(id);
		ServiceCategoryView category = category(request.serviceCode());
		jdbc.sql("""
				UPDATE service_request SET priority = ?, expected_datetime = ?, warned_at = NULL, escalated_at = NULL
				WHERE id = ?""").params(priority.name(), due(request, category, priority), request.id()).update();
		record(request.id(), true, request.state(), request.state(), "priority " + priority.name(), null, actor);
		publish(request, request.state(), request.state(), "prioritized", false, actor);
		return get(id);
	}

	/** Moves it to another category: routed anew to that category's unit, with that category's targets. */
	public HandledRequest recategorize(String id, String code, Actor actor) {
		HandledRequest request = openRequest(id);
		ServiceCategoryView category = category(code);
		String unit = category.unitFor(request.districtId() == null ? 0 : request.districtId());
		jdbc.sql("""
				UPDATE service_request SET category_code = ?, agency_responsible = ?, expected_datetime = ?,
				warned_at = NULL, escalated_at = NULL, updated_datetime = ? WHERE id = ?""")
			.params(code, unit, due(request, category, request.priority()), now(), request.id()).update();
		record(request.id(), true, request.state(), request.state(), request.serviceCode() + " → " + code, null, actor);
		publish(get(id), request.state(), request.state(), "recategorized", false, actor);
		return get(id);
	}

	/** What the deadline job found: a request nearly due (warned) or overdue (escalated). */
	public void markDeadline(HandledRequest request, boolean overdue) {
		jdbc.sql("UPDATE service_request SET warned_at = COALESCE(warned_at, ?)" + (overdue ? ", escalated_at = ?" : "")
				+ " WHERE id = ?").params(overdue ? List.of(now(), now(), request.id()) : List.of(now(), request.id()))
			.update();
		publish(request, request.state(), request.state(), overdue ? "escalated" : "warned", false, Actor.SYSTEM);
	}

	private HandledRequest move(String id, Set<RequestState> from, RequestState to, String step, String note,
			Object extra, Actor actor) {
		HandledRequest before = get(id);
		OffsetDateTime now = now();
		StringBuilder set = new StringBuilder("state = ?, status = ?, updated_datetime = ?");
		List<Object> params = new java.util.ArrayList<>(List.of(to.name(), to.geoReportStatus(), now));
		if (note != null && !"merged".equals(step)) {
			set.append(", status_notes = ?");
			params.add(note);
		}
		switch (to) {
			case WAITING -> {
				set.append(", waiting_since = ?");
				params.add(now);
			}
			case RESOLVED -> {
				set.append(", resolved_at = ?, confirmed_at = NULL");
				params.add(now);
			}
			case MERGED -> {
				set.append(", merged_into = ?");
				params.add(extra);
			}
			default -> {
			}
		}
		if (before.state() == RequestState.WAITING && to != RequestState.WAITING && before.waitingSince() != null) {
			long paused = Duration.between(before.waitingSince(), now).toSeconds();
			set.append(", waiting_since = NULL, paused_seconds = paused_seconds + ?");
			params.add(paused);
			if (before.due() != null) {
				set.append(", expected_datetime = ?");
				params.add(before.due().plusSeconds(paused));
			}
		}
		if ("reopened".equals(step)) {
			ServiceCategoryView category = catalogue.category(before.serviceCode()).orElse(null);
			Integer hours = category == null ? null : category.targetHours().get(before.priority());
			set.append(", resolved_at = NULL, warned_at = NULL, escalated_at = NULL, expected_datetime = ?");
			params.add(hours == null ? null : now.plusHours(hours));
		}
		params.add(before.id());
		params.addAll(from.stream().map(Enum::name).toList());
		int changed = jdbc.sql("UPDATE service_request SET " + set + " WHERE id = ? AND state IN ("
				+ from.stream().map(s -> "?").collect(Collectors.joining(", ")) + ")").params(params).update();
		if (changed == 0) {
			throw DomainException.conflict("requests.state-changed", id);
		}
		record(before.id(), false, before.state(), to, note, extra instanceof String photo ? photo : null, actor);
		publish(before, before.state(), to, step, true, actor);
		return get(id);
	}

	private HandledRequest withinConfirmationWindow(String id) {
		HandledRequest request = get(id);
		if (request.state() != RequestState.RESOLVED || request.resolvedAt() == null) {
			throw DomainException.conflict("requests.not-resolved", id);
		}
		if (request.resolvedAt().plus(CONFIRMATION_WINDOW).isBefore(now())) {
			throw DomainException.conflict("requests.confirmation-window-over", id);
		}
		return request;
	}

	private HandledRequest openRequest(String id) {
		HandledRequest request = get(id);
		if (!request.state().open()) {
			throw DomainException.conflict("requests.state-changed", id);
		}
		return request;
	}

	private ServiceCategoryView category(String code) {
		return catalogue.category(code).orElseThrow(() -> DomainException.notFound("services.not-found", code));
	}

	private static OffsetDateTime due(HandledRequest request, ServiceCategoryView category, Priority priority) {
		Integer hours = category.targetHours().get(priority);
		return hours == null ? null : request.requested().plusHours(hours).plusSeconds(request.pausedSeconds());
	}

	private void record(long requestId, boolean internal, RequestState from, RequestState to, String note,
			String photoKey, Actor actor) {
		jdbc.sql("""
				INSERT INTO service_request_update (request_id, happened_at, visibility, state_from, state_to, note,
				actor, assisted_by, photo_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(requestId, now(), internal ? "INTERNAL" : "PUBLIC", from == null ? null : from.name(),
					to == null ? null : to.name(), note, actor.name(), actor.assistedBy(), photoKey)
			.update();
	}

	private void publish(HandledRequest request, RequestState from, RequestState to, String step, boolean publicly,
			Actor actor) {
		events.publishEvent(new ServiceRequestStatusChanged(request.id(), request.serviceRequestId(),
				request.serviceCode(), request.unit(), from, to, step, publicly, actor, now().toInstant()));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
	}

	private static String required(String text) {
		String note = optional(text);
		if (note == null) {
			throw DomainException.invalid("requests.note-missing");
		}
		return note;
	}

	private static String optional(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String note = text.strip();
		if (note.length() > NOTE_MAX) {
			throw DomainException.invalid("requests.note-too-long", NOTE_MAX);
		}
		return note;
	}

	private static RequestState state(String name) {
		return name == null ? null : RequestState.valueOf(name);
	}

	static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC);
	}
}
