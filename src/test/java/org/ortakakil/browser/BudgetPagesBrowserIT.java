package org.ortakakil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ortakakil.budgeting.BudgetStage;
import org.ortakakil.budgeting.ParticipatoryBudgetView;
import org.ortakakil.budgeting.internal.BudgetDraft;
import org.ortakakil.budgeting.internal.PbAdministration;
import org.ortakakil.budgeting.internal.PbSettings;
import org.ortakakil.budgeting.internal.PbStore;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.shared.Slug;
import org.ortakakil.spaces.ScopeType;
import org.ortakakil.spaces.internal.ProcessAdministration;
import org.ortakakil.spaces.internal.ProcessDraft;

/**
 * The participatory budget's own pages in a browser, in Turkish and Arabic, on a desktop and a 360 px
 * phone, each checked with axe: the list, the demo budget, a project, the management and review pages,
 * and a resident sending an idea from a phone.
 */
class BudgetPagesBrowserIT extends BrowserSupport {

	ParticipatoryBudgetView demo() {
		PbStore store = application.getBean(PbStore.class);
		return store.all().stream().filter(pb -> pb.budgets().size() == 3).findFirst().orElseThrow();
	}

	@Test
	void theBudgetPagesReadWellInEveryDirection() {
		ParticipatoryBudgetView pb = demo();
		long project = application.getBean(PbStore.class).ballotProjects(pb.budgets().get(1).id()).get(0).id();
		visit("/budgets", "tr");
		visit("/budgets/" + pb.id(), "tr");
		visit("/budgets/" + pb.id() + "?budget=" + pb.budgets().get(1).id(), "ar");
		assertThat(page.textContent("main")).contains("Moda");
		visit("/budgets/projects/" + project, "ar");
		visit("/budgets/projects/" + project, "tr");
		logIn();
		visit("/budgets/" + pb.id() + "/manage", "tr");
		assertThat(page.textContent("main")).contains("Kent geneli", "Kadıköy", "Beşiktaş");
		visit("/budgets/" + pb.id() + "/manage", "ar");
		visit("/admin/budgets", "tr");
	}

	@Test
	void aResidentSendsAnIdeaFromAPhoneAndAnEvaluatorReviewsIt() {
		ProcessAdministration processes = application.getBean(ProcessAdministration.class);
		PbAdministration admin = application.getBean(PbAdministration.class);
		long process = processes.createProcess(new ProcessDraft(new Slug("fikir-" + System.nanoTime()),
				LocalizedText.of("Beşiktaş Bütçesi 2028", "Beşiktaş Budget 2028"), null, ScopeType.CITY, Set.of(), null),
				Actor.SYSTEM);
		processes.setProcessPublished(process, true, Actor.SYSTEM);
		long pb = admin.create(process, PbSettings.defaults(), Actor.SYSTEM);
		long besiktas = admin.addBudget(pb, BudgetDraft.knapsack(LocalizedText.of("Beşiktaş", "Beşiktaş"), List.of(1183),
				new BigDecimal("4000000")), Actor.SYSTEM);
		admin.moveTo(pb, BudgetStage.IDEAS, Actor.SYSTEM);

		sakinLivesInBebek();
		page.setViewportSize(360, 740);
		logIn("sakin@ortakakil.demo", "demo-katilim-2050");
		page.navigate(url("/budgets/" + pb));
		page.click("main a[href$='/ideas/new']");
		page.waitForURL("**/ideas/new");
		page.selectOption("#budget", String.valueOf(besiktas));
		page.fill("#title", "Bank");
		page.fill("#body", "Bebek sahilinde yaşlılar için gölgeli oturma yerleri.");
		page.click("main form button[type=submit]");
		assertThat(page.textContent("#title-error")).contains("5");
		assertThat(page.getAttribute("#title", "aria-invalid")).isEqualTo("true");
		assertNoSeriousAccessibilityViolations("idea form refused");
		screenshot("budget-idea-1-refused");
		page.fill("#title", "Bebek sahiline gölgeli banklar");
		page.selectOption("#topic", "urban-planning");
		page.fill("#cost", "350000");
		screenshot("budget-idea-2-filled");
		page.click("main form button[type=submit]");
		page.waitForURL(u -> u.matches(".*/budgets/projects/\\d+$"));
		assertThat(page.textContent("main")).contains("Bebek sahiline gölgeli banklar", "Fikir");
		assertNoSeriousAccessibilityViolations("idea sent");
		screenshot("budget-idea-3-sent");
		long idea = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));

		context.clearCookies();
		page.setViewportSize(1280, 900);
		logIn();
		page.navigate(url("/budgets/" + pb + "/review"));
		assertNoSeriousAccessibilityViolations("review");
		screenshot("budget-idea-4-review");
		page.fill("#cost-" + idea, "420000");
		page.click("#project-" + idea + " form:has(input[value=feasible]) button");
		page.waitForLoadState();
		assertThat(application.getBean(PbStore.class).project(idea).cost()).isEqualByComparingTo("420000");
		page.navigate(url("/budgets/projects/" + idea + "?lang=ar"));
		assertThat(page.textContent("main")).as("the cost, in Latin digits").contains("420", "₺");
		screenshot("budget-idea-5-feasible-ar");
	}
}
