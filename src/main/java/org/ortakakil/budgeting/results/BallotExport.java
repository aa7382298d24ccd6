package org.ortakakil.budgeting.results;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ortakakil.budgeting.BudgetView;
import org.ortakakil.budgeting.ParticipatoryBudgetView;
import org.ortakakil.budgeting.ProjectView;
import org.ortakakil.budgeting.internal.BallotReader;
import org.ortakakil.budgeting.internal.PbStore;
import org.ortakakil.budgeting.model.Election;
import org.ortakakil.budgeting.model.VoteType;
import org.ortakakil.budgeting.pabulib.PabulibWriter;
import org.ortakakil.shared.DomainException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A closed vote's anonymous ballots as a Pabulib file, so anyone can recompute the outcome with other tools:
 * META, the PROJECTS on the ballot with their votes and whether the official result selected them, and the
 * VOTES with voter ids 1 to n in receipt-hash order (the order of the published ballot list). The ballots
 * are streamed from the database to the output, so a million of them are never held at once.
 */
@Component
public class BallotExport {

	private final PbStore store;
	private final BallotReader reader;
	private final ResultStore results;
	private final TransactionTemplate readOnly;

	BallotExport(PbStore store, BallotReader reader, ResultStore results, PlatformTransactionManager transactions) {
		this.store = store;
		this.reader = reader;
		this.results = results;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** The budget of the participatory budget, if its vote has closed; else NOT_FOUND. */
	public BudgetView closedBudget(long pbId, long budgetId) {
		ParticipatoryBudgetView pb = store.get(pbId);
		if (!pb.stage().resultsPublished()) {
			throw DomainException.notFound("budgeting.results.not-published", pbId);
		}
		return pb.budget(budgetId).orElseThrow(() -> DomainException.notFound("budgeting.budget-not-found", budgetId));
	}

	public void write(long pbId, long budgetId, OutputStream out) {
		ParticipatoryBudgetView pb = store.get(pbId);
		BudgetView budget = closedBudget(pbId, budgetId);
		List<ProjectView> projects = store.ballotProjects(budgetId);
		Optional<Computation> done = results.latestDone(pbId);
		Optional<BudgetTally> tally = done.flatMap(c -> results.tally(c.id(), budgetId));
		List<String> selected = done.map(c -> results.results(c.id(), budgetId)).orElse(List.of()).stream()
			.filter(r -> r.official() && r.ok()).findFirst().map(RuleResult::selected).orElse(null);
		Map<String, Map<String, String>> extra = new HashMap<>();
		for (ProjectView p : projects) {
			String id = String.valueOf(p.id());
			Map<String, String> fields = new HashMap<>();
			tally.ifPresent(t -> fields.put(budget.ballotType().voteType() == VoteType.APPROVAL
					|| budget.ballotType().voteType() == VoteType.ORDINAL ? "votes" : "score", String.valueOf(t.votes(id))));
			if (selected != null) {
				fields.put("selected", selected.contains(id) ? "1" : "0");
			}
			extra.put(id, fields);
		}
		VoteType type = budget.ballotType().voteType();
		Election head = new Election(budget.amount(), type, ElectionLoader.projects(projects, extra), List.of(),
				ElectionLoader.meta(pb, budget));
		boolean withPoints = type == VoteType.CUMULATIVE;
		readOnly.executeWithoutResult(status -> {
			try {
				Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
				long count = reader.count(budgetId);
				// the writer's META counts the ballots of the election it is given (none here): the count is the stored one
				writer.write(PabulibWriter.toText(head).replace("\nnum_votes;0\n", "\nnum_votes;" + count + "\n"));
				long[] voter = { 0 };
				reader.forEach(budgetId, cast -> {
					try {
						writer.write(Long.toString(++voter[0]));
						writer.write(';');
						for (int i = 0; i < cast.projects().size(); i++) {
							if (i > 0) {
								writer.write(',');
							}
							writer.write(Long.toString(cast.projects().get(i)));
						}
						if (withPoints) {
							writer.write(';');
							for (int i = 0; i < cast.points().size(); i++) {
								if (i > 0) {
									writer.write(',');
								}
								writer.write(Integer.toString(cast.points().get(i)));
							}
						}
						writer.write('\n');
					}
					catch (IOException e) {
						throw new UncheckedIOException(e);
					}
				});
				writer.flush();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}
}
