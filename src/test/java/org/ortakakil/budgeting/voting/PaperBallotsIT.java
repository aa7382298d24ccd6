package org.ortakakil.budgeting.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.audit.AuditLog;
import org.ortakakil.budgeting.BudgetStage;
import org.ortakakil.budgeting.VotingScope;
import org.ortakakil.budgeting.internal.PbAdministration;
import org.ortakakil.budgeting.voting.VotingFixture.Pb;
import org.ortakakil.budgeting.voting.VotingFixture.Spec;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Role;
import org.ortakakil.identity.RoleGrant;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.spaces.internal.ProcessAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Paper ballots with double entry: the second entry of a sheet by the same clerk is refused, a mismatch or a
 * missing sheet blocks reconciliation, and reconciling creates exactly the valid sheets as PAPER ballots and
 * counts the invalid ones, audited.
 */
@IntegrationTest
class PaperBallotsIT {

	@Autowired
	PaperBallots paper;

	@Autowired
	PbAdministration admin;

	@Autowired
	ProcessAdministration processes;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void sheetsAreEnteredTwiceByTwoPeopleAndReconciledIntoTheValidBallots() {
		Pb pb = new VotingFixture(processes, admin).create(VotingScope.OWN_DISTRICT, false, BudgetStage.VOTING,
				Spec.knapsack(List.of(), 1_000_000, null, 400_000L, 350_000L, 300_000L));
		long budget = pb.budget(0);
		CurrentAccount first = VotingFixture.staff(new RoleGrant(Role.OFFICE_STAFF, "kadikoy"));
		CurrentAccount second = VotingFixture.staff(new RoleGrant(Role.OFFICE_STAFF, "kadikoy"));
		CurrentAccount elsewhere = VotingFixture.staff(new RoleGrant(Role.OFFICE_STAFF, "besiktas"));
		Actor actor = new Actor(first.principal(), "127.0.0.1");
		assertThatThrownBy(() -> paper.open(pb.id(), budget, "Kadıköy sandığı 1", 3, "kadikoy", elsewhere, actor))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("budgeting.paper.no-access"));
		long batch = paper.open(pb.id(), budget, "Kadıköy sandığı 1", 3, "kadikoy", first, actor);
		assertThatThrownBy(() -> paper.batch(pb.id(), batch, elsewhere)).isInstanceOf(DomainException.class);

		BallotChoice a = BallotChoice.of(pb.project(0, 0), pb.project(0, 1));
		BallotChoice b = BallotChoice.of(pb.project(0, 2));
		paper.enter(pb.id(), batch, 1, 1, a, false, first);
		paper.enter(pb.id(), batch, 2, 1, b, false, first);
		paper.enter(pb.id(), batch, 3, 1, BallotChoice.of(), true, first);
		assertThatThrownBy(() -> paper.enter(pb.id(), batch, 1, 2, a, false, first))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("budgeting.paper.same-clerk"));
		assertThatThrownBy(() -> paper.enter(pb.id(), batch, 4, 2, a, false, second))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.code()).isEqualTo("budgeting.paper.sheet-out-of-range"));
		assertThatThrownBy(() -> paper.enter(pb.id(), batch, 2, 2,
				BallotChoice.of(pb.project(0, 0), pb.project(0, 1), pb.project(0, 2)), false, second))
			.as("a sheet over budget is typed as invalid, never stored as a ballot")
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("budgeting.vote.over-budget"));

		paper.enter(pb.id(), batch, 1, 2, a, false, second);
		assertThatThrownBy(() -> paper.reconcile(pb.id(), batch, second, actor))
			.as("sheets 2 and 3 are missing their second entry")
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.code()).isEqualTo("budgeting.paper.not-ready");
				assertThat(e.arguments()).containsExactly(2L, 0L);
			});
		paper.enter(pb.id(), batch, 2, 2, BallotChoice.of(pb.project(0, 1)), false, second);
		paper.enter(pb.id(), batch, 3, 2, BallotChoice.of(), true, second);
		assertThat(paper.sheets(pb.id(), batch, first)).extracting(PaperSheet::mismatch).containsExactly(false, true, false);
		assertThatThrownBy(() -> paper.reconcile(pb.id(), batch, second, actor))
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.code()).isEqualTo("budgeting.paper.not-ready");
				assertThat(e.arguments()).containsExactly(0L, 1L);
			});
		assertThat(count("SELECT COUNT(*) FROM pb_ballot WHERE budget_id = ?", budget)).isZero();

		paper.enter(pb.id(), batch, 2, 2, b, false, second);
		PaperBatch done = paper.reconcile(pb.id(), batch, second, actor);
		assertThat(done.state()).isEqualTo("RECONCILED");
		assertThat(done.validCount()).isEqualTo(2);
		assertThat(done.invalidCount()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT projects FROM pb_ballot WHERE budget_id = ? AND channel = 'PAPER' AND paper_batch_id = ?"
				+ " ORDER BY projects").params(budget, batch).query(String.class).list())
			.containsExactly(pb.project(0, 0) + "," + pb.project(0, 1), String.valueOf(pb.project(0, 2)));
		assertThat(count("SELECT COUNT(*) FROM pb_ballot WHERE budget_id = ?", budget)).isEqualTo(2);
		assertThatThrownBy(() -> paper.reconcile(pb.id(), batch, second, actor))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("budgeting.paper.reconciled"));
		assertThatThrownBy(() -> paper.enter(pb.id(), batch, 1, 1, a, false, first))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("budgeting.paper.reconciled"));
		assertThat(count("SELECT COUNT(*) FROM pb_ballot WHERE budget_id = ?", budget)).isEqualTo(2);
		Awaitility.await().untilAsserted(() -> assertThat(audit.latest(100, "pb-budget"))
			.anySatisfy(e -> assertThat(e.action()).isEqualTo("budgeting.paper-reconciled")));
	}

	long count(String sql, long id) {
		return jdbc.sql(sql).param(id).query(Long.class).single();
	}
}
