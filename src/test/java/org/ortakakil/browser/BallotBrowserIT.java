package org.ortakakil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ortakakil.budgeting.BudgetStage;
import org.ortakakil.budgeting.VotingScope;
import org.ortakakil.budgeting.internal.PbAdministration;
import org.ortakakil.budgeting.voting.VotingFixture;
import org.ortakakil.budgeting.voting.VotingFixture.Pb;
import org.ortakakil.budgeting.voting.VotingFixture.Spec;
import org.ortakakil.spaces.internal.ProcessAdministration;

import com.microsoft.playwright.Locator;

/**
 * A resident on a 360 px phone fills a knapsack ballot: the running total and what still fits change as they
 * tick projects (ballot.js), they check the ballot without JavaScript's help (the server answers the same),
 * cast it and get a receipt; once in Turkish and once in Arabic (right to left), each page checked by axe.
 */
class BallotBrowserIT extends BrowserSupport {

	Pb voting() {
		return new VotingFixture(application.getBean(ProcessAdministration.class), application.getBean(PbAdministration.class))
			.create(VotingScope.OWN_DISTRICT, false, BudgetStage.VOTING,
					Spec.knapsack(List.of(), 1_000_000, null, 400_000L, 350_000L, 300_000L, 200_000L));
	}

	@Test
	void aResidentOnAPhoneFillsAKnapsackBallotSeesTheTotalCastsItAndGetsAReceipt() {
		for (String language : List.of("tr", "ar")) {
			sakinLivesInBebek();
			Pb pb = voting();
			logIn("sakin@ortakakil.demo", "demo-katilim-2050");
			String ballot = "/budgets/" + pb.id() + "/vote/" + pb.budget(0);
			visit("/budgets/" + pb.id() + "/vote", language);
			visit(ballot, language);
			page.setViewportSize(360, 740);
			String untouched = page.locator("#ballot-status [data-status=left]").textContent();
			page.check("#p-" + pb.project(0, 0));
			page.check("#p-" + pb.project(0, 1));
			Locator status = page.locator("#ballot-status");
			String left = status.locator("[data-status=left]").textContent();
			assertThat(left).isNotEqualTo(untouched);
			if (language.equals("tr")) {
				assertThat(left).contains("₺250.000");
			}
			Locator fitNote = page.locator("#p-" + pb.project(0, 2) + "-fit");
			assertThat(fitNote.isVisible()).as("the 300,000 project no longer fits").isTrue();
			assertThat(page.getAttribute("#p-" + pb.project(0, 2), "aria-describedby")).contains(fitNote.getAttribute("id"));
			assertThat(page.locator("#p-" + pb.project(0, 3) + "-fit").isVisible()).isFalse();
			page.check("#p-" + pb.project(0, 2));
			assertThat(status.locator("[data-status=over]").isVisible()).isTrue();
			page.click("button[value=check]");
			page.waitForLoadState();
			assertThat(page.locator("#ballot-problems").isVisible()).as("the server says what the script said").isTrue();
			assertThat(page.isChecked("#p-" + pb.project(0, 2))).isTrue();
			screenshot("ballot-over-budget-" + language);
			page.setViewportSize(360, 740);
			page.uncheck("#p-" + pb.project(0, 2));
			page.check("#p-" + pb.project(0, 3));
			assertThat(status.locator("[data-status=left]").textContent()).isNotEqualTo(left);
			screenshot("ballot-filled-" + language);
			page.click("button[value=cast]");
			page.waitForURL("**/receipt");
			assertNoSeriousAccessibilityViolations("receipt (" + language + ")");
			assertThat(page.getAttribute("html", "dir")).isEqualTo(language.equals("ar") ? "rtl" : "ltr");
			String code = page.locator(".receipt-code span[aria-hidden]").textContent();
			assertThat(code).matches("[ACDEFGHJKMNPQRTUVWXY34679]{4}(-[ACDEFGHJKMNPQRTUVWXY34679]{4}){3}");
			screenshot("ballot-receipt-" + language);
			visit("/budgets/" + pb.id() + "/vote", language);
			context.clearCookies();
		}
	}
}
