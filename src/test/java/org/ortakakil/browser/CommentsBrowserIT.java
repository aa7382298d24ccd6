package org.ortakakil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.ortakakil.comments.TestThings;
import org.ortakakil.comments.internal.Comments;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.moderation.ModeratedContent;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.ResourceRef;

/**
 * A thread on a phone, in Turkish and Arabic, checked with axe: three levels of replies, alignment, votes, a
 * deleted and a hidden comment leaving notices; then a resident writes a comment and votes from the phone.
 * The thread is on a test double's thing ({@code test-thing}), whose page is the thread's own page.
 */
class CommentsBrowserIT extends BrowserSupport {

	static CurrentAccount person(String principal, String name) {
		return new CurrentAccount(0, principal, name, null, "tr", List.of(), Optional.empty(), null);
	}

	@Test
	void aThreadReadsWellOnAPhoneInTurkishAndArabic() {
		Comments comments = application.getBean(Comments.class);
		ResourceRef target = ResourceRef.of(TestThings.TYPE, "park-" + System.nanoTime());
		Actor actor = new Actor("test", "127.0.0.1");
		CurrentAccount ayse = person("ayse-" + System.nanoTime(), "Ayşe Yılmaz");
		CurrentAccount karim = person("karim-" + System.nanoTime(), "كريم حداد");
		CurrentAccount mehmet = person("mehmet-" + System.nanoTime(), "Mehmet Öz");
		long root = comments.write(ayse, target, null, "FOR",
				"Moda sahiline gölgeli banklar gerek.\nYaşlılar akşamları oturacak yer bulamıyor: https://ibb.istanbul", actor);
		long reply = comments.write(karim, target, root, "NEUTRAL", "أوافق، لكن الإضاءة أولاً.", actor);
		comments.write(mehmet, target, reply, "AGAINST", "<script>alert('x')</script> Önce aydınlatma, sonra bank.", actor);
		long gone = comments.write(mehmet, target, null, "NEUTRAL", "Yanlış yere yazdım.", actor);
		comments.delete(mehmet, gone);
		long spam = comments.write(karim, target, null, "NEUTRAL", "Ucuz ilaç satılır!", actor);
		application.getBeansOfType(ModeratedContent.class).values()
			.forEach(m -> m.setHidden(ResourceRef.of("comment", spam), true));
		comments.vote(mehmet, root, 1);
		comments.vote(karim, root, 1);

		String path = "/comments?target=" + target;
		page.setViewportSize(360, 740);
		visit(path, "tr");
		assertThat(page.textContent("#comment-" + root)).contains("Moda sahiline", "Destekliyor", "Olumlu oy: 2");
		assertThat(page.locator("#comment-" + root + " .comment-body a").getAttribute("href")).isEqualTo("https://ibb.istanbul");
		assertThat(page.locator("script:has-text(\"alert('x')\")").count()).isZero();
		assertThat(page.textContent("main")).contains("<script>alert('x')</script>", "yazarı tarafından silindi",
				"moderasyon nedeniyle gizlendi");
		assertThat(page.getAttribute("#comment-" + reply + " [role=heading]", "aria-level")).isEqualTo("4");
		visit(path, "ar");
		assertThat(page.textContent("main")).contains("أوافق", "حذف الكاتب هذا التعليق");

		logIn("sakin@ortakakil.demo", "demo-katilim-2050");
		page.setViewportSize(360, 740);
		page.navigate(url(path + "&lang=tr"));
		page.locator("#votes-" + reply + " .vote-up").click();
		page.waitForSelector("#votes-" + reply + " .vote-up[aria-pressed=true]");
		assertThat(page.getAttribute("#votes-" + reply + " .vote-up", "aria-label")).isEqualTo("Olumlu oy: 1");
		page.fill(".comment-thread > form textarea", "Telefonumdan yazıyorum: banklara evet.");
		page.check(".comment-thread > form input[value=FOR]");
		page.click(".comment-thread > form button[type=submit]");
		page.waitForSelector("article.comment:has-text(\"Telefonumdan yazıyorum\")");
		assertNoSeriousAccessibilityViolations("thread after writing (tr)");
		screenshot("comments-thread-written-tr");
		page.navigate(url(path + "&lang=ar"));
		page.locator("#comment-" + root + " > .comment-actions > details.comment-reply > summary").click();
		page.fill("#comment-form-reply-" + root + "-body", "   ");
		page.click("#comment-form-reply-" + root + " button[type=submit]");
		page.waitForSelector("#comment-form-reply-" + root + " [role=alert]");
		assertThat(page.getAttribute("#comment-form-reply-" + root + "-body", "aria-invalid")).isEqualTo("true");
		assertNoSeriousAccessibilityViolations("reply refused (ar)");
		screenshot("comments-reply-refused-ar");
	}
}
