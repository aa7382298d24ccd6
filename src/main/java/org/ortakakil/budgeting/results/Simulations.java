package org.ortakakil.budgeting.results;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ortakakil.budgeting.internal.PbStore;
import org.ortakakil.budgeting.model.Election;
import org.ortakakil.budgeting.model.Project;
import org.ortakakil.budgeting.model.VoteType;
import org.ortakakil.budgeting.pabulib.PabulibReader;
import org.ortakakil.budgeting.rules.Rules;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Simulations: an administrator uploads any Pabulib file (a past vote, here or elsewhere), chooses rules, and
 * the rules run in the background on its ballots, stored and shown side by side as a real result is. A file
 * with problems is refused with each problem's line ({@link org.ortakakil.budgeting.pabulib.PabulibException}).
 */
@Service
public class Simulations {

	private static final Logger log = LoggerFactory.getLogger(Simulations.class);
	/** The largest file accepted: Pabulib's largest real votes are a few megabytes. */
	public static final int MAX_BYTES = 50 * 1024 * 1024;

	/** An uploaded file as listed. */
	public record Simulation(long id, String fileName, String description, String voteType, BigDecimal budget,
			int numProjects, int numVotes, List<String> rules, int increment, String uploadedBy, Instant uploadedAt) {
	}

	private final JdbcClient jdbc;
	private final ResultStore results;
	private final TaskExecutor executor;
	private final Clock clock;

	Simulations(JdbcClient jdbc, ResultStore results, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
			Clock clock) {
		this.jdbc = jdbc;
		this.results = results;
		this.executor = executor;
		this.clock = clock;
	}

	/**
	 * Reads and stores the file and starts the rules on it; the simulation's id. INVALID
	 * {@code budgeting.simulate.empty}, {@code budgeting.simulate.too-large}, {@code budgeting.simulate.rules-required}
	 * or {@code budgeting.simulate.unknown-rule}; a PabulibException for a malformed file.
	 */
	@Transactional
	public long upload(String fileName, byte[] content, List<String> rules, int increment, Actor actor) {
		if (content == null || content.length == 0) {
			throw DomainException.invalid("budgeting.simulate.empty");
		}
		if (content.length > MAX_BYTES) {
			throw DomainException.invalid("budgeting.simulate.too-large", MAX_BYTES / (1024 * 1024));
		}
		List<String> chosen = rules == null ? List.of() : rules.stream().filter(r -> r != null && !r.isBlank()).distinct().toList();
		if (chosen.isEmpty()) {
			throw DomainException.invalid("budgeting.simulate.rules-required");
		}
		for (String rule : chosen) {
			if (!Rules.RULES.contains(rule)) {
				throw DomainException.invalid("budgeting.simulate.unknown-rule", rule);
			}
		}
		if (increment <= 0) {
			throw DomainException.invalid("budgeting.simulate.increment-invalid");
		}
		Election election;
		try {
			election = PabulibReader.read(new ByteArrayInputStream(content));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		String text = new String(content, java.nio.charset.StandardCharsets.UTF_8);
		String name = fileName == null || fileName.isBlank() ? "upload.pb" : fileName.strip();
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO pb_simulation (file_name, description, content, vote_type, budget, num_projects, num_votes,
				rules, increment, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(name.substring(0, Math.min(300, name.length())), cut(election.meta().get("description"), 1000), text,
					election.voteType().name(), election.budget(), election.projects().size(), election.ballots().size(),
					String.join(",", chosen), increment, actor.name(), OffsetDateTime.now(clock))
			.update(key, "id");
		long id = key.getKey().longValue();
		Tally tally = new Tally(election);
		for (Project p : election.projects()) {
			jdbc.sql("""
					INSERT INTO pb_simulation_project (simulation_id, project_id, position, name, cost, votes, district)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, p.id(), p.position(), cut(p.fields().get("name"), 1000), p.cost(),
						tally.votes[tally.index.get(p.id())], cut(p.fields().get("district"), 200))
				.update();
		}
		long computation = results.start(null, id, 1, actor.name()).orElseThrow();
		ResultComputation.afterCommit(() -> executor.execute(() -> run(computation, election, chosen, increment)));
		return id;
	}

	private static String cut(String value, int max) {
		return value == null ? null : value.substring(0, Math.min(max, value.length()));
	}

	void run(long computationId, Election election, List<String> rules, int increment) {
		try {
			Map<String, String> district = new HashMap<>();
			election.projects().forEach(p -> district.put(p.id(), p.fields().getOrDefault("district", "")));
			RuleRunner runner = new RuleRunner(election, id -> district.getOrDefault(id, ""));
			ProgressReport progress = new ProgressReport(results, computationId, rules.size());
			List<String> lot = List.of();
			List<RuleResult> computed = new ArrayList<>();
			for (String rule : rules) {
				computed.add(runner.run(rule, false, increment, lot, progress));
				progress.stepDone();
			}
			for (int i = 0; i < computed.size(); i++) {
				results.saveResult(computationId, null, i, election.ballots().size(), computed.get(i));
			}
			results.finish(computationId, "DONE", null);
		}
		catch (RuntimeException | OutOfMemoryError e) {
			log.error("Simulation computation {} failed", computationId, e);
			results.finish(computationId, "FAILED", e.getClass().getSimpleName() + ": " + e.getMessage());
		}
	}

	public Optional<Simulation> find(long id) {
		return jdbc.sql("""
				SELECT id, file_name, description, vote_type, budget, num_projects, num_votes, rules, increment,
				uploaded_by, uploaded_at FROM pb_simulation WHERE id = ?""").param(id).query(Simulations::read).optional();
	}

	/** The latest uploads, newest first. */
	public List<Simulation> recent(int limit) {
		return jdbc.sql("""
				SELECT id, file_name, description, vote_type, budget, num_projects, num_votes, rules, increment,
				uploaded_by, uploaded_at FROM pb_simulation ORDER BY id DESC FETCH FIRST ? ROWS ONLY""").param(limit)
			.query(Simulations::read).list();
	}

	/** The file's projects as the comparison names them. */
	List<Comparison.Item> items(long id, String noDistrict) {
		return jdbc.sql("SELECT project_id, name, cost, votes, district FROM pb_simulation_project "
				+ "WHERE simulation_id = ? ORDER BY position").param(id)
			.query((rs, row) -> {
				String district = rs.getString("district");
				String name = rs.getString("name");
				return new Comparison.Item(rs.getString("project_id"), name == null || name.isBlank() ? rs.getString(1) : name,
						ResultStore.plain(rs.getBigDecimal("cost")), rs.getLong("votes"), district == null ? "" : district,
						district == null || district.isBlank() ? noDistrict : district);
			}).list();
	}

	private static Simulation read(ResultSet rs, int row) throws SQLException {
		return new Simulation(rs.getLong("id"), rs.getString("file_name"), rs.getString("description"),
				rs.getString("vote_type"), ResultStore.plain(rs.getBigDecimal("budget")), rs.getInt("num_projects"),
				rs.getInt("num_votes"), ResultStore.split(rs.getString("rules")), rs.getInt("increment"),
				rs.getString("uploaded_by"), PbStore.instant(rs, "uploaded_at"));
	}

	static boolean points(Simulation s) {
		return !s.voteType().equals(VoteType.APPROVAL.name()) && !s.voteType().equals(VoteType.ORDINAL.name());
	}
}
