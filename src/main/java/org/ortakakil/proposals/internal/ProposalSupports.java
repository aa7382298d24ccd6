package org.ortakakil.proposals.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.proposals.ProposalEvent;
import org.ortakakil.proposals.ProposalState;
import org.ortakakil.proposals.ProposalSupported;
import org.ortakakil.proposals.internal.ProposalLifecycle.Change;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supports: one per resident and proposal (the primary key of proposal_support, so parallel requests of one
 * resident leave one). The limit per resident is kept in proposal_supporter, whose row is raised only while
 * under the limit, and which the resident's parallel requests lock in turn. The count is kept in the
 * proposal row. The support that reaches the threshold qualifies the proposal, once: it goes under
 * evaluation with a deadline for the answer.
 */
@Service
@Transactional
public class ProposalSupports {

	/** What a support request did: whether it added or removed a support, and the count after it. */
	public record Outcome(boolean changed, int supportCount) {
	}

	private final JdbcClient jdbc;
	private final Boards boards;
	private final ProposalStore store;
	private final Contributors contributors;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ProposalSupports(JdbcClient jdbc, Boards boards, ProposalStore store, Contributors contributors,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.boards = boards;
		this.store = store;
		this.contributors = contributors;
		this.events = events;
		this.clock = clock;
	}

	public Outcome support(CurrentAccount resident, long proposalId, Actor actor) {
		ProposalStore.SupportTarget proposal = store.supportTarget(proposalId);
		Board board = boards.board(proposal.boardId());
		BoardSettings settings = boards.current(board);
		if (proposal.hidden() || !ProposalLifecycle.allows(proposal.state(), Change.SUPPORT)) {
			throw DomainException.conflict("proposals.not-supportable");
		}
		if (!settings.supportsOpen()) {
			throw DomainException.forbidden("proposals.supports-closed");
		}
		contributors.requireResident(resident, board, settings.supportScope());
		String principal = resident.principal();
		jdbc.sql("INSERT INTO proposal_supporter (board_id, principal, supports) VALUES (?, ?, 0) ON CONFLICT DO NOTHING")
			.params(board.id(), principal).update();
		// locks the resident's row: their parallel requests wait here and then find their support
		int counted = jdbc.sql("UPDATE proposal_supporter SET supports = supports + 1 WHERE board_id = ? AND principal = ?"
				+ " AND (CAST(? AS INTEGER) IS NULL OR supports < ?)")
			.params(board.id(), principal, settings.supportLimit(), settings.supportLimit()).update();
		if (counted == 0) {
			if (store.supported(proposalId, principal)) {
				return new Outcome(false, proposal.supportCount());
			}
			throw DomainException.conflict("proposals.support-limit", settings.supportLimit());
		}
		int added = jdbc.sql("INSERT INTO proposal_support (proposal_id, principal, channel, assisted_by, created_at)"
				+ " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
			.params(proposalId, principal, resident.assisted() ? "OFFICE" : "WEB", resident.assistedBy(),
					OffsetDateTime.now(clock))
			.update();
		if (added == 0) {
			jdbc.sql("UPDATE proposal_supporter SET supports = supports - 1 WHERE board_id = ? AND principal = ?")
				.params(board.id(), principal).update();
			return new Outcome(false, proposal.supportCount());
		}
		jdbc.sql("UPDATE proposal SET support_count = support_count + 1 WHERE id = ?").param(proposalId).update();
		int count = jdbc.sql("SELECT support_count FROM proposal WHERE id = ?").param(proposalId).query(Integer.class)
			.single();
		events.publishEvent(new ProposalSupported(proposalId, principal, true, clock.instant()));
		if (settings.supportThreshold() != null && count >= settings.supportThreshold()) {
			qualify(proposalId, settings, actor);
		}
		return new Outcome(true, count);
	}

	/** Puts the proposal in the evaluators' queue once: only the first request to get here changes the row. */
	private void qualify(long proposalId, BoardSettings settings, Actor actor) {
		int changed = jdbc.sql("UPDATE proposal SET qualified_at = ?, answer_due = ?,"
				+ " state = CASE WHEN state = 'PUBLISHED' THEN 'EVALUATING' ELSE state END"
				+ " WHERE id = ? AND qualified_at IS NULL")
			.params(OffsetDateTime.now(clock), LocalDate.now(clock).plusDays(settings.answerDays()), proposalId)
			.update();
		if (changed == 1) {
			events.publishEvent(new ProposalEvent(proposalId, ProposalEvent.Kind.QUALIFIED, ProposalState.EVALUATING,
					actor, clock.instant()));
		}
	}

	public Outcome withdraw(CurrentAccount resident, long proposalId) {
		ProposalStore.SupportTarget proposal = store.supportTarget(proposalId);
		Board board = boards.board(proposal.boardId());
		if (!boards.current(board).supportsOpen()) {
			throw DomainException.forbidden("proposals.supports-closed");
		}
		contributors.requireNotBlocked(resident);
		int removed = jdbc.sql("DELETE FROM proposal_support WHERE proposal_id = ? AND principal = ?")
			.params(proposalId, resident.principal()).update();
		if (removed == 0) {
			return new Outcome(false, proposal.supportCount());
		}
		jdbc.sql("UPDATE proposal_supporter SET supports = supports - 1 WHERE board_id = ? AND principal = ?")
			.params(board.id(), resident.principal()).update();
		jdbc.sql("UPDATE proposal SET support_count = support_count - 1 WHERE id = ?").param(proposalId).update();
		events.publishEvent(new ProposalSupported(proposalId, resident.principal(), false, clock.instant()));
		return new Outcome(true, jdbc.sql("SELECT support_count FROM proposal WHERE id = ?").param(proposalId)
			.query(Integer.class).single());
	}
}
