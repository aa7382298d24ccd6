package org.ortakakil.moderation.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.moderation.ModeratedContent.Content;
import org.ortakakil.moderation.ModerationEvent;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.ResourceRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports by logged-in people: one per person and resource (a unique constraint; reporting again changes
 * nothing). When the open reports on a piece of content reach the configured number it is hidden at once,
 * pending a moderator's review. Reports on a user only put the user in the queue: people are blocked by an
 * administrator, never automatically.
 */
@Service
@Transactional
public class Reports {

	public static final int NOTE_MAX = 1000;

	private final ContentDirectory directory;
	private final ItemStore items;
	private final JdbcBlocks blocks;
	private final AuthorNotice notice;
	private final ApplicationEventPublisher events;
	private final ModerationProperties properties;
	private final Clock clock;

	Reports(ContentDirectory directory, ItemStore items, JdbcBlocks blocks, AuthorNotice notice,
			ApplicationEventPublisher events, ModerationProperties properties, Clock clock) {
		this.directory = directory;
		this.items = items;
		this.blocks = blocks;
		this.notice = notice;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** Records the report; returns the content reported, for the page to go back to. */
	public Content report(CurrentAccount reporter, ResourceRef resource, Reason reason, String note) {
		if (reporter == null) {
			throw DomainException.forbidden("moderation.login-required");
		}
		if (blocks.isBlocked(reporter.principal())) {
			throw DomainException.forbidden("moderation.blocked");
		}
		String cleanNote = note(note);
		Content content = directory.describe(resource);
		if (content.hidden()) {
			throw DomainException.conflict("moderation.already-hidden");
		}
		if (reporter.principal().equals(content.author())) {
			throw DomainException.invalid("moderation.own-content");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		ItemStore.State before = items.lock(content, now);
		if (before.hidden()) {
			throw DomainException.conflict("moderation.already-hidden");
		}
		if (!items.addReport(resource, reporter.principal(), reason, cleanNote, now)) {
			return content;
		}
		boolean user = ContentDirectory.USER.equals(resource.type());
		if (!user && before.openReports() + 1 >= properties.hideAfter()) {
			hideAutomatically(content, now);
		}
		return content;
	}

	/** The note stripped, null when blank; INVALID when longer than {@link #NOTE_MAX}. */
	static String note(String note) {
		String clean = note == null || note.isBlank() ? null : note.strip();
		if (clean != null && clean.codePointCount(0, clean.length()) > NOTE_MAX) {
			throw DomainException.invalid("moderation.note-too-long", NOTE_MAX);
		}
		return clean;
	}

	private void hideAutomatically(Content content, OffsetDateTime now) {
		ResourceRef resource = content.resource();
		Reason reason = items.mostFrequentReason(resource).orElse(Reason.DOES_NOT_BELONG);
		directory.setHidden(resource, true);
		items.settle(resource, true, true, true, now);
		events.publishEvent(new ModerationEvent(resource, ModerationEvent.Kind.HIDDEN, content.author(), reason.name(),
				Actor.SYSTEM, now.toInstant()));
		notice.tell(content.author(), ModerationEvent.Kind.HIDDEN, content.excerpt(), reason, null, content.path());
	}
}
