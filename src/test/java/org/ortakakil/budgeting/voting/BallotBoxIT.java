package org.ortakakil.budgeting.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ortakakil.budgeting.voting.VotingFixture.CAFERAGA;
import static org.ortakakil.budgeting.voting.VotingFixture.KADIKOY;
import static org.ortakakil.budgeting.voting.VotingFixture.KUZGUNCUK;
import static org.ortakakil.budgeting.voting.VotingFixture.USKUDAR;
import static org.ortakakil.budgeting.voting.VotingFixture.resident;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.budgeting.BallotType;
import org.ortakakil.budgeting.BudgetStage;
import org.ortakakil.budgeting.VotingScope;
import org.ortakakil.budgeting.internal.PbAdministration;
import org.ortakakil.budgeting.voting.VotingFixture.Pb;
import org.ortakakil.budgeting.voting.VotingFixture.Spec;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.spaces.internal.ProcessAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Casting ballots through the ballot box: each bad input the issue lists is refused with its code and leaves
 * nothing stored; a resident's 200 parallel check-outs leave one ballot; the ballot cannot be traced to the
 * account, and its receipt finds it in the published list; replacing with the receipt; ANY_ONE_DISTRICT;
 * assisted votes.
 */
@IntegrationTest
class BallotBoxIT {

	static final Actor ACTOR = new Actor("voter", "127.0.0.1");

	@Autowired
	BallotBox box;

	@Autowired
	PublishedBallots published;

	@Autowired
	PbAdministration admin;

	@Autowired
	ProcessAdministration processes;

	@Autowired
	JdbcClient jdbc;

	VotingFixture fixture() {
		return new VotingFixture(processes, admin);
	}

	/** City-wide knapsack of 1,000,000 (projects 400k, 350k, 300k, 200k), Kadıköy's and Üsküdar's. */
	Pb cityAndDistricts(VotingScope scope, boolean changeable, BudgetStage stage) {
		return fixture().create(scope, changeable, stage,
				Spec.knapsack(List.of(), 1_000_000, null, 400_000L, 350_000L, 300_000L, 200_000L),
				Spec.knapsack(List.of(KADIKOY), 500_000, null, 250_000L, 200_000L),
				Spec.knapsack(List.of(USKUDAR), 500_000, null, 300_000L, 100_000L));
	}

	long ballots(long budget) {
		return jdbc.sql("SELECT COUNT(*) FROM pb_ballot WHERE budget_id = ?").param(budget).query(Long.class).single();
	}

	long voters(long budget) {
		return jdbc.sql("SELECT COUNT(*) FROM pb_voter WHERE budget_id = ?").param(budget).query(Long.class).single();
	}

	void refused(Pb pb, long budget, CurrentAccount voter, BallotChoice choice, DomainException.Kind kind, String code) {
		long before = ballots(budget);
		assertThatThrownBy(() -> box.cast(pb.id(), budget, voter, choice, ACTOR)).isInstanceOfSatisfying(
				DomainException.class, e -> {
					assertThat(e.code()).isEqualTo(code);
					assertThat(e.kind()).isEqualTo(kind);
				});
		assertThat(ballots(budget)).isEqualTo(before);
		assertThat(box.hasVoted(budget, voter.principal())).isFalse();
	}

	@Test
	void aKnapsackBallotOverTheBudgetIsRefusedAndNothingIsStored() {
		Pb pb = cityAndDistricts(VotingScope.OWN_DISTRICT, false, BudgetStage.VOTING);
		CurrentAccount voter = resident(CAFERAGA, KADIKOY);
		refused(pb, pb.budget(0), voter, BallotChoice.of(pb.project(0, 0), pb.project(0, 1), pb.project(0, 2)),
				DomainException.Kind.INVALID, "budgeting.vote.over-budget");
		refused(pb, pb.budget(0), voter, BallotChoice.of(), DomainException.Kind.INVALID, "budgeting.vote.empty");
		BallotCheck check = box.check(pb.budget(0), BallotChoice.of(pb.project(0, 0), pb.project(0, 1)));
		assertThat(check.valid()).isTrue();
		assertThat(check.left()).isEqualByComparingTo("250000");
		assertThat(check.notFitting()).containsExactly(pb.project(0, 2));
		CastReceipt receipt = box.cast(pb.id(), pb.budget(0), voter, BallotChoice.of(pb.project(0, 1), pb.project(0, 0)), ACTOR);
		assertThat(receipt.receipt()).matches("[ACDEFGHJKMNPQRTUVWXY34679]{4}(-[ACDEFGHJKMNPQRTUVWXY34679]{4}){3}");
		assertThat(jdbc.sql("SELECT projects FROM pb_ballot WHERE receipt_hash = ?").param(Receipts.hash(receipt.receipt()))
			.query(String.class).single()).isEqualTo(pb.project(0, 0) + "," + pb.project(0, 1));
	}

	@Test
	void aKnapsackBallotMustSpendTheMinimumShare() {
		Pb pb = fixture().create(VotingScope.ALL, false, BudgetStage.VOTING,
				Spec.knapsack(List.of(), 1_000_000, 50, 400_000L, 200_000L));
		refused(pb, pb.budget(0), resident(CAFERAGA, KADIKOY), BallotChoice.of(pb.project(0, 0)),
				DomainException.Kind.INVALID, "budgeting.vote.under-minimum");
		box.cast(pb.id(), pb.budget(0), resident(CAFERAGA, KADIKOY), BallotChoice.of(pb.project(0, 0), pb.project(0, 1)), ACTOR);
		assertThat(ballots(pb.budget(0))).isEqualTo(1);
	}

	@Test
	void anApprovalBallotHasBetweenTheMinimumAndMaximumNumberOfProjects() {
		Pb pb = fixture().create(VotingScope.ALL, false, BudgetStage.VOTING,
				Spec.of(BallotType.APPROVAL, 2, 3, null, null, 100L, 200L, 300L, 400L));
		CurrentAccount voter = resident(CAFERAGA, KADIKOY);
		refused(pb, pb.budget(0), voter, BallotChoice.of(pb.project(0, 0)), DomainException.Kind.INVALID,
				"budgeting.vote.too-few");
		refused(pb, pb.budget(0), voter, BallotChoice.of(pb.projects().get(0).toArray(Long[]::new)),
				DomainException.Kind.INVALID, "budgeting.vote.too-many");
		refused(pb, pb.budget(0), voter, BallotChoice.of(pb.project(0, 0), pb.project(0, 0)),
				DomainException.Kind.INVALID, "budgeting.vote.duplicate-project");
		box.cast(pb.id(), pb.budget(0), voter, BallotChoice.of(pb.project(0, 0), pb.project(0, 3)), ACTOR);
		assertThat(box.hasVoted(pb.budget(0), voter.principal())).isTrue();
	}

	@Test
	void cumulativePointsAreNonNegativeWithinTheTotalAndThePerProjectCap() {
		Pb pb = fixture().create(VotingScope.ALL, false, BudgetStage.VOTING,
				Spec.of(BallotType.CUMULATIVE, null, null, 10, 6, 100L, 200L, 300L));
		CurrentAccount voter = resident(CAFERAGA, KADIKOY);
		long a = pb.project(0, 0);
		long b = pb.project(0, 1);
		long c = pb.project(0, 2);
		refused(pb, pb.budget(0), voter, BallotChoice.points(ordered(a, -2, b, 5)), DomainException.Kind.INVALID,
				"budgeting.vote.points-negative");
		refused(pb, pb.budget(0), voter, BallotChoice.points(ordered(a, 6, b, 5)), DomainException.Kind.INVALID,
				"budgeting.vote.points-over");
		refused(pb, pb.budget(0), voter, BallotChoice.points(ordered(a, 7, b, 1)), DomainException.Kind.INVALID,
				"budgeting.vote.points-per-project");
		refused(pb, pb.budget(0), voter, BallotChoice.points(ordered(a, 0, b, 0)), DomainException.Kind.INVALID,
				"budgeting.vote.no-points");
		CastReceipt receipt = box.cast(pb.id(), pb.budget(0), voter, BallotChoice.points(ordered(c, 4, a, 6)), ACTOR);
		Map<String, Object> row = jdbc.sql("SELECT projects, points FROM pb_ballot WHERE receipt_hash = ?")
			.param(receipt.receiptHash()).query().singleRow();
		assertThat(row).containsEntry("projects", a + "," + c).containsEntry("points", "6,4");
	}

	@Test
	void anOrdinalBallotRanksDistinctProjectsInOrder() {
		Pb pb = fixture().create(VotingScope.ALL, false, BudgetStage.VOTING,
				Spec.of(BallotType.ORDINAL, 2, 3, null, null, 100L, 200L, 300L, 400L));
		CurrentAccount voter = resident(CAFERAGA, KADIKOY);
		List<Long> p = pb.projects().get(0);
		refused(pb, pb.budget(0), voter, BallotChoice.of(p.get(0)), DomainException.Kind.INVALID, "budgeting.vote.too-few");
		refused(pb, pb.budget(0), voter, BallotChoice.of(p.get(0), p.get(1), p.get(2), p.get(3)),
				DomainException.Kind.INVALID, "budgeting.vote.too-many");
		CastReceipt receipt = box.cast(pb.id(), pb.budget(0), voter, BallotChoice.of(p.get(3), p.get(0), p.get(2)), ACTOR);
		assertThat(jdbc.sql("SELECT projects FROM pb_ballot WHERE receipt_hash = ?").param(receipt.receiptHash())
			.query(String.class).single()).isEqualTo(p.get(3) + "," + p.get(0) + "," + p.get(2));
	}

	@Test
	void aProjectOfAnotherBudgetIsRefused() {
		Pb pb = cityAndDistricts(VotingScope.OWN_DISTRICT, false, BudgetStage.VOTING);
		refused(pb, pb.budget(0), resident(CAFERAGA, KADIKOY), BallotChoice.of(pb.project(0, 3), pb.project(1, 0)),
				DomainException.Kind.INVALID, "budgeting.vote.not-on-ballot");
	}

	@Test
	void twoHundredParallelCheckOutsByOneResidentLeaveOneBallot() throws Exception {
		Pb pb = cityAndDistricts(VotingScope.OWN_DISTRICT, false, BudgetStage.VOTING);
		CurrentAccount voter = resident(CAFERAGA, KADIKOY);
		ExecutorService pool = Executors.newFixedThreadPool(200);
		CountDownLatch start = new CountDownLatch(1);
		ConcurrentLinkedQueue<Object> outcomes = new ConcurrentLinkedQueue<>();
		for (int i = 0; i < 200; i++) {
			long project = pb.project(0, i % 4);
			pool.submit(() -> {
				start.await();
				try {
					outcomes.add(box.cast(pb.id(), pb.budget(0), voter, BallotChoice.of(project), ACTOR));
				}
				catch (RuntimeException e) {
					outcomes.add(e);
				}
				return null;
			});
		}
		start.countDown();
		pool.shutdown();
		assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
		assertThat(outcomes).hasSize(200);
		assertThat(outcomes.stream().filter(CastReceipt.class::isInstance)).hasSize(1);
		assertThat(outcomes.stream().filter(o -> !(o instanceof CastReceipt))).allSatisfy(o -> assertThat(o)
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("budgeting.vote.already-voted")));
		assertThat(ballots(pb.budget(0))).isEqualTo(1);
		assertThat(voters(pb.budget(0))).isEqualTo(1);
	}

	@Test
	void aResidentVotesOnlyInTheirOwnDistrictAndCityWide() {
		Pb pb = cityAndDistricts(VotingScope.OWN_DISTRICT, false, BudgetStage.VOTING);
		CurrentAccount voter = resident(CAFERAGA, KADIKOY);
		refused(pb, pb.budget(2), voter, BallotChoice.of(pb.project(2, 1)), DomainException.Kind.FORBIDDEN,
				"budgeting.outside-district");
		box.cast(pb.id(), pb.budget(1), voter, BallotChoice.of(pb.project(1, 0)), ACTOR);
		box.cast(pb.id(), pb.budget(0), voter, BallotChoice.of(pb.project(0, 0)), ACTOR);
		List<VotingBudget> list = box.budgetsFor(pb.id(), voter);
		assertThat(list).extracting(VotingBudget::voted).containsExactly(true, true, false);
		assertThat(list.get(2).whyNot()).isEqualTo("budgeting.outside-district");
	}

	@Test
	void onlyVerifiedResidentsVote() {
		Pb pb = cityAndDistricts(VotingScope.ALL, false, BudgetStage.VOTING);
		refused(pb, pb.budget(0), VotingFixture.staff(), BallotChoice.of(pb.project(0, 0)), DomainException.Kind.FORBIDDEN,
				"budgeting.not-verified");
	}

	@Test
	void nobodyVotesBeforeOrAfterTheVotingPhase() {
		Pb before = cityAndDistricts(VotingScope.OWN_DISTRICT, false, BudgetStage.PREPARATION);
		refused(before, before.budget(0), resident(CAFERAGA, KADIKOY), BallotChoice.of(before.project(0, 0)),
				DomainException.Kind.FORBIDDEN, "budgeting.vote.not-yet");
		Pb after = cityAndDistricts(VotingScope.OWN_DISTRICT, false, BudgetStage.RESULTS);
		refused(after, after.budget(0), resident(CAFERAGA, KADIKOY), BallotChoice.of(after.project(0, 0)),
				DomainException.Kind.FORBIDDEN, "budgeting.vote.closed");
	}

	@Test
	void theBallotCannotBeTracedToTheAccountAndTheReceiptFindsItInThePublishedList() {
		List<String> columns = jdbc.sql("SELECT LOWER(column_name) FROM information_schema.columns"
				+ " WHERE LOWER(table_name) = 'pb_ballot' ORDER BY LOWER(column_name)").query(String.class).list();
		assertThat(columns).containsExactly("ballot_key", "budget_id", "channel", "paper_batch_id", "points", "projects",
				"receipt_hash");
		Pb pb = cityAndDistricts(VotingScope.OWN_DISTRICT, false, BudgetStage.VOTING);
		CurrentAccount voter = resident(CAFERAGA, KADIKOY);
		List<CastReceipt> receipts = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			receipts.add(box.cast(pb.id(), pb.budget(0), resident(CAFERAGA, KADIKOY), BallotChoice.of(pb.project(0, i % 4)), ACTOR));
		}
		CastReceipt mine = box.cast(pb.id(), pb.budget(0), voter, BallotChoice.of(pb.project(0, 1), pb.project(0, 3)), ACTOR);
		List<String> keys = jdbc.sql("SELECT ballot_key FROM pb_ballot WHERE budget_id = ?").param(pb.budget(0))
			.query(String.class).list();
		assertThat(keys).hasSize(6).allSatisfy(k -> assertThat(k).matches("[0-9a-f]{32}"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM pb_ballot WHERE receipt_hash = ? OR ballot_key = ? OR projects = ?")
			.params(voter.principal(), voter.principal(), voter.principal()).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM pb_ballot WHERE receipt_hash = ?").param(mine.receipt())
			.query(Long.class).single()).as("the receipt itself is never stored").isZero();
		assertThatThrownBy(() -> published.page(pb.id(), pb.budget(0), null, 50)).isInstanceOfSatisfying(
				DomainException.class, e -> assertThat(e.code()).isEqualTo("budgeting.vote.list-after-close"));
		admin.moveTo(pb.id(), BudgetStage.RESULTS, VotingFixture.ADMIN);
		PublishedBallots.Published found = published.find(pb.id(), pb.budget(0), mine.receipt().toLowerCase().replace("-", " "))
			.orElseThrow();
		assertThat(found.projects()).containsExactly(pb.project(0, 1), pb.project(0, 3));
		assertThat(found.channel()).isEqualTo("WEB");
		PublishedBallots.Page first = published.page(pb.id(), pb.budget(0), null, 4);
		PublishedBallots.Page second = published.page(pb.id(), pb.budget(0), first.next(), 4);
		assertThat(first.ballots()).hasSize(4);
		assertThat(second.ballots()).hasSize(2);
		assertThat(second.next()).isNull();
		List<String> hashes = new ArrayList<>();
		first.ballots().forEach(b -> hashes.add(b.receiptHash()));
		second.ballots().forEach(b -> hashes.add(b.receiptHash()));
		assertThat(hashes).isSorted().contains(mine.receiptHash(), receipts.get(0).receiptHash());
		assertThat(published.find(pb.id(), pb.budget(0), "AAAA-AAAA-AAAA-AAAA")).isEmpty();
	}

	@Test
	void aBallotIsReplacedWithItsReceiptWhereTheProcessAllowsIt() {
		Pb pb = cityAndDistricts(VotingScope.OWN_DISTRICT, true, BudgetStage.VOTING);
		CurrentAccount voter = resident(CAFERAGA, KADIKOY);
		CastReceipt receipt = box.cast(pb.id(), pb.budget(0), voter, BallotChoice.of(pb.project(0, 0)), ACTOR);
		assertThatThrownBy(() -> box.cast(pb.id(), pb.budget(0), voter, BallotChoice.of(pb.project(0, 1)), ACTOR))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("budgeting.vote.already-voted"));
		assertThatThrownBy(() -> box.replace(pb.id(), pb.budget(0), voter, "ACDE-FGHJ-KMNP-QRTU",
				BallotChoice.of(pb.project(0, 1)), ACTOR))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("budgeting.vote.receipt-unknown"));
		assertThatThrownBy(() -> box.replace(pb.id(), pb.budget(0), resident(CAFERAGA, KADIKOY), receipt.receipt(),
				BallotChoice.of(pb.project(0, 1)), ACTOR))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("budgeting.vote.not-voted"));
		assertThatThrownBy(() -> box.replace(pb.id(), pb.budget(0), voter, receipt.receipt(),
				BallotChoice.of(pb.project(0, 0), pb.project(0, 1), pb.project(0, 2)), ACTOR))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("budgeting.vote.over-budget"));
		box.replace(pb.id(), pb.budget(0), voter, receipt.receipt(), BallotChoice.of(pb.project(0, 2), pb.project(0, 3)), ACTOR);
		assertThat(ballots(pb.budget(0))).isEqualTo(1);
		assertThat(jdbc.sql("SELECT projects FROM pb_ballot WHERE receipt_hash = ?").param(receipt.receiptHash())
			.query(String.class).single()).isEqualTo(pb.project(0, 2) + "," + pb.project(0, 3));

		Pb fixed = cityAndDistricts(VotingScope.OWN_DISTRICT, false, BudgetStage.VOTING);
		CastReceipt cast = box.cast(fixed.id(), fixed.budget(0), voter, BallotChoice.of(fixed.project(0, 0)), ACTOR);
		assertThatThrownBy(() -> box.replace(fixed.id(), fixed.budget(0), voter, cast.receipt(),
				BallotChoice.of(fixed.project(0, 1)), ACTOR))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("budgeting.vote.not-changeable"));
	}

	@Test
	void underAnyOneDistrictAResidentVotesCityWideAndInOneDistrictOfTheirChoice() {
		Pb pb = cityAndDistricts(VotingScope.ANY_ONE_DISTRICT, false, BudgetStage.VOTING);
		CurrentAccount voter = resident(CAFERAGA, KADIKOY);
		box.cast(pb.id(), pb.budget(0), voter, BallotChoice.of(pb.project(0, 0)), ACTOR);
		box.cast(pb.id(), pb.budget(2), voter, BallotChoice.of(pb.project(2, 0)), ACTOR);
		refused(pb, pb.budget(1), voter, BallotChoice.of(pb.project(1, 0)), DomainException.Kind.FORBIDDEN,
				"budgeting.vote.one-district");
		assertThat(box.budgetsFor(pb.id(), voter)).extracting(VotingBudget::whyNot)
			.containsExactly(null, "budgeting.vote.one-district", null);
		CurrentAccount other = resident(KUZGUNCUK, USKUDAR);
		box.cast(pb.id(), pb.budget(1), other, BallotChoice.of(pb.project(1, 1)), ACTOR);
		assertThat(box.hasVoted(pb.budget(1), other.principal())).isTrue();
	}

	@Test
	void anAssistedVoteIsTheResidentsCastAtTheOffice() {
		Pb pb = cityAndDistricts(VotingScope.OWN_DISTRICT, false, BudgetStage.VOTING);
		CurrentAccount voter = VotingFixture.assisted(resident(CAFERAGA, KADIKOY), "ofis-gorevlisi-7");
		CastReceipt receipt = box.cast(pb.id(), pb.budget(0), voter, BallotChoice.of(pb.project(0, 3)),
				new Actor(voter.principal(), "127.0.0.1", "ofis-gorevlisi-7"));
		Map<String, Object> row = jdbc.sql("SELECT channel, assisted_by FROM pb_voter WHERE budget_id = ? AND principal = ?")
			.params(pb.budget(0), voter.principal()).query().singleRow();
		assertThat(row).containsEntry("channel", "OFFICE").containsEntry("assisted_by", "ofis-gorevlisi-7");
		assertThat(jdbc.sql("SELECT channel FROM pb_ballot WHERE receipt_hash = ?").param(receipt.receiptHash())
			.query(String.class).single()).isEqualTo("OFFICE");
	}

	static Map<Long, Integer> ordered(long a, int pa, long b, int pb) {
		Map<Long, Integer> map = new LinkedHashMap<>();
		map.put(a, pa);
		map.put(b, pb);
		return map;
	}
}
