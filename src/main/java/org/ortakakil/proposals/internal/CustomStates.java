package org.ortakakil.proposals.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.proposals.ProposalEvent;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.LocalizedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * States a board's administrators add beside the fixed ones (for instance "sent to the district council"),
 * with a label per language and a colour; evaluators put one on a proposal as a badge.
 */
@Service
@Transactional
public class CustomStates {

	/** A custom state. {@code colour} is #rrggbb; pages pick black or white text for contrast. */
	public record CustomState(long id, long boardId, LocalizedText label, String colour) {

		public String textColour() {
			int r = Integer.parseInt(colour.substring(1, 3), 16);
			int g = Integer.parseInt(colour.substring(3, 5), 16);
			int b = Integer.parseInt(colour.substring(5, 7), 16);
			return (r * 299 + g * 587 + b * 114) / 1000 >= 140 ? "#000000" : "#ffffff";
		}
	}

	private final JdbcClient jdbc;
	private final Boards boards;
	private final Evaluation evaluation;
	private final ProposalStore store;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CustomStates(JdbcClient jdbc, Boards boards, Evaluation evaluation, ProposalStore store,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.boards = boards;
		this.evaluation = evaluation;
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	public long add(CurrentAccount admin, long boardId, LocalizedText label, String colour) {
		Board board = boards.board(boardId);
		boards.requireAdmin(admin, board.kind(), board.spaceId());
		if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
			throw DomainException.invalid("proposals.colour-invalid");
		}
		if (label.values().values().stream().anyMatch(t -> t.length() > 60)) {
			throw DomainException.invalid("proposals.label-length", 60);
		}
		var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("INSERT INTO proposal_custom_state (board_id, label, colour) VALUES (?, ?, ?)")
			.params(boardId, label.toJson(), colour.toLowerCase(java.util.Locale.ROOT))
			.update(key, "id");
		return key.getKey().longValue();
	}

	@Transactional(readOnly = true)
	public List<CustomState> of(long boardId) {
		return jdbc.sql("SELECT id, board_id, label, colour FROM proposal_custom_state WHERE board_id = ? ORDER BY id")
			.param(boardId)
			.query((rs, n) -> new CustomState(rs.getLong(1), rs.getLong(2), LocalizedText.fromJson(rs.getString(3)),
					rs.getString(4)))
			.list();
	}

	@Transactional(readOnly = true)
	public Map<Long, CustomState> byId(long boardId) {
		return of(boardId).stream().collect(Collectors.toMap(CustomState::id, Function.identity()));
	}

	public Optional<CustomState> find(long boardId, Long id) {
		return id == null ? Optional.empty() : Optional.ofNullable(byId(boardId).get(id));
	}

	/** An evaluator puts a custom state on the proposal (null takes it off). */
	public void mark(CurrentAccount evaluator, long proposalId, Long customStateId, Actor actor) {
		Proposal proposal = store.get(proposalId);
		evaluation.requireEvaluator(evaluator, boards.board(proposal.boardId()));
		if (customStateId != null && find(proposal.boardId(), customStateId).isEmpty()) {
			throw DomainException.invalid("proposals.custom-state-unknown");
		}
		jdbc.sql("UPDATE proposal SET custom_state_id = ?, updated_at = ? WHERE id = ?")
			.params(customStateId, OffsetDateTime.now(clock), proposalId).update();
		events.publishEvent(new ProposalEvent(proposalId, ProposalEvent.Kind.CHANGED, proposal.state(), actor,
				clock.instant()));
	}
}
