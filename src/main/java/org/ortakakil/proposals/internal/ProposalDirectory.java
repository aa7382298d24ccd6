package org.ortakakil.proposals.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.ortakakil.comments.Commentable;
import org.ortakakil.moderation.ModeratedContent;
import org.ortakakil.proposals.ProposalEvent;
import org.ortakakil.proposals.ProposalState;
import org.ortakakil.proposals.ProposalView;
import org.ortakakil.proposals.Proposals;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.ResourceRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals as other modules see them: the {@link Proposals} facade, the {@link Commentable} answer for
 * {@code proposal:<id>} (comments open as the board's current phase says, never on drafts or hidden ones)
 * and the {@link ModeratedContent} answer (hiding sets a flag and tells listeners HIDDEN or RESTORED).
 */
@Service
@Transactional
class ProposalDirectory implements Proposals, Commentable {

	static final String TYPE = "proposal";

	private final ProposalStore store;
	private final Boards boards;

	ProposalDirectory(ProposalStore store, Boards boards) {
		this.store = store;
		this.boards = boards;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ProposalView> find(long id) {
		return store.view(id);
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> supporters(long proposalId) {
		return store.supporters(proposalId);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Target> describe(ResourceRef resource) {
		return proposal(resource).filter(p -> p.state() != ProposalState.DRAFT).map(p -> {
			Board board = boards.board(p.boardId());
			boolean open = !p.hidden() && p.state() != ProposalState.WITHDRAWN && boards.current(board).commentsOpen();
			return new Target(resource, p.title(), path(p.id()), board.space(), open);
		});
	}

	/** The moderation side: described with an excerpt of the body; hiding sets the flag. */
	@Service
	@Transactional
	static class Moderated implements ModeratedContent {

		private final ProposalStore store;
		private final Boards boards;
		private final JdbcClient jdbc;
		private final ApplicationEventPublisher events;
		private final Clock clock;

		Moderated(ProposalStore store, Boards boards, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
			this.store = store;
			this.boards = boards;
			this.jdbc = jdbc;
			this.events = events;
			this.clock = clock;
		}

		@Override
		@Transactional(readOnly = true)
		public Optional<Content> describe(ResourceRef resource) {
			return proposal(store, resource).filter(p -> p.state() != ProposalState.DRAFT).map(p -> {
				String plain = SafeMarkdown.plain(p.title() + " — " + p.body());
				return new Content(resource, p.author(), plain.length() > 280 ? plain.substring(0, 280) + "…" : plain,
						"/proposals/" + p.id(), boards.board(p.boardId()).space(), p.hidden());
			});
		}

		@Override
		public void setHidden(ResourceRef resource, boolean hidden) {
			proposal(store, resource).ifPresent(p -> {
				int changed = jdbc.sql("UPDATE proposal SET hidden = ?, updated_at = ? WHERE id = ? AND hidden <> ?")
					.params(hidden, OffsetDateTime.now(clock), p.id(), hidden).update();
				if (changed == 1) {
					events.publishEvent(new ProposalEvent(p.id(),
							hidden ? ProposalEvent.Kind.HIDDEN : ProposalEvent.Kind.RESTORED, p.state(), Actor.SYSTEM,
							clock.instant()));
				}
			});
		}
	}

	private Optional<Proposal> proposal(ResourceRef resource) {
		return proposal(store, resource);
	}

	static Optional<Proposal> proposal(ProposalStore store, ResourceRef resource) {
		if (resource == null || !TYPE.equals(resource.type()) || !resource.id().matches("\\d{1,18}")) {
			return Optional.empty();
		}
		return store.find(Long.parseLong(resource.id()));
	}
}
