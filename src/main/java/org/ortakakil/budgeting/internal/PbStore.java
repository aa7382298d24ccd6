package org.ortakakil.budgeting.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.ortakakil.budgeting.BallotType;
import org.ortakakil.budgeting.BudgetStage;
import org.ortakakil.budgeting.BudgetView;
import org.ortakakil.budgeting.ParticipatoryBudgetView;
import org.ortakakil.budgeting.ProjectState;
import org.ortakakil.budgeting.ProjectView;
import org.ortakakil.budgeting.VotingScope;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads participatory budgets, budgets and projects: each row mapped once, for every part of the module. */
@Component
public class PbStore {

	static final String PB = """
			SELECT id, process_id, stage, voting_scope, min_age, ballot_changeable, support_limit, shortlist_size,
			outcome_rule, add1_increment, voting_opened_at, voting_closed_at FROM pb_process""";

	static final String BUDGET = """
			SELECT b.id, b.pb_id, b.position, b.title, b.city_wide, b.amount, b.ballot_type, b.min_spend_percent,
			b.min_projects, b.max_projects, b.points, b.max_points_per_project, b.lot_order,
			(SELECT STRING_AGG(CAST(d.district_id AS VARCHAR), ',') FROM pb_budget_district d WHERE d.budget_id = b.id)
			AS districts FROM pb_budget b""";

	public static final String PROJECT = """
			SELECT p.id, p.pb_id, p.budget_id, p.state, p.title, p.body, p.language, p.topic, p.district_id,
			p.neighbourhood_id, p.address, p.lat, p.lon, p.proposed_cost, p.cost, p.review_reason, p.merged_into,
			p.author, p.channel, p.proposal_id, p.support_count, p.shortlisted, p.implementation, p.created_at FROM pb_project p""";

	private final JdbcClient jdbc;

	PbStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ParticipatoryBudgetView> find(long pbId) {
		return jdbc.sql(PB + " WHERE id = ?").param(pbId).query(this::readPb).optional();
	}

	/** The participatory budget, or NOT_FOUND {@code budgeting.not-found}. */
	public ParticipatoryBudgetView get(long pbId) {
		return find(pbId).orElseThrow(() -> DomainException.notFound("budgeting.not-found", pbId));
	}

	public Optional<ParticipatoryBudgetView> byProcess(long processId) {
		return jdbc.sql(PB + " WHERE process_id = ?").param(processId).query(this::readPb).optional();
	}

	public List<ParticipatoryBudgetView> all() {
		return jdbc.sql(PB + " ORDER BY id").query(this::readPb).list();
	}

	/** The budget, or NOT_FOUND {@code budgeting.budget-not-found}. */
	public BudgetView budget(long budgetId) {
		return jdbc.sql(BUDGET + " WHERE b.id = ?").param(budgetId).query(PbStore::readBudget).optional()
			.orElseThrow(() -> DomainException.notFound("budgeting.budget-not-found", budgetId));
	}

	public List<BudgetView> budgets(long pbId) {
		return jdbc.sql(BUDGET + " WHERE b.pb_id = ? ORDER BY b.position, b.id").param(pbId).query(PbStore::readBudget)
			.list();
	}

	public Optional<ProjectView> findProject(long id) {
		return jdbc.sql(PROJECT + " WHERE p.id = ?").param(id).query(PbStore::readProject).optional();
	}

	/** The project, or NOT_FOUND {@code budgeting.project-not-found}. */
	public ProjectView project(long id) {
		return findProject(id).orElseThrow(() -> DomainException.notFound("budgeting.project-not-found", id));
	}

	/** The projects of a budget in the given states (all when none given), in id order. */
	public List<ProjectView> projects(long budgetId, ProjectState... states) {
		if (states.length == 0) {
			return jdbc.sql(PROJECT + " WHERE p.budget_id = ? ORDER BY p.id").param(budgetId)
				.query(PbStore::readProject).list();
		}
		List<String> names = Arrays.stream(states).map(Enum::name).toList();
		return jdbc.sql(PROJECT + " WHERE p.budget_id = :budget AND p.state IN (:states) ORDER BY p.id")
			.param("budget", budgetId).param("states", names).query(PbStore::readProject).list();
	}

	/** The projects on the budget's ballot (feasible and shortlisted), in id order: the PROJECTS order. */
	public List<ProjectView> ballotProjects(long budgetId) {
		return jdbc.sql(PROJECT + " WHERE p.budget_id = ? AND p.state = 'FEASIBLE' AND p.shortlisted ORDER BY p.id")
			.param(budgetId).query(PbStore::readProject).list();
	}

	private ParticipatoryBudgetView readPb(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		return new ParticipatoryBudgetView(id, rs.getLong("process_id"), BudgetStage.valueOf(rs.getString("stage")),
				VotingScope.valueOf(rs.getString("voting_scope")), rs.getInt("min_age"),
				rs.getBoolean("ballot_changeable"), rs.getObject("support_limit", Integer.class),
				rs.getObject("shortlist_size", Integer.class), rs.getString("outcome_rule"), rs.getInt("add1_increment"),
				instant(rs, "voting_opened_at"), instant(rs, "voting_closed_at"), budgets(id));
	}

	static BudgetView readBudget(ResultSet rs, int row) throws SQLException {
		String districts = rs.getString("districts");
		String lot = rs.getString("lot_order");
		return new BudgetView(rs.getLong("id"), rs.getLong("pb_id"), rs.getInt("position"),
				LocalizedText.fromJson(rs.getString("title")), rs.getBoolean("city_wide"),
				districts == null || districts.isBlank() ? List.of()
						: Arrays.stream(districts.split(",")).map(String::trim).map(Integer::valueOf).sorted().toList(),
				rs.getBigDecimal("amount"), BallotType.valueOf(rs.getString("ballot_type")),
				rs.getObject("min_spend_percent", Integer.class), rs.getObject("min_projects", Integer.class),
				rs.getObject("max_projects", Integer.class), rs.getObject("points", Integer.class),
				rs.getObject("max_points_per_project", Integer.class),
				lot == null || lot.isBlank() ? List.of()
						: Arrays.stream(lot.split(",")).map(String::trim).map(Long::valueOf).toList());
	}

	public static ProjectView readProject(ResultSet rs, int row) throws SQLException {
		String state = rs.getString("state");
		return new ProjectView(rs.getLong("id"), rs.getLong("pb_id"), rs.getLong("budget_id"),
				ProjectState.valueOf(state), rs.getString("title"), rs.getString("body"), rs.getString("language"),
				rs.getString("topic"), rs.getObject("district_id", Integer.class),
				rs.getObject("neighbourhood_id", Integer.class), rs.getString("address"),
				rs.getObject("lat", Double.class), rs.getObject("lon", Double.class), money(rs, "proposed_cost"),
				money(rs, "cost"), rs.getString("review_reason"), rs.getObject("merged_into", Long.class),
				rs.getString("author"), rs.getString("channel"), rs.getObject("proposal_id", Long.class),
				rs.getInt("support_count"), rs.getBoolean("shortlisted"),
				rs.getString("implementation"), instant(rs, "created_at"));
	}

	static BigDecimal money(ResultSet rs, String column) throws SQLException {
		BigDecimal value = rs.getBigDecimal(column);
		return value == null ? null : value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
	}

	public static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

	static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
