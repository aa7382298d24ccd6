package org.ortakakil.budgeting.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.ortakakil.budgeting.BudgetView;
import org.ortakakil.budgeting.ProjectState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Project ideas: submitted by residents, participation offices and muhtars, withdrawn by their authors. */
public class Ideas {

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
