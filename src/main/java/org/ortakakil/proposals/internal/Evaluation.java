package org.ortakakil.proposals.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.ortakakil.identity.Authorization;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Permission;
import org.ortakakil.proposals.ProposalEvent;
import org.ortakakil.proposals.ProposalState;
import org.ortakakil.proposals.internal.ProposalLifecycle.Change;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.LocalizedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluators' work (space role EVALUATOR, or the space's administrators): the queue of proposals
 * waiting for an answer (qualified ones first, by deadline), taking one, writing the official answer and,
 * separately, publishing it, which accepts or rejects the proposal (or says it is under evaluation).
 */
@Service
@Transactional
public class Evaluation {

	/** A line of the queue. */
	public record Queued(long id, String title, ProposalState state, int supportCount, boolean qualified,
			LocalDate answerDue, String evaluator, boolean answerWritten) {

		public boolean late(LocalDate today) {
			return answerDue != null && answerDue.isBefore(today);
		}
	}

	private final JdbcClient jdbc;
	private final Boards boards;
	private final ProposalStore store;
	private final Authorization authorization;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Evaluation(JdbcClient jdbc, Boards boards, ProposalStore store, Authorization authorization,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.boards = boards;
		this.store = store;
		this.authorization = authorization;
		this.events = events;
		this.clock = clock;
	}

	public boolean mayEvaluate(CurrentAccount account, Board board) {
		return account != null && authorization.may(account, Permission.EVALUATE, board.space());
	}

	public void requireEvaluator(CurrentAccount account, Board board) {
		if (!mayEvaluate(account, board)) {
			throw DomainException.forbidden("proposals.not-evaluator");
		}
	}

	@Transactional(readOnly = true)
	public List<Queued> queue(CurrentAccount evaluator, Board board, int limit) {
		requireEvaluator(evaluator, board);
		return jdbc.sql("SELECT id, title, state, support_count, qualified_at, answer_due, evaluator, answer_text"
				+ " FROM proposal WHERE board_id = ? AND state IN ('PUBLISHED', 'EVALUATING') AND hidden = FALSE"
				+ " AND answer_published_at IS NULL"
				+ " ORDER BY CASE WHEN qualified_at IS NULL THEN 1 ELSE 0 END, answer_due, published_at, id"
				+ " FETCH FIRST ? ROWS ONLY")
			.params(board.id(), limit)
			.query((rs, n) -> new Queued(rs.getLong(1), rs.getString(2), ProposalState.valueOf(rs.getString(3)),
					rs.getInt(4), rs.getTimestamp(5) != null,
					rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(), rs.getString(7),
					rs.getString(8) != null))
			.list();
	}

	/** The evaluator takes the proposal; a published one goes under evaluation. */
	public void assign(CurrentAccount evaluator, long id, Actor actor) {
		Proposal proposal = store.get(id);
		requireEvaluator(evaluator, boards.board(proposal.boardId()));
		if (proposal.answerPublished() || !ProposalLifecycle.allows(proposal.state(), Change.ANSWER)) {
			throw DomainException.conflict("proposals.state-conflict");
		}
		jdbc.sql("UPDATE proposal SET evaluator = ?, updated_at = ?,"
				+ " state = CASE WHEN state = 'PUBLISHED' THEN 'EVALUATING' ELSE state END WHERE id = ?")
			.params(evaluator.principal(), OffsetDateTime.now(clock), id).update();
		if (proposal.state() == ProposalState.PUBLISHED) {
			events.publishEvent(new ProposalEvent(id, ProposalEvent.Kind.CHANGED, ProposalState.EVALUATING, actor,
					clock.instant()));
		}
	}

	/** Writes (or rewrites) the answer, not yet public. {@code outcome} is ACCEPTED, REJECTED or EVALUATING. */
	public void writeAnswer(CurrentAccount evaluator, long id, LocalizedText text, BigDecimal cost, String outcome) {
		Proposal proposal = store.get(id);
		requireEvaluator(evaluator, boards.board(proposal.boardId()));
		ProposalState target = ProposalLifecycle.outcome(outcome);
		if (!ProposalLifecycle.allows(proposal.state(), Change.ANSWER) || proposal.answerPublished()) {
			throw DomainException.conflict("proposals.state-conflict");
		}
		if (text == null || text.values().values().stream().anyMatch(t -> t.length() > 5000)) {
			throw DomainException.invalid("proposals.answer-length", 5000);
		}
		if (cost != null && (cost.signum() < 0 || cost.compareTo(new BigDecimal("1e13")) >= 0)) {
			throw DomainException.invalid("proposals.cost-invalid");
		}
		jdbc.sql("UPDATE proposal SET answer_text = ?, answer_cost = ?, answer_outcome = ?, evaluator ="
				+ " COALESCE(evaluator, ?), updated_at = ? WHERE id = ?")
			.params(text.toJson(), cost, target.name(), evaluator.principal(), OffsetDateTime.now(clock), id).update();
	}

	/** Publishes the written answer; the proposal takes the answer's state. */
	public void publishAnswer(CurrentAccount evaluator, long id, Actor actor) {
		Proposal proposal = store.get(id);
		Board board = boards.board(proposal.boardId());
		requireEvaluator(evaluator, board);
		if (proposal.answer() == null) {
			throw DomainException.conflict("proposals.answer-missing");
		}
		if (!boards.current(board).answersPublished()) {
			throw DomainException.forbidden("proposals.answers-closed");
		}
		if (proposal.answerPublished()) {
			throw DomainException.conflict("proposals.state-conflict");
		}
		ProposalLifecycle.require(proposal.state(), Change.ANSWER);
		ProposalState target = proposal.answerOutcome();
		OffsetDateTime now = OffsetDateTime.now(clock);
		int changed = jdbc.sql("UPDATE proposal SET state = ?, answer_published_at = ?, updated_at = ? WHERE id = ?"
				+ " AND answer_published_at IS NULL AND state IN (" + Change.ANSWER.sqlList() + ")")
			.params(target.name(), now, now, id).update();
		if (changed == 0) {
			throw DomainException.conflict("proposals.state-conflict");
		}
		events.publishEvent(new ProposalEvent(id, ProposalEvent.Kind.ANSWERED, target, actor, clock.instant()));
	}
}
