package org.ortakakil.moderation.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.moderation.ModeratedContent.Content;
import org.ortakakil.moderation.ModerationEvent;
import org.ortakakil.moderation.ReportsDismissed;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.ResourceRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What moderators do: hide content, restore it, dismiss the reports on it (which also restores what was
 * hidden automatically); and what administrators do: block and unblock a person. Each act is published as
 * an auditable event and its author is told why.
 */
@Service
@Transactional
public class ModerationActs {

	private final ContentDirectory directory;
	private final ItemStore items;
	private final ModerationAccess access;
	private final AuthorNotice notice;
	private final ApplicationEventPublisher events;
	private final JdbcClient jdbc;
	private final Clock clock;

	ModerationActs(ContentDirectory directory, ItemStore items, ModerationAccess access, AuthorNotice notice,
			ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
		this.directory = directory;
		this.items = items;
		this.access = access;
		this.notice = notice;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void hide(CurrentAccount moderator, ResourceRef resource, Reason reason, String note, Actor actor) {
		String cleanNote = Reports.note(note);
		Content content = moderated(moderator, resource);
		if (content.hidden()) {
			throw DomainException.conflict("moderation.already-hidden");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		items.lock(content, now);
		directory.setHidden(resource, true);
		items.settle(resource, true, false, false, now);
		publish(content, ModerationEvent.Kind.HIDDEN, reason, cleanNote, actor, now);
	}

	public void restore(CurrentAccount moderator, ResourceRef resource, String note, Actor actor) {
		String cleanNote = Reports.note(note);
		Content content = moderated(moderator, resource);
		if (!content.hidden()) {
			throw DomainException.conflict("moderation.not-hidden");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		items.lock(content, now);
		restore(content, cleanNote, actor, now);
	}

	/** The open reports were unfounded: they are closed, and content hidden because of them is shown again. */
	public void dismiss(CurrentAccount moderator, ResourceRef resource, Actor actor) {
		Content content = moderated(moderator, resource);
		OffsetDateTime now = OffsetDateTime.now(clock);
		ItemStore.State state = items.lock(content, now);
		boolean wasAutoHidden = state.hidden() && state.autoHidden() && content.hidden();
		int reports = items.settle(resource, state.hidden(), state.autoHidden(), false, now);
		events.publishEvent(new ReportsDismissed(resource, reports, actor, now.toInstant()));
		if (wasAutoHidden) {
			restore(content, null, actor, now);
		}
	}

	public void block(CurrentAccount administrator, String principal, Reason reason, String note, Actor actor) {
		access.requireAdministrator(administrator);
		Content user = directory.describe(new ResourceRef(ContentDirectory.USER, principal));
		if (principal.equals(administrator.principal())) {
			throw DomainException.invalid("moderation.block-self");
		}
		String cleanNote = Reports.note(note);
		OffsetDateTime now = OffsetDateTime.now(clock);
		int added = jdbc.sql("INSERT INTO moderation_block (principal, reason, note, blocked_by, blocked_at)"
				+ " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
			.params(principal, reason.name(), cleanNote, administrator.principal(), now).update();
		if (added == 0) {
			return;
		}
		items.lock(user, now);
		items.settle(user.resource(), false, false, false, now);
		events.publishEvent(new ModerationEvent(user.resource(), ModerationEvent.Kind.BLOCKED, principal, reason.name(),
				actor, now.toInstant()));
		notice.tell(principal, ModerationEvent.Kind.BLOCKED, null, reason, cleanNote, null);
	}

	public void unblock(CurrentAccount administrator, String principal, Actor actor) {
		access.requireAdministrator(administrator);
		int removed = jdbc.sql("DELETE FROM moderation_block WHERE principal = ?").param(principal).update();
		if (removed == 0) {
			return;
		}
		ResourceRef user = new ResourceRef(ContentDirectory.USER, principal);
		events.publishEvent(new ModerationEvent(user, ModerationEvent.Kind.UNBLOCKED, principal, null, actor,
				OffsetDateTime.now(clock).toInstant()));
		notice.tell(principal, ModerationEvent.Kind.UNBLOCKED, null, null, null, null);
	}

	private void restore(Content content, String note, Actor actor, OffsetDateTime now) {
		directory.setHidden(content.resource(), false);
		items.settle(content.resource(), false, false, false, now);
		publish(content, ModerationEvent.Kind.RESTORED, null, note, actor, now);
	}

	private void publish(Content content, ModerationEvent.Kind kind, Reason reason, String note, Actor actor,
			OffsetDateTime now) {
		events.publishEvent(new ModerationEvent(content.resource(), kind, content.author(),
				reason == null ? null : reason.name(), actor, now.toInstant()));
		notice.tell(content.author(), kind, content.excerpt(), reason, note, content.path());
	}

	/** The content, if this account may moderate it; users are content only for global moderators. */
	private Content moderated(CurrentAccount moderator, ResourceRef resource) {
		Content content = directory.describe(resource);
		access.requireModerator(moderator, content.space());
		return content;
	}
}
