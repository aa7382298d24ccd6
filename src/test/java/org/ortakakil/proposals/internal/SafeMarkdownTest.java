package org.ortakakil.proposals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Markdown subset renders what it promises and nothing an author could use to run a script. */
class SafeMarkdownTest {

	@Test
	void rendersTheSubset() {
		assertThat(SafeMarkdown.toHtml("## Başlık\nBir **kalın** ve *eğik* `kod`.\nİkinci satır.\n\n- bir\n- iki\n\n1. ilk\n2. ikinci\n\n> alıntı"))
			.isEqualTo("<h3>Başlık</h3><p>Bir <strong>kalın</strong> ve <em>eğik</em> <code>kod</code>.<br>İkinci satır.</p>"
					+ "<ul><li>bir</li><li>iki</li></ul><ol><li>ilk</li><li>ikinci</li></ol>"
					+ "<blockquote><p>alıntı</p></blockquote>");
		assertThat(SafeMarkdown.toHtml("[İBB](https://ibb.istanbul/a?b=1&c=2)"))
			.isEqualTo("<p><a href=\"https://ibb.istanbul/a?b=1&amp;c=2\" rel=\"nofollow ugc noopener\">İBB</a></p>");
		assertThat(SafeMarkdown.toHtml("   ")).isEmpty();
	}

	@Test
	void noScriptSurvives() {
		String[] attacks = { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[a](javascript:alert(1))",
				"[a](JaVaScRiPt:alert(1))", "[a](data:text/html;base64,PHNjcmlwdD4=)", "[a](vbscript:msgbox)",
				"[a](https://x.org\" onmouseover=\"alert(1))", "<a href=\"javascript:alert(1)\">x</a>",
				"**<svg/onload=alert(1)>**", "[<script>](https://ok.org)", "<iframe src=//evil>",
				"[a](java\tscript:alert(1))", "&lt;script&gt;" };
		for (String attack : attacks) {
			String html = SafeMarkdown.toHtml(attack).toLowerCase();
			assertThat(html).as(attack).doesNotContain("<script", "<img", "<svg", "<iframe", "onerror=\"",
					"onmouseover=\"");
			assertThat(java.util.regex.Pattern.compile("href=\"([^\"]*)\"").matcher(html).results()
				.map(m -> m.group(1))).as(attack).allMatch(url -> url.matches("(https?://|mailto:).*"));
			assertThat(html.replaceAll("<a href=\"[^\"]*\"", "")).as(attack).doesNotContain("<a ");
		}
		assertThat(SafeMarkdown.toHtml("[a](javascript:alert(1))")).isEqualTo("<p>a</p>");
	}

	@Test
	void plainTextForExcerpts() {
		assertThat(SafeMarkdown.plain("## Neden\n**Gölge** [yok](https://x.org)")).isEqualTo("Neden Gölge yok");
	}
}
