package org.ortakakil.budgeting.results;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ortakakil.budgeting.internal.PbStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes computations and their stored results; pages read only these, never ballots. */
@Component
public class ResultStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final String COMPUTATION = """
			SELECT id, pb_id, simulation_id, attempt, state, progress, message, requested_by, started_at, updated_at,
			finished_at FROM pb_computation""";

	private final JdbcClient jdbc;
	private final Clock clock;

	ResultStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A new RUNNING computation, or empty when this attempt already exists (another instance started it). */
	Optional<Long> start(Long pbId, Long simulationId, int attempt, String requestedBy) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		KeyHolder key = new GeneratedKeyHolder();
		try {
			jdbc.sql("""
					INSERT INTO pb_computation (pb_id, simulation_id, attempt, state, progress, requested_by, started_at,
					updated_at) VALUES (?, ?, ?, 'RUNNING', 0, ?, ?, ?)""")
				.params(pbId, simulationId, attempt, requestedBy, now, now)
				.update(key, "id");
		}
		catch (DuplicateKeyException alreadyStarted) {
			return Optional.empty();
		}
		return Optional.of(key.getKey().longValue());
	}

	public Optional<Computation> computation(long id) {
		return jdbc.sql(COMPUTATION + " WHERE id = ?").param(id).query(ResultStore::readComputation).optional();
	}

	/** The participatory budget's latest computation, whatever its state. */
	public Optional<Computation> latest(long pbId) {
		return jdbc.sql(COMPUTATION + " WHERE pb_id = ? ORDER BY attempt DESC FETCH FIRST 1 ROWS ONLY")
			.param(pbId).query(ResultStore::readComputation).optional();
	}

	/** The participatory budget's latest finished computation: the results shown. */
	public Optional<Computation> latestDone(long pbId) {
		return jdbc.sql(COMPUTATION + " WHERE pb_id = ? AND state = 'DONE' ORDER BY attempt DESC FETCH FIRST 1 ROWS ONLY")
			.param(pbId).query(ResultStore::readComputation).optional();
	}

	public Optional<Computation> latestOfSimulation(long simulationId) {
		return jdbc.sql(COMPUTATION + " WHERE simulation_id = ? ORDER BY attempt DESC FETCH FIRST 1 ROWS ONLY")
			.param(simulationId).query(ResultStore::readComputation).optional();
	}

	void progress(long id, double progress) {
		jdbc.sql("UPDATE pb_computation SET progress = ?, updated_at = ? WHERE id = ? AND state = 'RUNNING'")
			.params(progress, OffsetDateTime.now(clock), id).update();
	}

	void finish(long id, String state, String message) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("""
				UPDATE pb_computation SET state = ?, progress = CASE WHEN ? = 'DONE' THEN 1 ELSE progress END,
				message = ?, updated_at = ?, finished_at = ? WHERE id = ?""")
			.params(state, state, message == null ? null : message.substring(0, Math.min(message.length(), 1000)), now,
					now, id)
			.update();
	}

	void saveTally(long computationId, BudgetTally tally) {
		jdbc.sql("""
				INSERT INTO pb_result_budget (computation_id, budget_id, ballots, web_ballots, office_ballots,
				paper_ballots, votes, lot_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(computationId, tally.budgetId(), tally.ballots(), tally.web(), tally.office(), tally.paper(),
					JSON.writeValueAsString(tally.votes()),
					tally.lotOrder().isEmpty() ? null : String.join(",", tally.lotOrder()))
			.update();
	}

	void saveResult(long computationId, Long budgetId, int position, long ballots, RuleResult r) {
		jdbc.sql("""
				INSERT INTO pb_result (computation_id, budget_id, position, rule, official, status, selected, cost,
				ballots, note, tied, explanation, metrics, computed_at, elapsed_ms)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(computationId, budgetId, position, r.rule(), r.official(), r.status(), String.join(",", r.selected()),
					r.cost(), ballots, r.note() == null ? null : r.note().substring(0, Math.min(r.note().length(), 2000)),
					String.join(",", r.tied()), JSON.writeValueAsString(r.why()), JSON.writeValueAsString(r.metrics()),
					OffsetDateTime.now(clock), r.elapsedMs())
			.update();
	}

	public Optional<BudgetTally> tally(long computationId, long budgetId) {
		return jdbc.sql("""
				SELECT budget_id, ballots, web_ballots, office_ballots, paper_ballots, votes, lot_order
				FROM pb_result_budget WHERE computation_id = ? AND budget_id = ?""")
			.params(computationId, budgetId)
			.query((rs, row) -> new BudgetTally(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
					JSON.readValue(rs.getString(6), new TypeReference<Map<String, Long>>() {
					}), split(rs.getString(7))))
			.optional();
	}

	/** The results of a computation for a budget (null: a simulation's), the official one first. */
	public List<RuleResult> results(long computationId, Long budgetId) {
		String where = budgetId == null ? "budget_id IS NULL" : "budget_id = " + budgetId.longValue();
		return jdbc.sql("SELECT rule, official, status, selected, cost, note, tied, explanation, metrics, elapsed_ms "
				+ "FROM pb_result WHERE computation_id = ? AND " + where + " ORDER BY position")
			.param(computationId)
			.query(ResultStore::readResult)
			.list();
	}

	private static RuleResult readResult(ResultSet rs, int row) throws SQLException {
		BigDecimal cost = rs.getBigDecimal("cost");
		String explanation = rs.getString("explanation");
		String metrics = rs.getString("metrics");
		return new RuleResult(rs.getString("rule"), rs.getBoolean("official"), rs.getString("status"),
				split(rs.getString("selected")), plain(cost),
				rs.getString("note"), split(rs.getString("tied")),
				explanation == null ? Map.of() : JSON.readValue(explanation, new TypeReference<Map<String, Why>>() {
				}), metrics == null ? RuleResult.Metrics.NONE : JSON.readValue(metrics, RuleResult.Metrics.class),
				rs.getLong("elapsed_ms"));
	}

	static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	static List<String> split(String joined) {
		return joined == null || joined.isBlank() ? List.of() : Arrays.stream(joined.split(",")).map(String::trim).toList();
	}

	private static Computation readComputation(ResultSet rs, int row) throws SQLException {
		return new Computation(rs.getLong("id"), rs.getObject("pb_id", Long.class),
				rs.getObject("simulation_id", Long.class), rs.getInt("attempt"), rs.getString("state"),
				rs.getDouble("progress"), rs.getString("message"), rs.getString("requested_by"),
				PbStore.instant(rs, "started_at"), PbStore.instant(rs, "updated_at"), PbStore.instant(rs, "finished_at"));
	}
}
