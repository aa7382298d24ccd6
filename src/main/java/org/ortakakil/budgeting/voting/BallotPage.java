package org.ortakakil.budgeting.voting;

import org.ortakakil.budgeting.web.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ortakakil.budgeting.BudgetView;
import org.ortakakil.budgeting.ProjectView;
import org.ortakakil.geography.Geography;

/**
 * What the ballot page (and the paper entry form) shows: each project with what was chosen for it, and the
 * totals in the reader's money format. Built from the budget, the projects on its ballot, what was typed and
 * the rules' check of it.
 */
record BallotPage(BudgetView budget, List<Row> rows, BallotCheck check, List<String> problems, String amount,
		String total, String left, String over, String minimum, int minProjects, int rankChoices) {

	/** One project on the ballot as the form shows it. */
	record Row(long id, String title, String summary, String language, String cost, BigDecimal costValue,
			String district, boolean chosen, String typed, boolean notFitting, boolean problem) {
	}

	static BallotPage of(BudgetView budget, List<ProjectView> ballot, BallotForm form, BallotCheck check,
			List<String> problems, Geography geography, Locale locale) {
		Map<Long, String> typed = form == null ? Map.of() : form.typed();
		List<Row> rows = new ArrayList<>();
		for (ProjectView p : ballot) {
			String district = p.districtId() == null ? null
					: geography.district(p.districtId()).map(d -> d.name()).orElse(null);
			boolean chosen = check != null && check.canonical().projects().contains(p.id());
			boolean problem = check != null && check.projectProblems().contains(p.id())
					|| form != null && form.invalidProjects().contains(p.id());
			rows.add(new Row(p.id(), p.title(), summary(p.body()), p.language(), Money.format(p.cost(), locale), p.cost(),
					district, chosen, typed.getOrDefault(p.id(), ""), check != null && check.notFitting().contains(p.id()),
					problem));
		}
		int maxRank = budget.maxProjects() == null ? ballot.size() : Math.min(budget.maxProjects(), ballot.size());
		return new BallotPage(budget, rows, check, problems, Money.format(budget.amount(), locale),
				check == null ? Money.format(BigDecimal.ZERO, locale) : Money.format(check.total(), locale),
				Money.format(check == null ? budget.amount() : check.left().max(BigDecimal.ZERO), locale),
				check == null || check.left().signum() >= 0 ? null : Money.format(check.left().negate(), locale),
				check == null || check.minimumSpend() == null ? null : Money.format(check.minimumSpend(), locale),
				BallotRules.minProjects(budget), maxRank);
	}

	boolean overBudget() {
		return check != null && check.left().signum() < 0;
	}

	static String summary(String body) {
		if (body == null) {
			return "";
		}
		String flat = body.replaceAll("\\s+", " ").trim();
		return flat.length() <= 220 ? flat : flat.substring(0, 219).trim() + "…";
	}
}
