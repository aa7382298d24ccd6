package org.ortakakil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ortakakil.budgeting.BudgetStage;
import org.ortakakil.budgeting.internal.BudgetDraft;
import org.ortakakil.budgeting.internal.IdeaDraft;
import org.ortakakil.budgeting.internal.PbAdministration;
import org.ortakakil.budgeting.internal.PbSettings;
import org.ortakakil.budgeting.results.Computation;
import org.ortakakil.budgeting.results.ResultStore;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.shared.Slug;
import org.ortakakil.spaces.ScopeType;
import org.ortakakil.spaces.internal.ProcessAdministration;
import org.ortakakil.spaces.internal.ProcessDraft;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A budget's results as residents read them, in Turkish and in Arabic (right to left), on a phone and a
 * desktop, with the accessibility check: the selected projects, why each was or was not selected, the rules
 * compared and the map; and the administrators' page with the computation's progress, and the simulation form.
 */
class ResultsBrowserIT extends BrowserSupport {

	static final Actor ADMIN = new Actor("browser-results", "127.0.0.1");

	long[] closedBudget() throws InterruptedException {
		String slug = "sonuclar-" + UUID.randomUUID().toString().substring(0, 8);
		long process = application.getBean(ProcessAdministration.class).createProcess(new ProcessDraft(new Slug(slug),
				LocalizedText.of("Kadıköy katılımcı bütçe " + slug), null, ScopeType.CITY, Set.of(), null), Actor.SYSTEM);
		PbAdministration administration = application.getBean(PbAdministration.class);
		long pb = administration.create(process, PbSettings.defaults(), ADMIN);
		long budget = administration.addBudget(pb, BudgetDraft.knapsack(LocalizedText.of("Kent geneli", "City-wide"),
				List.of(), new BigDecimal("1000000")), ADMIN);
		String[] titles = { "Moda sahiline oyun parkı", "Caferağa kütüphanesine kitap", "Yeldeğirmeni bisiklet yolu",
				"Fenerbahçe parkına gölgelik" };
		int[] costs = { 600_000, 500_000, 300_000, 250_000 };
		double[][] points = { { 40.9819, 29.0257 }, { 40.9881, 29.0262 }, { 40.9957, 29.0304 }, null };
		List<Long> projects = new ArrayList<>();
		for (int i = 0; i < titles.length; i++) {
			IdeaDraft idea = new IdeaDraft(titles[i], "Açıklama", "tr", "other", 1421, null, null,
					points[i] == null ? null : points[i][0], points[i] == null ? null : points[i][1], null);
			projects.add(administration.addProject(budget, idea, new BigDecimal(costs[i]), ADMIN));
		}
		administration.moveTo(pb, BudgetStage.VOTING, ADMIN);
		JdbcClient jdbc = application.getBean(JdbcClient.class);
		int[][] ballots = { { 0 }, { 0, 2 }, { 0, 1 }, { 1, 3 }, { 1 }, { 2, 3 }, { 2 }, { 0, 3 }, { 1, 2 }, { 3 } };
		String[] channels = { "WEB", "WEB", "OFFICE", "WEB", "PAPER", "WEB", "WEB", "OFFICE", "WEB", "WEB" };
		for (int v = 0; v < ballots.length; v++) {
			StringBuilder chosen = new StringBuilder();
			for (int p : ballots[v]) {
				chosen.append(chosen.length() == 0 ? "" : ",").append(projects.get(p));
			}
			String key = UUID.randomUUID().toString().replace("-", "");
			jdbc.sql("INSERT INTO pb_ballot (ballot_key, budget_id, receipt_hash, channel, projects) VALUES (?, ?, ?, ?, ?)")
				.params(key, budget, (key + key).substring(0, 64), channels[v], chosen.toString()).update();
		}
		administration.moveTo(pb, BudgetStage.RESULTS, ADMIN);
		ResultStore results = application.getBean(ResultStore.class);
		for (int i = 0; i < 600; i++) {
			Computation c = results.latest(pb).orElse(null);
			if (c != null && !c.running()) {
				break;
			}
			Thread.sleep(100);
		}
		return new long[] { pb, budget };
	}

	@Test
	void theResultsOnAPhoneInTurkishAndArabicAndTheAdministratorsProgress() throws Exception {
		long[] ids = closedBudget();
		String path = "/budgets/" + ids[0] + "/results/" + ids[1];
		for (String language : List.of("tr", "ar")) {
			visit(path, language);
			assertThat(page.locator("#selected-projects caption").count()).isEqualTo(1);
			assertThat(page.locator("#rule-summary tbody tr").count()).isGreaterThanOrEqualTo(3);
			assertThat(page.locator("td.why").count()).isEqualTo(4);
			visit("/budgets/" + ids[0] + "/results", language);
		}
		logIn();
		visit("/admin/budgets/" + ids[0] + "/results", "tr");
		assertThat(page.locator("progress#computation-bar").getAttribute("value")).isEqualTo("100");
		visit("/admin/budgets/simulate", "tr");
	}
}
