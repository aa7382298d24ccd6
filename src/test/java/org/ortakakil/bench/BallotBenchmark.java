package org.ortakakil.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.budgeting.BudgetStage;
import org.ortakakil.budgeting.VotingScope;
import org.ortakakil.budgeting.internal.PbAdministration;
import org.ortakakil.budgeting.voting.BallotBox;
import org.ortakakil.budgeting.voting.BallotChoice;
import org.ortakakil.budgeting.voting.VotingFixture;
import org.ortakakil.budgeting.voting.VotingFixture.Pb;
import org.ortakakil.budgeting.voting.VotingFixture.Spec;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.shared.Actor;
import org.ortakakil.spaces.internal.ProcessAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test (no IT suffix: the build never runs it): 2,000 voters at once checking out through the ballot
 * box, against the test database (H2 by default, PostgreSQL with ORTAKAKIL_TEST_DB=postgresql). Each of
 * 2,000 threads is one voter at a time, casting a knapsack ballot on a city-wide budget of 12 projects and
 * taking the next voter, until {@code bench.ballots} (default 100,000) ballots are cast; then every ballot
 * is counted (pb_voter and pb_ballot). Run with {@code bench/ballots.sh}.
 */
@IntegrationTest
class BallotBenchmark {

	@Autowired
	BallotBox box;

	@Autowired
	PbAdministration admin;

	@Autowired
	ProcessAdministration processes;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoThousandConcurrentVotersCheckOut() throws Exception {
		int total = Integer.getInteger("bench.ballots", 100_000);
		int threads = Integer.getInteger("bench.threads", 2_000);
		Pb pb = new VotingFixture(processes, admin).create(VotingScope.OWN_DISTRICT, false, BudgetStage.VOTING,
				Spec.knapsack(List.of(), 10_000_000, null, 900_000L, 1_200_000L, 2_500_000L, 700_000L, 3_100_000L,
						450_000L, 1_800_000L, 2_200_000L, 600_000L, 1_500_000L, 980_000L, 2_750_000L));
		long budget = pb.budget(0);
		List<CurrentAccount> voters = new ArrayList<>(total);
		for (int i = 0; i < total; i++) {
			voters.add(VotingFixture.resident(VotingFixture.CAFERAGA, VotingFixture.KADIKOY));
		}
		Actor actor = new Actor("bench", "127.0.0.1");
		for (int i = 0; i < 2_000; i++) {
			// warm-up: the same voters never come again below
			box.check(budget, BallotChoice.of(pb.project(0, i % 12)));
		}
		AtomicInteger next = new AtomicInteger();
		AtomicInteger failures = new AtomicInteger();
		long[] perBallot = new long[total];
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		for (int t = 0; t < threads; t++) {
			pool.submit(() -> {
				start.await();
				for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
					long began = System.nanoTime();
					try {
						box.cast(pb.id(), budget, voters.get(i), BallotChoice.of(pb.project(0, i % 12),
								pb.project(0, (i + 1) % 12), pb.project(0, (i + 5) % 12)), actor);
					}
					catch (RuntimeException e) {
						if (failures.incrementAndGet() == 1) {
							e.printStackTrace(System.out);
						}
					}
					perBallot[i] = System.nanoTime() - began;
				}
				return null;
			});
		}
		long began = System.nanoTime();
		start.countDown();
		pool.shutdown();
		assertThat(pool.awaitTermination(30, TimeUnit.MINUTES)).isTrue();
		double seconds = (System.nanoTime() - began) / 1e9;
		long ballots = jdbc.sql("SELECT COUNT(*) FROM pb_ballot WHERE budget_id = ?").param(budget).query(Long.class).single();
		long voted = jdbc.sql("SELECT COUNT(DISTINCT principal) FROM pb_voter WHERE budget_id = ?").param(budget)
			.query(Long.class).single();
		long receipts = jdbc.sql("SELECT COUNT(DISTINCT receipt_hash) FROM pb_ballot WHERE budget_id = ?").param(budget)
			.query(Long.class).single();
		java.util.Arrays.sort(perBallot);
		System.out.printf("%n%s: %d ballots from %d concurrent voters in %.2f s: %.0f ballots/s; per ballot p50 %.1f ms,"
				+ " p99 %.1f ms; failures %d; counted: pb_ballot %d, pb_voter %d, distinct receipts %d%n%n",
				org.ortakakil.TestDatabase.isPostgreSql() ? "PostgreSQL" : "H2", total, threads, seconds, total / seconds,
				perBallot[total / 2] / 1e6, perBallot[total * 99 / 100] / 1e6, failures.get(), ballots, voted, receipts);
		assertThat(failures.get()).isZero();
		assertThat(ballots).isEqualTo(total);
		assertThat(voted).isEqualTo(total);
		assertThat(receipts).isEqualTo(total);
	}
}
