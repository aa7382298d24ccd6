package org.ortakakil.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.comments.CommentAdded;
import org.ortakakil.moderation.ModerationEvent;
import org.ortakakil.notifications.internal.Audience;
import org.ortakakil.notifications.internal.Fanout;
import org.ortakakil.notifications.internal.FollowStore;
import org.ortakakil.notifications.internal.NotificationKind;
import org.ortakakil.notifications.internal.NotificationStore;
import org.ortakakil.notifications.internal.NotificationTexts;
import org.ortakakil.proposals.ProposalEvent;
import org.ortakakil.proposals.ProposalState;
import org.ortakakil.proposals.ProposalSupported;
import org.ortakakil.proposals.ProposalView;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.ResourceRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each event reaches exactly the right people: followers of the space and of the districts for a published
 * proposal (once each, whichever they follow), followers and author for its qualification, answer and
 * withdrawal, followers of what a comment is on, the author for moderation; never whoever did it. Also:
 * who comes to follow what, a redelivered event writing nothing twice, and one statement for 100,000
 * followers.
 */
@IntegrationTest
class NotificationsIT {

	static final AtomicLong SPACES = new AtomicLong(900_000_000L + System.nanoTime() % 100_000_000L);

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ProposalsDouble proposals;

	@Autowired
	FollowStore follows;

	@Autowired
	Fanout fanout;

	@Autowired
	NotificationStore store;

	@Autowired
	NotificationTexts texts;

	@Autowired
	JdbcClient jdbc;

	static String someone(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	void publish(Object event) {
		transaction.executeWithoutResult(status -> events.publishEvent(event));
	}

	List<String> recipients(ResourceRef resource, NotificationKind kind) {
		return jdbc.sql("SELECT recipient FROM notification WHERE resource_type = ? AND resource_id = ? AND kind = ?"
				+ " ORDER BY recipient").params(resource.type(), resource.id(), kind.name()).query(String.class).list();
	}

	List<String> awaitRecipients(ResourceRef resource, NotificationKind kind) {
		Awaitility.await().atMost(Duration.ofSeconds(20))
			.until(() -> !recipients(resource, kind).isEmpty());
		return recipients(resource, kind);
	}

	ProposalEvent event(ProposalView p, ProposalEvent.Kind kind, ProposalState state, String actor) {
		return new ProposalEvent(p.id(), kind, state, new Actor(actor, "127.0.0.1"), Instant.now());
	}

	@Test
	void aProposalsLifeReachesItsFollowersSupportersAndAuthorButNeverWhoeverActed() {
		long space = SPACES.incrementAndGet();
		String author = someone("author");
		String spaceFollower = someone("space");
		String districtFollower = someone("district");
		String both = someone("both");
		String elsewhere = someone("elsewhere");
		follows.follow(spaceFollower, ResourceRef.of("process", space));
		follows.follow(districtFollower, ResourceRef.of("district", 1183));
		follows.follow(both, ResourceRef.of("process", space));
		follows.follow(both, ResourceRef.of("district", 1185));
		follows.follow(author, ResourceRef.of("process", space));
		follows.follow(elsewhere, ResourceRef.of("process", space + 1));
		ProposalView p = proposals.publish(space, List.of(1183, 1185), author, "Bebek’e bisiklet yolu");
		ResourceRef ref = ResourceRef.of("proposal", p.id());

		publish(event(p, ProposalEvent.Kind.PUBLISHED, ProposalState.PUBLISHED, author));
		assertThat(awaitRecipients(ref, NotificationKind.PROPOSAL_PUBLISHED))
			.containsExactlyInAnyOrder(spaceFollower, districtFollower, both);
		assertThat(follows.follows(author, ref)).as("authors follow their proposal").isTrue();

		String supporter = someone("supporter");
		String changedMind = someone("withdrew-support");
		String evaluator = someone("evaluator");
		follows.follow(evaluator, ref);
		publish(new ProposalSupported(p.id(), supporter, true, Instant.now()));
		publish(new ProposalSupported(p.id(), changedMind, true, Instant.now()));
		publish(new ProposalSupported(p.id(), changedMind, false, Instant.now()));
		Awaitility.await().atMost(Duration.ofSeconds(20))
			.until(() -> follows.follows(supporter, ref) && follows.follows(changedMind, ref));

		publish(event(p, ProposalEvent.Kind.QUALIFIED, ProposalState.EVALUATING, Actor.SYSTEM.name()));
		assertThat(awaitRecipients(ref, NotificationKind.PROPOSAL_QUALIFIED))
			.containsExactlyInAnyOrder(author, supporter, changedMind, evaluator);

		publish(event(p, ProposalEvent.Kind.ANSWERED, ProposalState.ACCEPTED, evaluator));
		assertThat(awaitRecipients(ref, NotificationKind.PROPOSAL_ANSWERED))
			.containsExactlyInAnyOrder(author, supporter, changedMind);
		var answered = store.page(supporter, true, null, 10).items().stream()
			.filter(n -> n.kind() == NotificationKind.PROPOSAL_ANSWERED).findFirst().orElseThrow();
		assertThat(texts.text(answered, Locale.forLanguageTag("tr")))
			.isEqualTo("“Bebek’e bisiklet yolu” önerisi yanıtlandı: kabul edildi.");
		assertThat(texts.text(answered, Locale.ENGLISH))
			.isEqualTo("The proposal “Bebek’e bisiklet yolu” has been answered: accepted.");
		assertThat(answered.path()).isEqualTo("/proposals/" + p.id());

		publish(event(p, ProposalEvent.Kind.WITHDRAWN, ProposalState.WITHDRAWN, author));
		assertThat(awaitRecipients(ref, NotificationKind.PROPOSAL_WITHDRAWN))
			.containsExactlyInAnyOrder(supporter, changedMind, evaluator);
	}

	@Test
	void aCommentReachesTheFollowersOfItsTargetButNotItsWriterWhoFollowsItThen() {
		ResourceRef target = ResourceRef.of("proposal", SPACES.incrementAndGet());
		String follower = someone("follower");
		String writer = someone("writer");
		follows.follow(follower, target);
		follows.follow(writer, target);
		publish(new CommentAdded(SPACES.incrementAndGet(), target, null, writer, new Actor(writer, "-"), Instant.now()));
		assertThat(awaitRecipients(target, NotificationKind.COMMENT_ADDED)).containsExactly(follower);

		String newcomer = someone("newcomer");
		publish(new CommentAdded(SPACES.incrementAndGet(), target, 1L, newcomer, new Actor(newcomer, "-"), Instant.now()));
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> follows.follows(newcomer, target));
		assertThat(recipients(target, NotificationKind.COMMENT_ADDED))
			.containsExactlyInAnyOrder(follower, follower, writer);
	}

	@Test
	void moderationTellsTheAuthorWhy() {
		ResourceRef comment = ResourceRef.of("comment", SPACES.incrementAndGet());
		String author = someone("author");
		String moderator = someone("moderator");
		follows.follow(moderator, comment);
		publish(new ModerationEvent(comment, ModerationEvent.Kind.HIDDEN, author, "SPAM",
				new Actor(moderator, "-"), Instant.now()));
		assertThat(awaitRecipients(comment, NotificationKind.CONTENT_HIDDEN)).containsExactly(author);
		var hidden = store.page(author, true, null, 5).items().get(0);
		assertThat(texts.text(hidden, Locale.forLanguageTag("tr"))).endsWith("Neden: istenmeyen ileti.");

		publish(new ModerationEvent(comment, ModerationEvent.Kind.RESTORED, author, "Yanlış şikâyet",
				new Actor(moderator, "-"), Instant.now()));
		assertThat(awaitRecipients(comment, NotificationKind.CONTENT_RESTORED)).containsExactly(author);

		ResourceRef user = ResourceRef.of("user", author);
		publish(new ModerationEvent(user, ModerationEvent.Kind.BLOCKED, author, "Tekrarlanan reklam",
				new Actor(moderator, "-"), Instant.now()));
		assertThat(awaitRecipients(user, NotificationKind.ACCOUNT_BLOCKED)).containsExactly(author);
		var blocked = store.page(author, false, null, 1).items().get(0);
		assertThat(texts.text(blocked, Locale.ENGLISH)).endsWith("Reason: Tekrarlanan reklam.");
	}

	@Test
	void anEventDeliveredAgainWritesNothingTwice() {
		ResourceRef space = ResourceRef.of("assembly", SPACES.incrementAndGet());
		follows.follow(someone("a"), space);
		follows.follow(someone("b"), space);
		String key = space + "/ANSWERED/1";
		Audience audience = Audience.followersOf(List.of(space), null);
		assertThat(fanout.notify(key, NotificationKind.PROPOSAL_ANSWERED, space, Map.of("title", "x"), audience))
			.isEqualTo(2);
		assertThat(fanout.notify(key, NotificationKind.PROPOSAL_ANSWERED, space, Map.of("title", "x"), audience))
			.isZero();
	}

	@Test
	void oneStatementReachesOneHundredThousandFollowers() {
		long space = SPACES.incrementAndGet();
		ResourceRef ref = ResourceRef.of("process", space);
		String prefix = someone("crowd") + "-";
		Integer written = transaction.execute(status -> {
			status.setRollbackOnly(); // nothing stays for the other tests and the mail job
			FollowerSeeds.seed(jdbc, ref, prefix, 100_000);
			follows.follow(prefix + "3", ResourceRef.of("district", 1183)); // also follows a district: once
			int n = fanout.notify(ref + "/ANSWERED/1", NotificationKind.PROPOSAL_ANSWERED, ref, Map.of("title", "x"),
					new Audience(List.of(ref, ResourceRef.of("district", 1183)), List.of(prefix + "7"), prefix + "0"));
			assertThat(jdbc.sql("SELECT COUNT(DISTINCT recipient) FROM notification WHERE event_key = ?")
				.param(ref + "/ANSWERED/1").query(Long.class).single()).isEqualTo(n);
			return jdbc.sql("SELECT COUNT(*) FROM notification WHERE event_key = ? AND recipient LIKE ?")
				.params(ref + "/ANSWERED/1", prefix + "%").query(Integer.class).single();
		});
		assertThat(written).as("100,000 followers, the actor left out, one row each").isEqualTo(99_999);
	}
}
