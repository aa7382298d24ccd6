package org.ortakakil.proposals.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.ortakakil.identity.Authorization;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Permission;
import org.ortakakil.proposals.internal.BoardSettings.SupportScope;
import org.ortakakil.shared.DomainException;
import org.ortakakil.spaces.AssemblyView;
import org.ortakakil.spaces.ProcessView;
import org.ortakakil.spaces.ScopeType;
import org.ortakakil.spaces.SpaceKind;
import org.ortakakil.spaces.Spaces;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Boards and their settings per phase. A board is opened by a space's administrators; its settings have a
 * default row (phase key '') that a process may override for one of its phases.
 */
@Service
@Transactional
public class Boards {

	private final JdbcClient jdbc;
	private final Spaces spaces;
	private final Authorization authorization;
	private final Clock clock;

	Boards(JdbcClient jdbc, Spaces spaces, Authorization authorization, Clock clock) {
		this.jdbc = jdbc;
		this.spaces = spaces;
		this.authorization = authorization;
		this.clock = clock;
	}

	/** The space named by a page parameter: process:12, assembly:3, or a slug of either. */
	public Board bySpaceParam(String param) {
		SpaceKind kind;
		long id;
		if (param == null || param.isBlank()) {
			throw DomainException.notFound("proposals.board-not-found", "");
		}
		String[] parts = param.strip().split(":", 2);
		try {
			if (parts.length == 2 && parts[0].equals("process")) {
				kind = SpaceKind.PROCESS;
				id = Long.parseLong(parts[1]);
			}
			else if (parts.length == 2 && parts[0].equals("assembly")) {
				kind = SpaceKind.ASSEMBLY;
				id = Long.parseLong(parts[1]);
			}
			else {
				Optional<ProcessView> process = spaces.process(param.strip());
				kind = process.isPresent() ? SpaceKind.PROCESS : SpaceKind.ASSEMBLY;
				id = process.map(ProcessView::id).orElseGet(() -> spaces.assembly(param.strip()).map(AssemblyView::id)
					.orElseThrow(() -> DomainException.notFound("proposals.board-not-found", param)));
			}
		}
		catch (NumberFormatException e) {
			throw DomainException.notFound("proposals.board-not-found", param);
		}
		return forSpace(kind, id).orElseThrow(() -> DomainException.notFound("proposals.board-not-found", param));
	}

	@Transactional(readOnly = true)
	public Optional<Board> forSpace(SpaceKind kind, long spaceId) {
		return jdbc.sql("SELECT id FROM proposal_board WHERE space_kind = ? AND space_id = ?")
			.params(kind.name(), spaceId).query(Long.class).optional().flatMap(id -> describe(id, kind, spaceId));
	}

	@Transactional(readOnly = true)
	/** Whether the process has a proposals board: its page links to the proposals only then. */
	public boolean processHasBoard(long processId) {
		return forSpace(SpaceKind.PROCESS, processId).isPresent();
	}

	public Board board(long boardId) {
		return jdbc.sql("SELECT space_kind, space_id FROM proposal_board WHERE id = ?").param(boardId)
			.query((rs, n) -> describe(boardId, SpaceKind.valueOf(rs.getString(1)), rs.getLong(2)))
			.optional().flatMap(b -> b)
			.orElseThrow(() -> DomainException.notFound("proposals.board-not-found", boardId));
	}

	private Optional<Board> describe(long boardId, SpaceKind kind, long spaceId) {
		if (kind == SpaceKind.PROCESS) {
			return spaces.process(spaceId).map(p -> new Board(boardId, kind, spaceId, p.title(),
					p.scopeType() == ScopeType.DISTRICTS ? p.districtIds() : List.of(),
					p.scopeType() == ScopeType.NEIGHBOURHOOD ? p.neighbourhoodId() : null,
					p.activePhase() == null ? "" : p.activePhase().key()));
		}
		return spaces.assembly(spaceId)
			.map(a -> new Board(boardId, kind, spaceId, a.title(), a.districtIds(), null, ""));
	}

	/** Opens the board of a space (its administrators only); returns the existing one when there is one. */
	public long open(CurrentAccount admin, SpaceKind kind, long spaceId) {
		requireAdmin(admin, kind, spaceId);
		Optional<Long> existing = jdbc.sql("SELECT id FROM proposal_board WHERE space_kind = ? AND space_id = ?")
			.params(kind.name(), spaceId).query(Long.class).optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		boolean exists = kind == SpaceKind.PROCESS ? spaces.process(spaceId).isPresent()
				: spaces.assembly(spaceId).isPresent();
		if (!exists) {
			throw DomainException.notFound("proposals.board-not-found", spaceId);
		}
		jdbc.sql("INSERT INTO proposal_board (space_kind, space_id, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
			.params(kind.name(), spaceId, OffsetDateTime.now(clock)).update();
		long id = jdbc.sql("SELECT id FROM proposal_board WHERE space_kind = ? AND space_id = ?")
			.params(kind.name(), spaceId).query(Long.class).single();
		save(id, "", BoardSettings.defaults());
		return id;
	}

	public void requireAdmin(CurrentAccount account, SpaceKind kind, long spaceId) {
		authorization.require(account, Permission.ADMINISTER_SPACE, org.ortakakil.shared.ResourceRef.of(kind.resourceType(), spaceId));
	}

	/** Saves the settings of one phase (or the default row, phase key ''), as an administrator. */
	public void configure(CurrentAccount admin, long boardId, String phaseKey, BoardSettings settings) {
		Board board = board(boardId);
		requireAdmin(admin, board.kind(), board.spaceId());
		String key = phaseKey == null ? "" : phaseKey.strip();
		if (!key.isEmpty() && (board.kind() != SpaceKind.PROCESS || spaces.process(board.spaceId()).stream()
			.flatMap(p -> p.phases().stream()).noneMatch(ph -> ph.key().equals(key)))) {
			throw DomainException.invalid("proposals.phase-unknown", key);
		}
		save(boardId, key, settings);
	}

	void save(long boardId, String phaseKey, BoardSettings s) {
		jdbc.sql("DELETE FROM proposal_board_settings WHERE board_id = ? AND phase_key = ?").params(boardId, phaseKey)
			.update();
		jdbc.sql("INSERT INTO proposal_board_settings (board_id, phase_key, creation_open, supports_open, support_limit,"
				+ " support_threshold, support_scope, comments_open, answers_published, answer_days)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(boardId, phaseKey, s.creationOpen(), s.supportsOpen(), s.supportLimit(), s.supportThreshold(),
					s.supportScope().name(), s.commentsOpen(), s.answersPublished(), s.answerDays())
			.update();
	}

	/** The settings in force now: the active phase's row, else the default row. */
	@Transactional(readOnly = true)
	public BoardSettings current(Board board) {
		return settings(board.id(), board.phaseKey()).or(() -> settings(board.id(), ""))
			.orElse(BoardSettings.defaults());
	}

	@Transactional(readOnly = true)
	public Optional<BoardSettings> settings(long boardId, String phaseKey) {
		return jdbc.sql("SELECT creation_open, supports_open, support_limit, support_threshold, support_scope,"
				+ " comments_open, answers_published, answer_days FROM proposal_board_settings"
				+ " WHERE board_id = ? AND phase_key = ?")
			.params(boardId, phaseKey == null ? "" : phaseKey)
			.query((rs, n) -> new BoardSettings(rs.getBoolean(1), rs.getBoolean(2), (Integer) rs.getObject(3),
					(Integer) rs.getObject(4), SupportScope.valueOf(rs.getString(5)), rs.getBoolean(6),
					rs.getBoolean(7), rs.getInt(8)))
			.optional();
	}
}
