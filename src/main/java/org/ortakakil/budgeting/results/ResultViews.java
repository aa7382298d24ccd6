package org.ortakakil.budgeting.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ortakakil.budgeting.BallotType;
import org.ortakakil.budgeting.BudgetView;
import org.ortakakil.budgeting.ParticipatoryBudgetView;
import org.ortakakil.budgeting.ProjectView;
import org.ortakakil.budgeting.internal.PbStore;
import org.ortakakil.geography.District;
import org.ortakakil.geography.Geography;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** A budget's stored results as its page shows them: never a ballot read. */
@Component
class ResultViews {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One budget's results; {@code official} null while none is stored. */
	public record BudgetResult(BudgetView budget, String amountText, BudgetTally tally, RuleResult official, String usedText,
			Comparison comparison, String points, List<String> lotTitles) {

		public boolean ready() {
			return official != null;
		}
	}

	public record MapPoint(double lat, double lon, String label) {
	}

	private final PbStore store;
	private final ResultStore results;
	private final Geography geography;
	private final MessageSource messages;

	ResultViews(PbStore store, ResultStore results, Geography geography, MessageSource messages) {
		this.store = store;
		this.results = results;
		this.geography = geography;
		this.messages = messages;
	}

	List<BudgetResult> all(ParticipatoryBudgetView pb, Optional<Computation> done, Locale locale) {
		List<BudgetResult> out = new ArrayList<>();
		for (BudgetView budget : pb.budgets()) {
			out.add(budget(budget, done, locale));
		}
		return out;
	}

	BudgetResult budget(BudgetView budget, Optional<Computation> done, Locale locale) {
		List<ProjectView> projects = store.ballotProjects(budget.id());
		Optional<BudgetTally> tally = done.flatMap(c -> results.tally(c.id(), budget.id()));
		List<RuleResult> stored = done.map(c -> results.results(c.id(), budget.id())).orElse(List.of());
		Map<String, ProjectView> byId = new HashMap<>();
		List<Comparison.Item> items = new ArrayList<>();
		String cityWide = messages.getMessage("budgeting.results.no-district", null, locale);
		for (ProjectView p : projects) {
			String id = String.valueOf(p.id());
			byId.put(id, p);
			String district = p.districtId() == null ? cityWide
					: geography.district(p.districtId()).map(District::name).orElse(cityWide);
			items.add(new Comparison.Item(id, p.title(), p.cost(), tally.map(t -> t.votes(id)).orElse(0L),
					p.districtId() == null ? "" : String.valueOf(p.districtId()), district));
		}
		Comparison comparison = Comparison.of(items, stored, budget.ballotType() == BallotType.CUMULATIVE, locale,
				"TRY");
		RuleResult official = stored.isEmpty() ? null : stored.get(0);
		String funded = messages.getMessage("budgeting.results.map-funded", null, locale);
		List<MapPoint> points = new ArrayList<>();
		for (ProjectView p : projects) {
			if (p.lat() != null && p.lon() != null) {
				boolean chosen = official != null && official.funds(String.valueOf(p.id()));
				points.add(new MapPoint(p.lat(), p.lon(), chosen ? p.title() + " (" + funded + ")" : p.title()));
			}
		}
		List<String> lot = tally.map(BudgetTally::lotOrder).orElse(List.of()).stream()
			.map(id -> Optional.ofNullable(byId.get(id)).map(ProjectView::title).orElse(id)).toList();
		BigDecimal used = official == null || official.cost() == null ? null : official.cost();
		return new BudgetResult(budget, Comparison.money(budget.amount(), locale), tally.orElse(null), official,
				Comparison.money(used, locale), comparison, points.isEmpty() ? "" : JSON.writeValueAsString(points), lot);
	}
}
