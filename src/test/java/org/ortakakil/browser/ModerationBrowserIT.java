package org.ortakakil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ortakakil.identity.Accounts;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.moderation.TestItems;
import org.ortakakil.moderation.internal.Reason;
import org.ortakakil.moderation.internal.Reports;
import org.ortakakil.shared.ResourceRef;

/**
 * Moderation in a browser, in Turkish and Arabic, on a desktop and a 360 px phone, each page checked with
 * axe: a resident reports a spam comment-like item with the report form, and the demo moderator hides it
 * from the queue.
 */
class ModerationBrowserIT extends BrowserSupport {

	static final String PASSWORD = "demo-katilim-2050";

	CurrentAccount demo(String email) {
		return application.getBean(Accounts.class).byEmail(email).orElseThrow();
	}

	ResourceRef spamItem(String text) {
		ResourceRef space = application.getBean(org.ortakakil.spaces.Spaces.class).processes().stream().findFirst()
			.map(p -> ResourceRef.of("process", p.id())).orElse(null);
		return application.getBean(TestItems.class).add(demo("muhtar@ortakakil.demo").principal(), text, space);
	}

	@Test
	void aResidentReportsAndAModeratorHidesASpamCommentInTurkishAndArabic() {
		for (String language : new String[] { "tr", "ar" }) {
			String text = "Ucuz takipçi satın alın, hemen tıklayın " + UUID.randomUUID().toString().substring(0, 8);
			ResourceRef item = spamItem(text);
			context.clearCookies();
			logIn("sakin@ortakakil.demo", PASSWORD);
			visit("/moderation/report?type=" + item.type() + "&id=" + item.id() + "&back=/", language);
			assertThat(page.getAttribute("details.report-box", "open")).as("open on its own page").isNotNull();
			page.check("input[name=reason][value=SPAM]");
			page.fill("textarea[name=note]", "Reklam bağlantısı");
			page.click("details.report-box button[type=submit]");
			page.waitForURL(url("/"));
			assertThat(page.locator("p.notice").count()).isEqualTo(1);

			// a second report by someone else, as the queue shows counts per reason
			application.getBean(Reports.class).report(demo("ofis@ortakakil.demo"), item, Reason.OFFENSIVE, null);

			context.clearCookies();
			logIn("moderator@ortakakil.demo", PASSWORD);
			visit("/moderation", language);
			String card = "article:has-text('" + text + "')";
			assertThat(page.textContent(card)).contains("Reklam bağlantısı").contains(": 1");
			page.setViewportSize(360, 740);
			page.click(card + " form[action$='/moderation/hide'] button[type=submit]");
			page.waitForURL(u -> u.endsWith("/moderation"));
			assertThat(page.locator("p.notice").count()).isEqualTo(1);
			assertThat(page.locator(card).count()).isZero();
			assertThat(application.getBean(TestItems.class).hidden(item)).isTrue();
			page.setViewportSize(1280, 900);
			visit("/moderation?view=hidden", language);
			assertThat(page.textContent("main")).contains(text);
		}
	}
}
