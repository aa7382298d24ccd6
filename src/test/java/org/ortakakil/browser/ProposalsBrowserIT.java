package org.ortakakil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import org.ortakakil.proposals.ProposalFixture;
import org.ortakakil.proposals.ProposalState;
import org.ortakakil.proposals.internal.Boards;
import org.ortakakil.proposals.internal.ProposalStore;
import org.ortakakil.proposals.internal.ProposalSupports;
import org.ortakakil.proposals.internal.Submissions;
import org.ortakakil.spaces.internal.ProcessAdministration;

/**
 * A proposal's way in a browser, on a 360 px phone and a desktop, in Turkish and Arabic, each page checked
 * with axe: a resident writes a proposal and is shown a similar one while typing the title, supports it,
 * another resident's support makes it qualify, and an evaluator writes and publishes the answer.
 */
class ProposalsBrowserIT extends BrowserSupport {

	@Test
	void aResidentProposesOthersSupportItQualifiesAndAnEvaluatorAnswers() {
		Boards boards = application.getBean(Boards.class);
		long board = new ProposalFixture(application.getBean(ProcessAdministration.class), boards)
			.board(ProposalFixture.settings(null, 2));
		String space = boards.board(board).spaceParam();
		Submissions submissions = application.getBean(Submissions.class);
		long existing = submissions.submit(ProposalFixture.kadikoylu(), board,
				ProposalFixture.draft("Bebek sahiline gölgeli banklar"), true, List.of(), ProposalFixture.ACTOR);

		sakinLivesInBebek();
		page.setViewportSize(360, 740);
		logIn("sakin@ortakakil.demo", "demo-katilim-2050");
		page.navigate(url("/proposals?space=" + space));
		page.click("main a[href*='/proposals/new']");
		page.waitForURL("**/proposals/new**");
		page.locator("#title").pressSequentially("BEBEK SAHİLİ gölgelik", new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(30));
		page.waitForSelector("#similar a[href$='/proposals/" + existing + "']");
		assertThat(page.textContent("#similar")).contains("Bebek sahiline gölgeli banklar");
		assertNoSeriousAccessibilityViolations("proposal form with similar proposals");
		screenshot("proposal-1-similar");
		// refused: the reason beside the field, linked from the summary, what was typed kept
		page.fill("#title", "Su");
		page.fill("#body", "Sahilde yürüyenler için içme suyu yok.");
		page.click("main form button[value=publish]");
		page.waitForSelector("#title-error");
		assertThat(page.getAttribute("#title", "aria-invalid")).isEqualTo("true");
		assertThat(page.getAttribute("#title", "aria-describedby")).startsWith("title-error");
		assertThat(page.inputValue("#body")).isEqualTo("Sahilde yürüyenler için içme suyu yok.");
		page.click(".error-summary a[href='#title']");
		assertThat(page.evaluate("document.activeElement.id")).isEqualTo("title");
		assertNoSeriousAccessibilityViolations("proposal form refused");
		screenshot("proposal-1b-refused");
		// 10 MB of text, past the field's maxlength as a script could send it (through the real server, with
		// the browser's session): refused beside the field like any other bad input, not a failed request
		@SuppressWarnings("unchecked")
		Map<String, Object> fields = (Map<String, Object>) page.evaluate(
				"Object.fromEntries([...new FormData(document.querySelector('main form')).entries()]"
						+ ".filter(e => typeof e[1] === 'string'))");
		FormData form = FormData.create();
		fields.forEach((name, value) -> form.set(name, (String) value));
		form.set("title", "Bebek sahiline içme suyu çeşmesi").set("body", "su ".repeat(3_500_000)).set("action", "publish");
		String action = (String) page.evaluate(
				"new URL(document.querySelector('main form').getAttribute('action'), location.href).href");
		APIResponse huge = page.context().request().post(action, RequestOptions.create().setMultipart(form));
		assertThat(huge.status()).isEqualTo(422);
		assertThat(huge.text()).contains("id=\"body-error\"");
		// past what the server reads at all (12 MB of form text): a page saying so in the reader's language
		form.set("body", "su ".repeat(4_500_000));
		APIResponse tooLarge = page.context().request().post(action, RequestOptions.create().setMultipart(form));
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.text()).contains("Gönderilen içerik çok büyük");
		page.fill("#title", "Bebek sahiline içme suyu çeşmesi");
		page.fill("#body", "Sahilde yürüyenler için **içme suyu** yok.\n\n- iskele yanına\n- park girişine");
		page.selectOption("#topic", "infrastructure");
		page.check("#sdg-6");
		page.click("main form button[value=publish]");
		page.waitForURL(u -> u.matches(".*/proposals/\\d+$"));
		long id = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));
		assertThat(page.textContent("main")).contains("Bebek sahiline içme suyu çeşmesi", "Yayında");
		assertThat(page.innerHTML(".proposal-body")).contains("<strong>içme suyu</strong>", "<li>iskele yanına</li>");
		page.click("#support-title ~ form button");
		page.waitForLoadState();
		assertThat(page.textContent("#support-count")).contains("1");
		assertNoSeriousAccessibilityViolations("proposal supported");
		screenshot("proposal-2-supported");

		application.getBean(ProposalSupports.class).support(ProposalFixture.besiktasli(), id, ProposalFixture.ACTOR);
		assertThat(application.getBean(ProposalStore.class).get(id).state()).isEqualTo(ProposalState.EVALUATING);

		context.clearCookies();
		page.setViewportSize(1280, 900);
		logIn();
		visit("/proposals/evaluate?space=" + space, "tr");
		assertThat(page.textContent("main")).contains("Bebek sahiline içme suyu çeşmesi", "Eşiği geçti");
		page.click("a[href$='/proposals/" + id + "/answer']");
		page.waitForURL("**/answer");
		page.fill("#text-tr", "Kabul edildi: iki çeşme 2027 baharında kurulacak.");
		page.click("main fieldset.localized summary");
		page.fill("#text-ar", "تم القبول: ستُركَّب نافورتان في ربيع 2027.");
		page.fill("#cost", "180000");
		page.check("#outcome-ACCEPTED");
		page.click("main form[action$='/answer'] button[type=submit]");
		page.waitForLoadState();
		assertNoSeriousAccessibilityViolations("answer written");
		screenshot("proposal-3-answer-written");
		page.click("main form[action$='/answer/publish'] button");
		page.waitForURL(u -> u.matches(".*/proposals/\\d+$"));
		assertThat(application.getBean(ProposalStore.class).get(id).state()).isEqualTo(ProposalState.ACCEPTED);

		context.clearCookies();
		visit("/proposals/" + id, "ar");
		assertThat(page.textContent("main")).contains("تم القبول");
		visit("/proposals/" + id, "tr");
		assertThat(page.textContent("main")).contains("Kabul edildi: iki çeşme");
		visit("/proposals?space=" + space, "ar");
		visit("/proposals?space=" + space + "&state=ACCEPTED", "tr");
		assertThat(page.textContent("main")).contains("Bebek sahiline içme suyu çeşmesi");
		logIn();
		visit("/proposals/admin?space=" + space, "tr");
		visit("/proposals/admin?space=" + space, "ar");
	}
}
