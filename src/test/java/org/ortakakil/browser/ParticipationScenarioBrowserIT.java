package org.ortakakil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ortakakil.comments.internal.Comments;
import org.ortakakil.identity.Accounts;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.moderation.internal.Reason;
import org.ortakakil.moderation.internal.Reports;
import org.ortakakil.notifications.Follows;
import org.ortakakil.proposals.ProposalFixture;
import org.ortakakil.proposals.ProposalState;
import org.ortakakil.proposals.internal.Boards;
import org.ortakakil.proposals.internal.ProposalStore;
import org.ortakakil.proposals.internal.ProposalSupports;
import org.ortakakil.shared.ResourceRef;
import org.ortakakil.spaces.internal.ProcessAdministration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 4 from end to end, with a screenshot at every step: a resident proposes on a phone, comments, others
 * support it and it qualifies, an evaluator answers, a follower of the process finds both in the notification
 * centre, a moderator hides a spam comment, and search finds the proposal in Turkish whichever way one types it.
 */
class ParticipationScenarioBrowserIT extends BrowserSupport {

	static final String PASSWORD = "demo-katilim-2050";

	@Test
	void aProposalIsSupportedCommentedAnsweredFollowedModeratedAndFound() {
		Boards boards = application.getBean(Boards.class);
		long board = new ProposalFixture(application.getBean(ProcessAdministration.class), boards)
			.board(ProposalFixture.settings(null, 2));
		String space = boards.board(board).spaceParam();
		ResourceRef process = ResourceRef.of("process", boards.board(board).spaceId());
		CurrentAccount muhtar = application.getBean(Accounts.class).byEmail("muhtar@ortakakil.demo").orElseThrow();
		application.getBean(Follows.class).follow(muhtar.principal(), process);
		String word = "Kuşdili" + (System.nanoTime() % 100000);

		// 1. A resident proposes on a phone and writes the first comment.
		sakinLivesInBebek();
		page.setViewportSize(360, 740);
		logIn("sakin@ortakakil.demo", PASSWORD);
		page.navigate(url("/proposals/new?space=" + space));
		page.fill("#title", "İstanbul sahillerine ışıklı " + word + " yolu");
		page.fill("#body", "Akşam yürüyüşleri için **aydınlatılmış** bir sahil yolu.");
		page.selectOption("#topic", "urban-planning");
		page.click("main form button[value=publish]");
		page.waitForURL(u -> u.matches(".*/proposals/\\d+$"));
		long id = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));
		page.fill("#comment-form-new-thread-body", "Moda ile Caddebostan arası en çok ihtiyaç duyulan yer.");
		page.click("#comment-form-new-thread button[type=submit]");
		page.waitForSelector(".comment-thread article:has-text('Moda ile Caddebostan arası')");
		assertNoSeriousAccessibilityViolations("proposal with a comment");
		screenshot("participation-1-proposed-and-commented");

		// 2. Two others support it: it qualifies and waits for an answer; a spammer comments.
		page.click("#support-title ~ form button");
		page.waitForLoadState();
		application.getBean(ProposalSupports.class).support(ProposalFixture.besiktasli(), id, ProposalFixture.ACTOR);
		ProposalStore proposals = application.getBean(ProposalStore.class);
		assertThat(proposals.get(id).state()).isEqualTo(ProposalState.EVALUATING);
		CurrentAccount spammer = ProposalFixture.kadikoylu();
		long spam = application.getBean(Comments.class).write(spammer, ResourceRef.of("proposal", id), null, "NEUTRAL",
				"Ucuz kredi! Hemen tıklayın: http://ornek.invalid", ProposalFixture.ACTOR);
		application.getBean(Reports.class).report(ProposalFixture.besiktasli(), ResourceRef.of("comment", spam),
				Reason.SPAM, "reklam");

		// 3. The evaluator answers.
		context.clearCookies();
		page.setViewportSize(1280, 900);
		logIn();
		page.navigate(url("/proposals/" + id + "/answer"));
		page.fill("#text-tr", "Kabul edildi: sahil yolu 2027 yazında aydınlatılacak.");
		page.check("#outcome-ACCEPTED");
		page.click("main form[action$='/answer'] button[type=submit]");
		page.waitForLoadState();
		page.click("main form[action$='/answer/publish'] button");
		page.waitForURL(u -> u.matches(".*/proposals/\\d+$"));
		assertThat(proposals.get(id).state()).isEqualTo(ProposalState.ACCEPTED);
		screenshot("participation-2-answered");

		// 4. A moderator hides the spam comment from the queue; the thread keeps a notice.
		context.clearCookies();
		logIn("moderator@ortakakil.demo", PASSWORD);
		page.navigate(url("/moderation"));
		assertThat(page.textContent("main")).contains("Ucuz kredi");
		screenshot("participation-3-moderation-queue");
		page.locator("article:has-text('Ucuz kredi') form[action$='/moderation/hide'] button").click();
		page.waitForLoadState();
		page.navigate(url("/proposals/" + id));
		assertThat(page.textContent("main")).doesNotContain("Ucuz kredi").contains("Moda ile Caddebostan arası");
		screenshot("participation-4-spam-hidden");

		// 5. The muhtar, who follows the process, finds the new proposal and its answer in the notification centre.
		context.clearCookies();
		logIn("muhtar@ortakakil.demo", PASSWORD);
		JdbcClient jdbc = application.getBean(JdbcClient.class);
		for (int i = 0; i < 40 && jdbc.sql("SELECT COUNT(*) FROM notification WHERE recipient = ? AND resource_id = ?")
			.params(muhtar.principal(), String.valueOf(id)).query(Long.class).single() < 1; i++) {
			page.waitForTimeout(250);
		}
		page.navigate(url("/notifications"));
		assertThat(page.textContent("main")).contains(word);
		assertNoSeriousAccessibilityViolations("notifications");
		screenshot("participation-5-notified");

		// 6. Search finds it in Turkish: capitals, dotted and dotless i, with or without Turkish letters.
		for (String query : List.of("istanbul " + word, "İSTANBUL " + word.toUpperCase(java.util.Locale.forLanguageTag("tr")),
				"isikli " + word.toLowerCase(java.util.Locale.ROOT))) {
			page.navigate(url("/search?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8)));
			assertThat(page.textContent("main")).as(query).contains(word);
		}
		assertNoSeriousAccessibilityViolations("search");
		screenshot("participation-6-found");
	}
}
