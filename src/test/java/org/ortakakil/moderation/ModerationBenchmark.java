package org.ortakakil.moderation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.moderation.internal.ModerationAccess.Reach;
import org.ortakakil.moderation.internal.ModerationQueue;
import org.ortakakil.moderation.internal.Reason;
import org.ortakakil.moderation.internal.Reports;
import org.ortakakil.shared.ResourceRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test (its name matches neither test pattern): measures reporting throughput, the block check and
 * the queue's query on the test database, and prints the numbers. Run with
 * {@code mvn -o -q verify -Dit.test=ModerationBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@IntegrationTest
class ModerationBenchmark {

	static final int BLOCKED = 10_000;
	static final int ITEMS = 5_000;
	static final int REPORTERS_PER_ITEM = 4;
	static final int THREADS = 8;

	/** The module's own blocks (other tests add a stand-in Blocks of their own). */
	@Autowired
	@Qualifier("jdbcBlocks")
	Blocks blocks;

	@Autowired
	Reports reports;

	@Autowired
	ModerationQueue queue;

	@Autowired
	TestItems items;

	@Autowired
	JdbcClient jdbc;

	static CurrentAccount someone(String principal) {
		return new CurrentAccount(0, principal, principal, null, "tr", List.of(), Optional.empty(), null);
	}

	@Test
	void measure() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 6);
		OffsetDateTime now = OffsetDateTime.now();
		for (int i = 0; i < BLOCKED; i++) {
			jdbc.sql("INSERT INTO moderation_block (principal, reason, blocked_by, blocked_at) VALUES (?, 'SPAM', 'b', ?)")
				.params("bench-" + run + "-" + i, now).update();
		}
		long[] checks = new long[100_000];
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < checks.length; i++) {
				long start = System.nanoTime();
				blocks.isBlocked((i % 2 == 0 ? "bench-" + run + "-" : "free-") + (i % BLOCKED));
				checks[i] = System.nanoTime() - start;
			}
		}
		report("isBlocked, " + BLOCKED + " blocked accounts, 100,000 calls", checks);

		List<ResourceRef> refs = new ArrayList<>();
		for (int i = 0; i < ITEMS; i++) {
			refs.add(items.add("author-" + run, "Bench item " + i, null));
		}
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		AtomicInteger next = new AtomicInteger();
		int total = ITEMS * REPORTERS_PER_ITEM;
		long started = System.nanoTime();
		List<Future<?>> done = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			done.add(pool.submit(() -> {
				for (int n = next.getAndIncrement(); n < total; n = next.getAndIncrement()) {
					// reporters take turns per item so each item is reported by different people at once
					ResourceRef ref = refs.get(n % ITEMS);
					try {
						reports.report(someone("r-" + run + "-" + (n / ITEMS)), ref, Reason.SPAM, null);
					}
					catch (org.ortakakil.shared.DomainException alreadyHidden) {
						// the third report hid it: the fourth is refused, as it should be
					}
				}
				return null;
			}));
		}
		for (Future<?> f : done) {
			f.get();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		pool.shutdown();
		System.out.printf("BENCH reports: %,d reports (%d items x %d reporters, %d threads) in %.1f s = %,.0f reports/s%n",
				total, ITEMS, REPORTERS_PER_ITEM, THREADS, seconds, total / seconds);
		int hidden = (int) refs.stream().filter(items::hidden).count();
		System.out.printf("BENCH reports: %d of %d items hidden automatically%n", hidden, ITEMS);

		long[] pages = new long[200];
		Reach everywhere = new Reach(true, List.of());
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < pages.length; i++) {
				long start = System.nanoTime();
				queue.entries(everywhere, ModerationQueue.View.PENDING);
				pages[i] = System.nanoTime() - start;
			}
		}
		long pending = jdbc.sql("SELECT COUNT(*) FROM moderation_item WHERE pending = TRUE").query(Long.class).single();
		report("queue entries (first 100 of " + pending + " pending, global moderator)", pages);
	}

	static void report(String what, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		System.out.printf("BENCH %s: median %.3f ms, p95 %.3f ms, p99 %.3f ms%n", what, sorted[sorted.length / 2] / 1e6,
				sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6);
	}
}
