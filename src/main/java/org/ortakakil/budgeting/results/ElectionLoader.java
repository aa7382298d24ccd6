package org.ortakakil.budgeting.results;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ortakakil.budgeting.BudgetView;
import org.ortakakil.budgeting.ParticipatoryBudgetView;
import org.ortakakil.budgeting.ProjectView;
import org.ortakakil.budgeting.internal.BallotReader;
import org.ortakakil.budgeting.internal.PbStore;
import org.ortakakil.budgeting.model.Ballot;
import org.ortakakil.budgeting.model.Election;
import org.ortakakil.budgeting.model.Project;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A budget's vote as an {@link Election}: the projects on its ballot (in id order, the PROJECTS order) and
 * its ballots in receipt-hash order, voters numbered 1 to n in that order, as the exported file names them.
 * Ballots are read in one read-only transaction (PostgreSQL streams rows only inside one).
 */
@Component
class ElectionLoader {

	static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
	private static final DateTimeFormatter PABULIB_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	/** The election with the ballots counted by channel, and each project's district key. */
	record Loaded(Election election, long web, long office, long paper, Map<String, String> districtOf) {
	}

	private final PbStore store;
	private final BallotReader reader;
	private final TransactionTemplate readOnly;

	ElectionLoader(PbStore store, BallotReader reader, PlatformTransactionManager transactions) {
		this.store = store;
		this.reader = reader;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	Loaded load(ParticipatoryBudgetView pb, BudgetView budget) {
		List<ProjectView> projects = store.ballotProjects(budget.id());
		Map<Long, String> ids = new HashMap<>();
		Map<String, String> districtOf = new HashMap<>();
		for (ProjectView p : projects) {
			ids.put(p.id(), String.valueOf(p.id()));
			districtOf.put(String.valueOf(p.id()), p.districtId() == null ? "" : String.valueOf(p.districtId()));
		}
		List<Ballot> ballots = new ArrayList<>();
		long[] channels = new long[3];
		readOnly.executeWithoutResult(status -> reader.forEach(budget.id(), cast -> {
			List<String> chosen = new ArrayList<>(cast.projects().size());
			for (Long id : cast.projects()) {
				chosen.add(ids.computeIfAbsent(id, String::valueOf));
			}
			ballots.add(new Ballot(String.valueOf(ballots.size() + 1), chosen, cast.points(), Map.of()));
			channels["WEB".equals(cast.channel()) ? 0 : "OFFICE".equals(cast.channel()) ? 1 : 2]++;
		}));
		Election election = new Election(budget.amount(), budget.ballotType().voteType(), projects(projects, Map.of()),
				ballots, meta(pb, budget));
		return new Loaded(election, channels[0], channels[1], channels[2], districtOf);
	}

	/** The projects as Pabulib's PROJECTS rows: cost, name and, when given, votes and selected. */
	static List<Project> projects(List<ProjectView> projects, Map<String, Map<String, String>> extra) {
		List<Project> out = new ArrayList<>();
		for (int i = 0; i < projects.size(); i++) {
			ProjectView p = projects.get(i);
			String id = String.valueOf(p.id());
			Map<String, String> fields = new LinkedHashMap<>(extra.getOrDefault(id, Map.of()));
			fields.put("name", p.title().replaceAll("[\\r\\n]+", " ").strip());
			out.add(new Project(id, p.cost(), i, fields));
		}
		return out;
	}

	/** META as the exported file gives it (budget, vote_type and the counts are the writer's). */
	static Map<String, String> meta(ParticipatoryBudgetView pb, BudgetView budget) {
		Map<String, String> meta = new LinkedHashMap<>();
		meta.put("description", "Participatory budget of İstanbul: " + budget.title().in("tr").replaceAll("[\\r\\n]+", " "));
		meta.put("country", "Turkey");
		meta.put("unit", "İstanbul");
		Instant closed = pb.votingClosedAt() != null ? pb.votingClosedAt() : pb.votingOpenedAt();
		meta.put("instance", closed == null ? "pb-" + pb.id() : String.valueOf(closed.atZone(ISTANBUL).getYear()));
		meta.put("rule", pb.outcomeRule());
		if (pb.votingOpenedAt() != null) {
			meta.put("date_begin", PABULIB_DATE.format(pb.votingOpenedAt().atZone(ISTANBUL)));
		}
		if (pb.votingClosedAt() != null) {
			meta.put("date_end", PABULIB_DATE.format(pb.votingClosedAt().atZone(ISTANBUL)));
		}
		meta.put("currency", "TRY");
		meta.put("language", "tr");
		return meta;
	}
}
