package org.ortakakil.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.comments.internal.CommentGenerator;
import org.ortakakil.comments.internal.CommentReader;
import org.ortakakil.comments.internal.Comments;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.moderation.ModeratedContent;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.ResourceRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Threads through the module's services on the test database: three levels, alignment, votes once per
 * person (in parallel too), the edit window, deletion and hiding leaving notices, keyset pages without
 * duplicates or gaps, bad bodies, blocked accounts and closed or unknown targets.
 */
@IntegrationTest
@RecordApplicationEvents
class CommentsIT {

	static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);
	static final Actor ACTOR = new Actor("test", "127.0.0.1");

	@Autowired
	Comments comments;

	@Autowired
	CommentReader reader;

	@Autowired
	CommentThreads threads;

	@Autowired
	List<ModeratedContent> moderated;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CommentGenerator generator;

	@Autowired
	ApplicationEvents events;

	static CurrentAccount someone() {
		long id = IDS.incrementAndGet();
		return new CurrentAccount(id, "c" + id, "Yorumcu " + id, null, "tr", List.of(), Optional.empty(), null);
	}

	static ResourceRef thing() {
		return ResourceRef.of(TestThings.TYPE, "t" + IDS.incrementAndGet());
	}

	long write(CurrentAccount author, ResourceRef target, Long replyTo, String body) {
		return comments.write(author, target, replyTo, "NEUTRAL", body, ACTOR);
	}

	@Test
	void threadsAreThreeLevelsDeepAndAReplyToTheDeepestGoesBesideIt() {
		ResourceRef target = thing();
		CurrentAccount ayse = someone();
		CurrentAccount mehmet = someone();
		long root = comments.write(ayse, target, null, "FOR", "Parka bank gerek.", ACTOR);
		long one = comments.write(mehmet, target, root, "AGAINST", "Bence gerek yok.", ACTOR);
		long two = write(ayse, target, one, "Yaşlılar için gerek.");
		long three = write(mehmet, target, two, "Haklısınız.");

		CommentThread thread = threads.firstPage(target, ayse.principal());
		assertThat(thread.count()).isEqualTo(4);
		assertThat(thread.mayWrite()).isTrue();
		CommentView top = thread.comments().get(0);
		assertThat(top.id()).isEqualTo(root);
		assertThat(top.alignment()).isEqualTo("FOR");
		assertThat(top.authorName()).isEqualTo(ayse.displayName());
		assertThat(top.replies()).extracting(CommentView::id).containsExactly(one);
		CommentView level1 = top.replies().get(0);
		assertThat(level1.depth()).isEqualTo(1);
		assertThat(level1.alignment()).isEqualTo("AGAINST");
		assertThat(level1.replies()).extracting(CommentView::id).containsExactly(two, three);
		assertThat(level1.replies()).extracting(CommentView::depth).containsExactly(2, 2);
		assertThat(level1.replies()).extracting(CommentView::parentId).containsOnly(one);
		assertThat(top.moreReplies()).isFalse();

		var added = events.stream(CommentAdded.class).filter(e -> e.target().equals(target)).toList();
		assertThat(added).extracting(CommentAdded::commentId).containsExactly(root, one, two, three);
		assertThat(added.get(3).parentId()).isEqualTo(one);
		assertThatThrownBy(() -> comments.write(ayse, target, null, "MAYBE", "Belki.", ACTOR))
			.hasMessage("comments.alignment-unknown");
	}

	@Test
	void oneVotePerPersonChangeableAndCountedInTheRow() {
		ResourceRef target = thing();
		CurrentAccount author = someone();
		CurrentAccount voter = someone();
		long id = write(author, target, null, "Oy verin.");
		comments.vote(voter, id, 1);
		comments.vote(voter, id, 1);
		assertThat(votes(id)).containsExactly(1, 0);
		assertThat(threads.firstPage(target, voter.principal()).comments().get(0).myVote()).isEqualTo(1);
		comments.vote(voter, id, -1);
		assertThat(votes(id)).containsExactly(0, 1);
		comments.vote(voter, id, 0);
		assertThat(votes(id)).containsExactly(0, 0);
		assertThatThrownBy(() -> comments.vote(author, id, 1)).hasMessage("comments.own-vote");
		assertThatThrownBy(() -> comments.vote(voter, id, 2)).hasMessage("comments.vote-unknown");
	}

	@Test
	void parallelVotesOfOnePersonCountOnceAndOfManyEach() throws Exception {
		ResourceRef target = thing();
		long id = write(someone(), target, null, "Herkes oy versin.");
		CurrentAccount voter = someone();
		List<Callable<Object>> tasks = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			tasks.add(() -> {
				comments.vote(voter, id, 1);
				return null;
			});
			CurrentAccount other = someone();
			tasks.add(() -> {
				comments.vote(other, id, -1);
				return null;
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			for (Future<Object> done : pool.invokeAll(tasks)) {
				done.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(votes(id)).containsExactly(1, 30);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM comment_vote WHERE comment_id = ? AND vote = 1").param(id)
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM comment_vote WHERE comment_id = ?").param(id)
			.query(Integer.class).single()).isEqualTo(31);
	}

	@Test
	void theAuthorEditsWithinFifteenMinutesOnly() {
		ResourceRef target = thing();
		CurrentAccount author = someone();
		long id = write(author, target, null, "Yazım hatsı.");
		comments.edit(author, id, "Yazım hatası.");
		CommentView edited = threads.firstPage(target, author.principal()).comments().get(0);
		assertThat(edited.bodyHtml()).isEqualTo("<p>Yazım hatası.</p>");
		assertThat(edited.editedAt()).isNotNull();
		assertThat(edited.editable()).isTrue();
		assertThatThrownBy(() -> comments.edit(someone(), id, "Başkası")).hasMessage("comments.not-author");

		jdbc.sql("UPDATE comment SET created_at = ? WHERE id = ?").params(OffsetDateTime.now().minusMinutes(16), id).update();
		assertThatThrownBy(() -> comments.edit(author, id, "Çok geç."))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT))
			.hasMessage("comments.edit-window-over");
		CommentView late = threads.firstPage(target, author.principal()).comments().get(0);
		assertThat(late.bodyHtml()).isEqualTo("<p>Yazım hatası.</p>");
		assertThat(late.editable()).isFalse();
	}

	@Test
	void deletedAndHiddenCommentsLeaveNoticesAndTheirRepliesStay() {
		ResourceRef target = thing();
		CurrentAccount author = someone();
		long deleted = write(author, target, null, "Geri alacağım.");
		long reply = write(someone(), target, deleted, "Yanıt kalır.");
		long spam = write(someone(), target, null, "Ucuz ilaç satılır!");
		assertThatThrownBy(() -> comments.delete(someone(), deleted)).hasMessage("comments.not-author");
		comments.delete(author, deleted);

		ModeratedContent moderation = moderated.stream()
			.filter(m -> m.describe(ResourceRef.of("comment", spam)).isPresent())
			.findFirst()
			.orElseThrow();
		ModeratedContent.Content content = moderation.describe(ResourceRef.of("comment", spam)).orElseThrow();
		assertThat(content.excerpt()).isEqualTo("Ucuz ilaç satılır!");
		assertThat(content.path()).endsWith("#comment-" + spam);
		assertThat(content.hidden()).isFalse();
		moderation.setHidden(ResourceRef.of("comment", spam), true);
		moderation.setHidden(ResourceRef.of("comment", spam), true);
		assertThat(moderation.describe(ResourceRef.of("comment", spam)).orElseThrow().hidden()).isTrue();
		assertThat(moderation.describe(ResourceRef.of("user", "x"))).isEmpty();

		CommentThread thread = threads.firstPage(target, null);
		assertThat(thread.count()).isEqualTo(1);
		assertThat(thread.comments()).extracting(CommentView::state).containsExactly("HIDDEN", "DELETED");
		assertThat(thread.comments()).extracting(CommentView::bodyHtml).containsOnly("");
		assertThat(thread.comments().get(1).replies()).extracting(CommentView::id).containsExactly(reply);
		assertThat(jdbc.sql("SELECT body FROM comment WHERE id = ?").param(deleted).query(String.class).single()).isEmpty();
		assertThatThrownBy(() -> write(someone(), target, spam, "Yanıt")).hasMessage("comments.parent-gone");
		assertThatThrownBy(() -> comments.vote(someone(), spam, 1)).hasMessage("comments.gone");

		moderation.setHidden(ResourceRef.of("comment", spam), false);
		assertThat(threads.firstPage(target, null).comments().get(0).bodyHtml()).contains("Ucuz ilaç");
		assertThat(threads.firstPage(target, null).count()).isEqualTo(2);
	}

	@Test
	void keysetPagesHaveNoDuplicatesOrGapsEvenWithEqualTimes() {
		ResourceRef target = thing();
		CurrentAccount author = someone();
		List<Long> written = new ArrayList<>();
		for (int i = 0; i < 2 * CommentReader.PAGE + 13; i++) {
			written.add(write(author, target, null, "Yorum " + i));
		}
		// a third of them written in the same microsecond, spanning a page boundary
		jdbc.sql("UPDATE comment SET created_at = ? WHERE id IN (:ids)".replace(":ids",
				String.join(",", written.subList(10, 35).stream().map(String::valueOf).toList())))
			.param(OffsetDateTime.parse("2026-11-26T12:00:00.123456Z"))
			.update();
		List<Long> seen = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			CommentThread page = reader.page(target, cursor, null);
			page.comments().forEach(c -> seen.add(c.id()));
			cursor = page.nextCursor();
			pages++;
		}
		while (cursor != null);
		assertThat(pages).isEqualTo(3);
		assertThat(seen).hasSize(written.size()).doesNotHaveDuplicates();
		assertThat(new LinkedHashSet<>(seen)).isEqualTo(Set.copyOf(written).stream().collect(
				java.util.stream.Collectors.toSet()).stream().sorted().collect(java.util.stream.Collectors.toSet()));
		List<OffsetDateTime> times = jdbc.sql("SELECT created_at FROM comment WHERE target_id = ? ORDER BY created_at DESC, id DESC")
			.param(target.id()).query(OffsetDateTime.class).list();
		assertThat(seen).isEqualTo(jdbc.sql("SELECT id FROM comment WHERE target_id = ? ORDER BY created_at DESC, id DESC")
			.param(target.id()).query(Long.class).list());
		assertThat(times).hasSize(written.size());
		assertThatThrownBy(() -> reader.page(target, "nonsense", null)).hasMessage("comments.cursor-invalid");
	}

	@Test
	void badBodiesAreRefusedAndNothingIsStored() {
		ResourceRef target = thing();
		CurrentAccount author = someone();
		assertThatThrownBy(() -> write(author, target, null, "   ")).hasMessage("comments.body-empty");
		assertThatThrownBy(() -> write(author, target, null, "x".repeat(10 * 1024 * 1024)))
			.hasMessage("comments.body-too-long");
		assertThat(threads.firstPage(target, null).comments()).isEmpty();
		write(author, target, null, "<script>alert('x')</script> <a href=\"javascript:alert(1)\">tık</a> https://ibb.istanbul");
		String html = threads.firstPage(target, null).comments().get(0).bodyHtml();
		assertThat(html).doesNotContain("<script", "href=\"javascript").contains("&lt;script&gt;",
				"<a href=\"https://ibb.istanbul\"");
	}

	@Test
	void blockedAccountsNeitherCommentNorVote() {
		ResourceRef target = thing();
		long id = write(someone(), target, null, "Engelli hesap yazamaz.");
		CurrentAccount troll = someone();
		TestBlocks.BLOCKED.add(troll.principal());
		try {
			assertThatThrownBy(() -> write(troll, target, null, "Spam")).hasMessage("comments.blocked");
			assertThatThrownBy(() -> write(troll, target, id, "Spam")).hasMessage("comments.blocked");
			assertThatThrownBy(() -> comments.vote(troll, id, -1)).hasMessage("comments.blocked");
			assertThat(threads.firstPage(target, troll.principal()).mayWrite()).isFalse();
		}
		finally {
			TestBlocks.BLOCKED.remove(troll.principal());
		}
		assertThat(votes(id)).containsExactly(0, 0);
		assertThat(threads.firstPage(target, null).count()).isEqualTo(1);
	}

	@Test
	void closedUnknownAndAnonymousAreRefused() {
		ResourceRef closed = ResourceRef.of(TestThings.TYPE, "closed-" + IDS.incrementAndGet());
		assertThatThrownBy(() -> write(someone(), closed, null, "Kapalı"))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN))
			.hasMessage("comments.closed");
		CommentThread thread = threads.firstPage(closed, someone().principal());
		assertThat(thread.open()).isFalse();
		assertThat(thread.mayWrite()).isFalse();
		assertThatThrownBy(() -> write(someone(), ResourceRef.of("no-such-type", 1), null, "Yok"))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND))
			.hasMessage("comments.unknown-target");
		assertThatThrownBy(() -> write(null, thing(), null, "Anonim")).hasMessage("comments.login-required");
	}

	@Test
	void longBranchesSayThereIsMoreAndHaveTheirOwnPages() {
		ResourceRef target = thing();
		CurrentAccount author = someone();
		long root = write(author, target, null, "Uzun bir tartışma.");
		List<Long> replies = new ArrayList<>();
		for (int i = 0; i < CommentReader.REPLIES + 5; i++) {
			replies.add(write(someone(), target, i == 0 ? root : replies.get(0), "Yanıt " + i));
		}
		CommentView first = threads.firstPage(target, null).comments().get(0);
		assertThat(first.moreReplies()).isTrue();
		CommentThread branch = reader.branch(root, null, null);
		assertThat(branch.nextCursor()).isNull();
		CommentView whole = branch.comments().get(0);
		assertThat(whole.replies()).extracting(CommentView::id).containsExactly(replies.get(0));
		assertThat(whole.replies().get(0).replies()).extracting(CommentView::id)
			.containsExactlyElementsOf(replies.subList(1, replies.size()));
		assertThat(reader.branch(replies.get(3), null, null).comments().get(0).id()).isEqualTo(root);
	}

	@Test
	void theGeneratorSeedsConsistentThreadsWithTheirCounters() {
		long first = 5_000_000_000L + IDS.incrementAndGet() * 10;
		generator.seed(TestThings.TYPE, first, 3, 60, OffsetDateTime.parse("2026-01-01T00:00:00Z"));
		long total = 0;
		for (long id = first; id < first + 3; id++) {
			ResourceRef target = ResourceRef.of(TestThings.TYPE, id);
			long stored = jdbc.sql("SELECT COUNT(*) FROM comment WHERE target_type = ? AND target_id = ?")
				.params(target.type(), target.id()).query(Long.class).single();
			assertThat(threads.firstPage(target, null).count()).isEqualTo(stored);
			total += stored;
		}
		assertThat(total).isEqualTo(60);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM comment c JOIN comment r ON r.id = c.root_id WHERE c.target_id"
				+ " BETWEEN ? AND ? AND (r.target_id <> c.target_id OR r.depth <> 0 OR c.created_at <= r.created_at)")
			.params(String.valueOf(first), String.valueOf(first + 2)).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM comment r WHERE r.depth = 0 AND r.target_id BETWEEN ? AND ?"
				+ " AND r.reply_count <> (SELECT COUNT(*) FROM comment c WHERE c.root_id = r.id)")
			.params(String.valueOf(first), String.valueOf(first + 2)).query(Long.class).single()).isZero();
	}

	List<Integer> votes(long id) {
		return jdbc.sql("SELECT up_votes, down_votes FROM comment WHERE id = ?")
			.param(id)
			.query((rs, i) -> List.of(rs.getInt(1), rs.getInt(2)))
			.single();
	}
}
