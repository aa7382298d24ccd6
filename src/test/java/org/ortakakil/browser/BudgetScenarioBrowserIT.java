package org.ortakakil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ortakakil.budgeting.BudgetStage;
import org.ortakakil.budgeting.BudgetView;
import org.ortakakil.budgeting.ParticipatoryBudgetView;
import org.ortakakil.budgeting.ProjectView;
import org.ortakakil.budgeting.internal.PbStore;
import org.ortakakil.budgeting.model.Election;
import org.ortakakil.budgeting.pabulib.PabulibReader;
import org.ortakakil.budgeting.rules.Rules;
import org.ortakakil.identity.census.CensusFixtures;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.shared.Slug;
import org.ortakakil.spaces.ScopeType;
import org.ortakakil.spaces.internal.ProcessAdministration;
import org.ortakakil.spaces.internal.ProcessDraft;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.APIResponse;

/**
 * Issue 5 from end to end, as its people do it, with a screenshot at every step: an administrator gives a
 * process a participatory budget with a city-wide and two district budgets; a resident (on a phone) and a
 * muhtar send ideas; an evaluator reviews them; voting opens; a resident votes on a phone, a participation
 * office votes for a resident who is present, and two clerks enter a batch of paper ballots twice and
 * reconcile it; voting closes and the result page compares Equal Shares with greedy, with the ballots
 * downloadable as a Pabulib file.
 */
class BudgetScenarioBrowserIT extends BrowserSupport {

	static final String PASSWORD = "demo-katilim-2050";


	void addBudget(String title, String district, String amount) {
		page.click("summary:has-text('Bütçe ekle')");
		page.fill("#new-title-tr", title);
		if (district != null) {
			page.uncheck("#new-city");
			page.selectOption("#new-districts", district);
		}
		page.fill("#new-amount", amount);
		page.click("form[action$='/manage/budgets'] button[type=submit]");
		page.waitForLoadState();
		assertThat(page.textContent("[role=status]")).contains("Bütçe eklendi");
	}

	void moveTo(long pb, String stage) {
		page.navigate(url("/budgets/" + pb + "/manage"));
		page.selectOption("#stage", stage);
		page.click("form[action$='/manage/stage'] button[type=submit]");
		page.waitForLoadState();
		assertThat(page.textContent("[role=status]")).contains("Aşama değişti");
	}

	void sendIdea(long pb, long budget, String title, String body) {
		page.navigate(url("/budgets/" + pb + "/ideas/new"));
		page.selectOption("#budget", String.valueOf(budget));
		page.fill("#title", title);
		page.fill("#body", body);
		page.click("main form button[type=submit]");
		page.waitForURL(u -> u.matches(".*/budgets/projects/\\d+$"));
	}

	@Test
	void aProcessGoesFromIdeasThroughReviewAndVotingToResults() {
		PbStore store = application.getBean(PbStore.class);
		long process = application.getBean(ProcessAdministration.class).createProcess(new ProcessDraft(
				new Slug("katilimci-butce-" + System.nanoTime()), LocalizedText.of("Katılımcı Bütçe 2028", "Participatory Budget 2028"),
				null, ScopeType.CITY, Set.of(), null), Actor.SYSTEM);
		application.getBean(ProcessAdministration.class).setProcessPublished(process, true, Actor.SYSTEM);

		// 1. The administrator gives the process a participatory budget with three budgets.
		useDesktop();
		logIn();
		page.navigate(url("/admin/budgets"));
		page.selectOption("#process", String.valueOf(process));
		page.click("main form button[type=submit]");
		page.waitForURL("**/manage");
		long pb = store.byProcess(process).orElseThrow().id();
		addBudget("Kent geneli", null, "900000");
		addBudget("Kadıköy", "1421", "400000");
		addBudget("Beşiktaş", "1183", "300000");
		assertThat(store.get(pb).budgets()).extracting(BudgetView::cityWide).containsExactly(true, false, false);
		screenshot("pb-1-budgets");
		moveTo(pb, "IDEAS");
		// while ideas come in, the management page offers to promote a proposal: checked in Arabic, then Turkish
		visit("/budgets/" + pb + "/manage", "ar");
		assertThat(page.isVisible("#promote-proposal")).isTrue();
		visit("/budgets/" + pb + "/manage", "tr");
		ParticipatoryBudgetView view = store.get(pb);
		long city = view.budgets().get(0).id();
		long kadikoy = view.budgets().get(1).id();
		long besiktas = view.budgets().get(2).id();

		// 2. A resident of Bebek sends an idea from a phone; the muhtar of Caferağa sends one for the neighbourhood.
		sakinLivesInBebek();
		usePhone();
		logIn("sakin@ortakakil.demo", PASSWORD);
		page.navigate(url("/budgets/" + pb));
		screenshot("pb-2-ideas-open");
		sendIdea(pb, besiktas, "Bebek sahiline gölgeli banklar", "Sahil yolunda yaşlılar için gölgeli oturma yerleri.");
		sendIdea(pb, city, "Toplanma alanlarına aydınlatma", "Deprem toplanma alanları geceleri karanlık kalıyor.");
		screenshot("pb-3-idea-sent");
		useDesktop();
		logIn("muhtar@ortakakil.demo", PASSWORD);
		page.navigate(url("/budgets/" + pb + "/ideas/new"));
		assertThat(page.isChecked("#asMuhtar")).isTrue();
		page.selectOption("#budget", String.valueOf(kadikoy));
		page.fill("#title", "Caferağa ara sokaklarına aydınlatma");
		page.fill("#body", "Mahallemizin ara sokakları geceleri çok karanlık; muhtarlık olarak istiyoruz.");
		screenshot("pb-4-muhtar-idea");
		page.click("main form button[type=submit]");
		page.waitForURL(u -> u.matches(".*/budgets/projects/\\d+$"));
		assertThat(page.textContent("main")).contains("muhtar");

		// 3. The evaluator reviews every idea; the administration adds projects of its own.
		useDesktop();
		logIn();
		moveTo(pb, "REVIEW");
		page.navigate(url("/budgets/" + pb + "/review"));
		screenshot("pb-5-review");
		for (ProjectView idea : List.of(kadikoy, besiktas, city).stream().flatMap(b -> store.projects(b).stream()).toList()) {
			page.fill("#cost-" + idea.id(), idea.budgetId() == city ? "300000" : "150000");
			page.click("#project-" + idea.id() + " form:has(input[value=feasible]) button");
			page.waitForLoadState();
		}
		String[][] own = { { String.valueOf(city), "Kütüphaneler hafta sonu açık", "450000" },
				{ String.valueOf(city), "Metrobüs duraklarına rampa", "500000" },
				{ String.valueOf(kadikoy), "Moda sahiline çeşme", "200000" },
				{ String.valueOf(kadikoy), "Yeldeğirmeni oyun alanı", "250000" },
				{ String.valueOf(besiktas), "Abbasağa gençlik merkezi", "200000" } };
		page.navigate(url("/budgets/" + pb + "/manage"));
		for (String[] p : own) {
			page.selectOption("#p-budget", p[0]);
			page.fill("#p-title", p[1]);
			page.fill("#p-body", p[1] + ": belediyenin önerisi.");
			page.fill("#p-cost", p[2]);
			page.click("form[action$='/manage/projects'] button[type=submit]");
			page.waitForLoadState();
		}
		moveTo(pb, "VOTING");
		screenshot("pb-6-voting-open");
		assertThat(store.ballotProjects(kadikoy)).hasSize(3);

		// 4. The resident votes on a phone, in the Beşiktaş and the city-wide budget.
		usePhone();
		logIn("sakin@ortakakil.demo", PASSWORD);
		page.navigate(url("/budgets/" + pb + "/vote"));
		screenshot("pb-7-my-budgets");
		page.navigate(url("/budgets/" + pb + "/vote/" + besiktas));
		page.check("input[name=project] >> nth=0");
		page.check("input[name=project] >> nth=1");
		screenshot("pb-8-ballot-over-budget");
		page.click("button[name=action][value=check]");
		page.waitForLoadState();
		assertThat(page.isVisible("#ballot-problems")).isTrue();
		page.uncheck("input[name=project] >> nth=1");
		page.click("button[name=action][value=cast]");
		page.waitForURL("**/receipt**");
		String receipt = page.textContent(".receipt-code span[aria-hidden=true]").strip();
		assertThat(receipt).matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");
		screenshot("pb-9-receipt");
		page.navigate(url("/budgets/" + pb + "/vote/" + city));
		page.check("input[name=project] >> nth=0");
		page.check("input[name=project] >> nth=1");
		page.click("button[name=action][value=cast]");
		page.waitForURL("**/receipt**");

		// 5. At the Kadıköy participation office, a resident who is present votes with the clerk's help.
		String tckn = CensusFixtures.randomTckn();
		CensusFixtures.add(application, tckn, LocalDate.of(1962, 8, 30), 40512, 1421);
		useDesktop();
		logIn("ofis@ortakakil.demo", PASSWORD);
		page.navigate(url("/office"));
		page.fill("#tckn", tckn);
		page.fill("#birthDate", "1962-08-30");
		page.fill("#displayName", "Caferağalı Nermin");
		page.check("input[name=informed]");
		page.click("main form button[type=submit]");
		page.waitForURL("**/office/assist");
		page.navigate(url("/budgets/" + pb + "/vote/" + kadikoy));
		assertThat(page.isVisible(".assisted-banner")).isTrue();
		page.check("input[name=project] >> nth=0");
		page.check("input[name=project] >> nth=2");
		screenshot("pb-10-office-ballot");
		page.click("button[name=action][value=cast]");
		page.waitForURL("**/receipt**");
		screenshot("pb-11-office-receipt");
		page.click(".assisted-banner button");
		page.waitForURL("**/office");

		// 6. A batch of two paper ballots, entered twice by two clerks and reconciled.
		page.navigate(url("/budgets/" + pb + "/paper"));
		page.selectOption("#budget", String.valueOf(kadikoy));
		page.fill("#label", "Kadıköy sandığı 1");
		page.fill("#sheets", "2");
		page.click("main form button[type=submit]");
		page.waitForURL(u -> u.matches(".*/paper/\\d+$"));
		String batch = page.url();
		for (int sheet = 1; sheet <= 2; sheet++) {
			page.fill("#sheet", String.valueOf(sheet));
			page.selectOption("#pass", "1");
			page.check("input[name=project] >> nth=" + (sheet - 1));
			page.click("form.ballot-form-paper button[type=submit]");
			page.waitForLoadState();
		}
		screenshot("pb-12-paper-first-pass");
		context.clearCookies();
		logIn();
		page.navigate(batch);
		for (int sheet = 1; sheet <= 2; sheet++) {
			page.fill("#sheet", String.valueOf(sheet));
			page.selectOption("#pass", "2");
			page.check("input[name=project] >> nth=" + (sheet - 1));
			page.click("form.ballot-form-paper button[type=submit]");
			page.waitForLoadState();
		}
		page.click("form[action$='/reconcile'] button");
		page.waitForLoadState();
		screenshot("pb-13-paper-reconciled");
		JdbcClient jdbc = application.getBean(JdbcClient.class);
		assertThat(jdbc.sql("SELECT channel, COUNT(*) FROM pb_ballot WHERE budget_id = ? GROUP BY channel ORDER BY channel")
			.param(kadikoy).query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2)).list())
			.containsExactly("OFFICE=1", "PAPER=2");

		// 7. Voting closes; the result is computed once and compared with greedy.
		moveTo(pb, "RESULTS");
		resultsAreShownAndDownloadable(pb, kadikoy, besiktas, receipt);
	}

	void resultsAreShownAndDownloadable(long pb, long kadikoy, long besiktas, String receipt) {
		// the result is computed in the background, once: the page appears when it is ready
		page.navigate(url("/budgets/" + pb + "/results/" + kadikoy));
		for (int i = 0; i < 60 && !page.isVisible("#rule-summary"); i++) {
			page.waitForTimeout(500);
			page.reload();
		}
		assertThat(page.textContent("#rule-summary")).contains("Eşit Paylar", "Çok oy alan önce");
		assertThat(page.textContent("#selected-projects")).isNotBlank();
		assertNoSeriousAccessibilityViolations("results");
		screenshot("pb-14-results");
		page.navigate(url("/budgets/" + pb + "/results/" + kadikoy + "?lang=ar"));
		assertThat(page.getAttribute("html", "dir")).isEqualTo("rtl");
		assertNoSeriousAccessibilityViolations("results (ar)");
		screenshot("pb-15-results-ar");

		// anyone may download the anonymous ballots and recompute them with other tools
		APIResponse file = page.request().get(url("/budgets/" + pb + "/results/" + kadikoy + "/ballots.pb"));
		assertThat(file.status()).isEqualTo(200);
		Election election = PabulibReader.read(file.text());
		assertThat(election.ballots()).hasSize(3);
		assertThat(Rules.compute(election, "equalshares/add1", 1).selected())
			.containsExactlyElementsOf(election.projects().stream().filter(p -> "1".equals(p.fields().get("selected")))
				.map(p -> p.id()).toList());

		// the resident finds their ballot, as cast, in the anonymous list
		page.navigate(url("/budgets/" + pb + "/ballots/" + besiktas));
		page.fill("#receipt", receipt);
		page.click("form:has(#receipt) button");
		page.waitForLoadState();
		assertThat(page.textContent("main")).contains("Bebek sahiline gölgeli banklar");
		screenshot("pb-16-my-ballot-found");
	}
}
