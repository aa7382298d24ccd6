package org.ortakakil.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.proposals.ProposalFixture;
import org.ortakakil.proposals.internal.Boards;
import org.ortakakil.proposals.internal.ProposalSupports;
import org.ortakakil.spaces.internal.ProcessAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Not a test (no IT suffix: the build never runs it). Seeds a board with {@code bench.proposals} proposals
 * (default 100,000) and {@code bench.supports} supports (default 1,000,000) with {@link ProposalSeed}, then
 * measures the server time (MockMvc: controller, queries and template, no network) of the list's first page
 * and of proposal pages (p50/p95 over 300 requests each after a warm-up), then lets {@code bench.threads}
 * residents (default 200) support random proposals at once until {@code bench.count} supports (default
 * 50,000) are added, and checks every support is counted exactly once. Run with {@code bench/proposals.sh}.
 */
@IntegrationTest
class ProposalBenchmark {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	ProcessAdministration processes;

	@Autowired
	Boards boards;

	@Autowired
	ProposalSupports supports;

	@Test
	void seedReadAndSupport() throws Exception {
		int proposals = Integer.getInteger("bench.proposals", 100_000);
		int seededSupports = Integer.getInteger("bench.supports", 1_000_000);
		int threads = Integer.getInteger("bench.threads", 200);
		int count = Integer.getInteger("bench.count", 50_000);
		long board = new ProposalFixture(processes, boards).board(ProposalFixture.settings(null, 1_000));
		String space = boards.board(board).spaceParam();
		boolean postgres;
		try (Connection c = dataSource.getConnection()) {
			postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
		}
		long started = System.nanoTime();
		long first = ProposalSeed.seed(jdbc, postgres, board, proposals, seededSupports);
		System.out.printf("proposals bench: seeded %,d proposals and %,d supports in %.1f s (%s)%n", proposals,
				seededSupports, (System.nanoTime() - started) / 1e9, postgres ? "PostgreSQL" : "H2");

		if (Boolean.getBoolean("bench.explain")) {
			for (String q : List.of("", " AND p.state = 'PUBLISHED'", " AND EXISTS (SELECT 1 FROM proposal_district d WHERE d.proposal_id = p.id AND d.district_id = 1421)")) {
				System.out.println("proposals bench: plan " + jdbc.sql("EXPLAIN SELECT p.id, p.title, p.topic, p.state, p.custom_state_id,"
						+ " p.support_count, p.neighbourhood_id, p.published_at, p.answer_published_at FROM proposal p WHERE p.board_id = ? AND p.state <> 'DRAFT' AND p.hidden = FALSE" + q
						+ " ORDER BY p.board_id, p.published_at DESC, p.id DESC FETCH FIRST 21 ROWS ONLY").param(board).query(String.class).list().toString().replaceAll("\\s+", " "));
			}
		}
		time("api list", 300, i -> "/api/v1/proposals?space=" + space);
		time("proposal page", 300, i -> "/proposals/" + (first + ThreadLocalRandom.current().nextInt(proposals)));
		time("list first page", 300, i -> "/proposals?space=" + space);
		time("list filtered (district, topic)", 300, i -> "/proposals?space=" + space + "&district=1421&topic=environment");
		time("list first page, again", 300, i -> "/proposals?space=" + space);
		time("list filtered (state)", 300, i -> "/proposals?space=" + space + "&state=published");
		time("list filtered (district)", 300, i -> "/proposals?space=" + space + "&district=1421");

		long before = total(board);
		AtomicInteger next = new AtomicInteger();
		AtomicLong added = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long t0 = System.nanoTime();
		for (int t = 0; t < threads; t++) {
			pool.execute(() -> {
				CurrentAccount resident = ProposalFixture.kadikoylu();
				int mine = 0;
				while (next.getAndIncrement() < count) {
					if (++mine > 50) {
						resident = ProposalFixture.kadikoylu();
						mine = 1;
					}
					try {
						long id = first + ThreadLocalRandom.current().nextInt(proposals);
						if (supports.support(resident, id, ProposalFixture.ACTOR).changed()) {
							added.incrementAndGet();
						}
					}
					catch (RuntimeException e) {
						failed.incrementAndGet();
					}
				}
			});
		}
		pool.shutdown();
		assertThat(pool.awaitTermination(30, TimeUnit.MINUTES)).isTrue();
		double seconds = (System.nanoTime() - t0) / 1e9;
		long after = total(board);
		long rows = jdbc.sql("SELECT COUNT(*) FROM proposal_support s JOIN proposal p ON p.id = s.proposal_id"
				+ " WHERE p.board_id = ?").param(board).query(Long.class).single();
		System.out.printf("proposals bench: %d residents at once added %,d supports in %.1f s = %,.0f supports/s"
				+ " (%d refused); counters %s the rows (%,d counted, %,d rows)%n", threads, added.get(), seconds,
				added.get() / seconds, failed.get(), after == rows ? "match" : "DO NOT match", after, rows);
		assertThat(after - before).isEqualTo(added.get());
		assertThat(after).isEqualTo(rows);
	}

	long total(long board) {
		return jdbc.sql("SELECT SUM(support_count) FROM proposal WHERE board_id = ?").param(board).query(Long.class).single();
	}

	interface Path {
		String at(int i);
	}

	void time(String name, int requests, Path path) throws Exception {
		for (int i = 0; i < 50; i++) {
			mvc.perform(get(path.at(i))).andReturn();
		}
		long[] nanos = new long[requests];
		for (int i = 0; i < requests; i++) {
			long t = System.nanoTime();
			int status = mvc.perform(get(path.at(i))).andReturn().getResponse().getStatus();
			nanos[i] = System.nanoTime() - t;
			assertThat(status).isEqualTo(200);
		}
		Arrays.sort(nanos);
		System.out.printf("proposals bench: %s p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", name, nanos[requests / 2] / 1e6,
				nanos[(int) (requests * 0.95)] / 1e6, nanos[requests - 1] / 1e6);
	}

}
