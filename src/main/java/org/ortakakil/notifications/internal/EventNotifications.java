package org.ortakakil.notifications.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ortakakil.comments.CommentAdded;
import org.ortakakil.comments.Commentable;
import org.ortakakil.moderation.ModeratedContent;
import org.ortakakil.moderation.ModerationEvent;
import org.ortakakil.proposals.ProposalEvent;
import org.ortakakil.proposals.ProposalSupported;
import org.ortakakil.proposals.ProposalView;
import org.ortakakil.proposals.Proposals;
import org.ortakakil.shared.ResourceRef;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The events of proposals, comments and moderation become notifications, each with one set-based
 * {@link Fanout}: a published proposal reaches the followers of its space and of its districts; its
 * qualification, answer or withdrawal reaches its followers (its supporters follow it when they support)
 * and its author; a comment reaches the followers of what it is on; a moderation act reaches the author
 * concerned. Never the person who did it. Authors follow their proposal, supporters what they supported,
 * writers what they commented on.
 */
@Component
class EventNotifications {

	private final Fanout fanout;
	private final FollowStore follows;
	private final ObjectProvider<Proposals> proposals;
	private final List<Commentable> commentables;
	private final List<ModeratedContent> moderated;

	EventNotifications(Fanout fanout, FollowStore follows, ObjectProvider<Proposals> proposals,
			List<Commentable> commentables, List<ModeratedContent> moderated) {
		this.fanout = fanout;
		this.follows = follows;
		this.proposals = proposals;
		this.commentables = commentables;
		this.moderated = moderated;
	}

	@ApplicationModuleListener
	void on(ProposalEvent event) {
		NotificationKind kind = switch (event.kind()) {
			case PUBLISHED -> NotificationKind.PROPOSAL_PUBLISHED;
			case QUALIFIED -> NotificationKind.PROPOSAL_QUALIFIED;
			case ANSWERED -> NotificationKind.PROPOSAL_ANSWERED;
			case WITHDRAWN -> NotificationKind.PROPOSAL_WITHDRAWN;
			default -> null;
		};
		Proposals all = proposals.getIfAvailable();
		if (kind == null || all == null) {
			return;
		}
		all.find(event.proposalId()).ifPresent(p -> proposal(all, p, event, kind));
	}

	private void proposal(Proposals all, ProposalView proposal, ProposalEvent event, NotificationKind kind) {
		ResourceRef ref = event.resource();
		Map<String, String> params = new LinkedHashMap<>();
		params.put("title", proposal.title());
		params.put("path", all.path(proposal.id()));
		params.put("state", (event.state() == null ? proposal.state() : event.state()).name());
		String key = ref + "/" + event.kind() + "/" + event.occurredAt().toEpochMilli();
		if (kind == NotificationKind.PROPOSAL_PUBLISHED) {
			follows.follow(proposal.author(), ref);
			if (proposal.hidden()) {
				return;
			}
			List<ResourceRef> followed = new ArrayList<>();
			followed.add(ResourceRef.of(proposal.spaceKind().resourceType(), proposal.spaceId()));
			proposal.districtIds().forEach(d -> followed.add(ResourceRef.of("district", d)));
			fanout.notify(key, kind, ref, params, Audience.followersOf(followed, proposal.author()));
		}
		else {
			fanout.notify(key, kind, ref, params,
					new Audience(List.of(ref), List.of(proposal.author()), event.actor().name()));
		}
	}

	@ApplicationModuleListener
	void on(ProposalSupported event) {
		if (event.added()) {
			follows.follow(event.principal(), ResourceRef.of("proposal", event.proposalId()));
		}
	}

	@ApplicationModuleListener
	void on(CommentAdded event) {
		ResourceRef target = event.target();
		Map<String, String> params = new LinkedHashMap<>();
		commentables.stream().flatMap(c -> c.describe(target).stream()).findFirst().ifPresent(t -> {
			params.put("title", t.title());
			params.put("path", t.path() + "#comment-" + event.commentId());
		});
		fanout.notify("comment:" + event.commentId() + "/ADDED", NotificationKind.COMMENT_ADDED, target, params,
				Audience.followersOf(List.of(target), event.author()));
		follows.follow(event.author(), target);
	}

	@ApplicationModuleListener
	void on(ModerationEvent event) {
		NotificationKind kind = switch (event.kind()) {
			case HIDDEN -> NotificationKind.CONTENT_HIDDEN;
			case RESTORED -> NotificationKind.CONTENT_RESTORED;
			case BLOCKED -> NotificationKind.ACCOUNT_BLOCKED;
			default -> null;
		};
		if (kind == null || event.author() == null) {
			return;
		}
		Map<String, String> params = new LinkedHashMap<>();
		if (event.reason() != null) {
			params.put("reason", event.reason());
		}
		moderated.stream().flatMap(m -> m.describe(event.resource()).stream()).findFirst().ifPresent(c -> {
			params.put("title", c.excerpt());
			if (c.path() != null) {
				params.put("path", c.path());
			}
		});
		String key = event.resource() + "/" + event.kind() + "/" + event.occurredAt().toEpochMilli();
		fanout.notify(key, kind, event.resource(), params, new Audience(List.of(), List.of(event.author()), null));
		// the moderation module mails the author why, at once; a second mail would say the same
		fanout.inAppOnly(key);
	}
}
