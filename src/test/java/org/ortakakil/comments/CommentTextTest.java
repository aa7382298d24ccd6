package org.ortakakil.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ortakakil.comments.internal.CommentText;
import org.ortakakil.shared.DomainException;

/** The body of a comment: what is refused and what its HTML may contain. */
class CommentTextTest {

	@Test
	void emptyAndHugeBodiesAreRefused() {
		assertThatThrownBy(() -> CommentText.check(null)).hasMessage("comments.body-empty");
		assertThatThrownBy(() -> CommentText.check(" \n\t ")).hasMessage("comments.body-empty");
		assertThatThrownBy(() -> CommentText.check("a".repeat(10 * 1024 * 1024))).isInstanceOf(DomainException.class)
			.hasMessage("comments.body-too-long");
		assertThatThrownBy(() -> CommentText.check("ş".repeat(CommentText.MAX + 1))).hasMessage("comments.body-too-long");
		assertThat(CommentText.check("ş".repeat(CommentText.MAX))).hasSize(CommentText.MAX);
	}

	@Test
	void scriptsAndJavascriptLinksStayText() {
		String html = CommentText.toHtml(CommentText.check("<script>alert(1)</script> [tık](javascript:alert(1))"
				+ " <a href=\"javascript:alert(2)\">x</a> javascript:alert(3)"));
		assertThat(html).doesNotContain("<script", "<a href=\"javascript", "href=\"javascript")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;", "javascript:alert(3)")
			.doesNotContainPattern("<a [^>]*javascript");
	}

	@Test
	void lineBreaksParagraphsAndWebLinks() {
		String html = CommentText.toHtml(CommentText.check("Birinci satır\r\nikinci satır\n\n\n\nYeni paragraf: "
				+ "https://ibb.istanbul/a?b=1&c=2. Bitti \"https://x.test/<b>\""));
		assertThat(html).isEqualTo("<p>Birinci satır<br>ikinci satır</p><p>Yeni paragraf: "
				+ "<a href=\"https://ibb.istanbul/a?b=1&amp;c=2\" rel=\"nofollow ugc noopener\">https://ibb.istanbul/a?b=1&amp;c=2</a>."
				+ " Bitti &quot;<a href=\"https://x.test/\" rel=\"nofollow ugc noopener\">https://x.test/</a>&lt;b&gt;&quot;</p>");
	}
}
