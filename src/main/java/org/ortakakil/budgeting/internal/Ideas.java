package org.ortakakil.budgeting.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.ortakakil.budgeting.BudgetView;
import org.ortakakil.budgeting.ParticipatoryBudgetView;
import org.ortakakil.budgeting.ProjectState;
import org.ortakakil.budgeting.ProjectView;
import org.ortakakil.geography.Geography;
import org.ortakakil.geography.Neighbourhood;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Project ideas, submitted while the budget collects them: by verified residents of the budget's scope, by
 * a participation office for the resident present (channel OFFICE), or by a muhtar for their neighbourhood
 * (channel MUHTAR). The author may withdraw an idea until it is reviewed.
 */
@Service
@Transactional
public class Ideas {

	public static final List<String> TOPICS = List.of("infrastructure", "urban-planning", "environment", "transport",
			"social-services", "culture", "economy", "disaster-preparedness", "other");

	static final int TITLE_MIN = 5;
	static final int TITLE_MAX = 150;
	static final int BODY_MIN = 20;
	static final int BODY_MAX = 5000;

	private final JdbcClient jdbc;
	private final PbStore store;
	private final Eligibility eligibility;
	private final PbAccess access;
	private final Geography geography;
	private final Clock clock;

	Ideas(JdbcClient jdbc, PbStore store, Eligibility eligibility, PbAccess access, Geography geography, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.eligibility = eligibility;
		this.access = access;
		this.geography = geography;
		this.clock = clock;
	}

	/**
	 * Stores the idea and returns its id. With {@code asMuhtar}, the author must be the muhtar of the idea's
	 * neighbourhood; otherwise a resident who may take part in the budget (in an assisted session: the
	 * resident present, and the office is recorded).
	 */
	public long submit(CurrentAccount author, long budgetId, IdeaDraft draft, boolean asMuhtar, Actor actor) {
		BudgetView budget = store.budget(budgetId);
		ParticipatoryBudgetView pb = store.get(budget.pbId());
		if (!pb.stage().acceptsIdeas()) {
			throw DomainException.forbidden("budgeting.ideas-closed");
		}
		IdeaDraft idea = check(budget, draft);
		String channel;
		if (asMuhtar) {
			if (idea.neighbourhoodId() == null || !access.represents(author, idea.neighbourhoodId())) {
				throw DomainException.forbidden("budgeting.not-muhtar");
			}
			channel = "MUHTAR";
		}
		else {
			eligibility.require(author, pb, budget, LocalDate.now(clock));
			channel = author.assisted() ? "OFFICE" : "WEB";
		}
		return insert(jdbc, budget, idea, ProjectState.IDEA, null, author.principal(), channel, author.assistedBy(), null,
				OffsetDateTime.now(clock));
	}

	/** The author takes back an idea not yet reviewed. */
	public void withdraw(CurrentAccount author, long projectId) {
		ProjectView project = store.project(projectId);
		if (author == null || !project.author().equals(author.principal())) {
			throw DomainException.forbidden("budgeting.not-author");
		}
		int changed = jdbc.sql("UPDATE pb_project SET state = 'WITHDRAWN', updated_at = ? WHERE id = ? AND state = 'IDEA'")
			.params(OffsetDateTime.now(clock), projectId)
			.update();
		if (changed == 0) {
			throw DomainException.conflict("budgeting.already-reviewed");
		}
	}

	/** The draft with its texts trimmed, or INVALID naming the first field at fault. */
	IdeaDraft check(BudgetView budget, IdeaDraft draft) {
		String title = draft.title() == null ? "" : draft.title().strip();
		String body = draft.body() == null ? "" : draft.body().strip();
		if (title.codePointCount(0, title.length()) < TITLE_MIN || title.codePointCount(0, title.length()) > TITLE_MAX) {
			throw DomainException.invalid("title.length", TITLE_MIN, TITLE_MAX);
		}
		if (body.codePointCount(0, body.length()) < BODY_MIN || body.codePointCount(0, body.length()) > BODY_MAX) {
			throw DomainException.invalid("body.length", BODY_MIN, BODY_MAX);
		}
		String topic = draft.topic() == null || draft.topic().isBlank() ? "other" : draft.topic();
		if (!TOPICS.contains(topic)) {
			throw DomainException.invalid("topic.unknown");
		}
		Integer district = draft.districtId();
		if (draft.neighbourhoodId() != null) {
			Neighbourhood n = geography.neighbourhood(draft.neighbourhoodId())
				.orElseThrow(() -> DomainException.invalid("neighbourhood.unknown", draft.neighbourhoodId()));
			if (district != null && district != n.districtId()) {
				throw DomainException.invalid("neighbourhood.not-in-district");
			}
			district = n.districtId();
		}
		if (district == null && !budget.cityWide() && budget.districtIds().size() == 1) {
			district = budget.districtIds().get(0);
		}
		if (district != null && geography.district(district).isEmpty()) {
			throw DomainException.invalid("district.unknown", district);
		}
		if (district != null && !budget.concernsDistrict(district)) {
			throw DomainException.invalid("district.outside-budget");
		}
		if (!budget.cityWide() && district == null) {
			throw DomainException.invalid("district.required");
		}
		if (draft.lat() != null || draft.lon() != null) {
			if (draft.lat() == null || draft.lon() == null || draft.lat() < 40.7 || draft.lat() > 41.7
					|| draft.lon() < 27.9 || draft.lon() > 29.95) {
				throw DomainException.invalid("location.outside-istanbul");
			}
		}
		BigDecimal cost = draft.proposedCost();
		if (cost != null && (cost.signum() <= 0 || cost.compareTo(budget.amount()) > 0)) {
			throw DomainException.invalid("cost.range", budget.amount().toPlainString());
		}
		String address = draft.address() == null || draft.address().isBlank() ? null : draft.address().strip();
		if (address != null && address.length() > 500) {
			throw DomainException.invalid("address.length");
		}
		String language = draft.language() == null || draft.language().isBlank() ? "tr" : draft.language();
		return new IdeaDraft(title, body, language, topic, district, draft.neighbourhoodId(), address, draft.lat(),
				draft.lon(), cost);
	}

	static long insert(JdbcClient jdbc, BudgetView budget, IdeaDraft draft, ProjectState state, BigDecimal cost,
			String author, String channel, String assistedBy, Long proposalId, OffsetDateTime now) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO pb_project (pb_id, budget_id, state, title, body, language, topic, district_id,
				neighbourhood_id, address, lat, lon, proposed_cost, cost, author, channel, assisted_by, proposal_id,
				created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(budget.pbId(), budget.id(), state.name(), draft.title().strip(), draft.body().strip(),
					draft.language(), draft.topic(), draft.districtId(), draft.neighbourhoodId(), draft.address(),
					draft.lat(), draft.lon(), draft.proposedCost(), cost, author, channel, assistedBy, proposalId, now,
					now)
			.update(key, "id");
		return key.getKey().longValue();
	}
}
