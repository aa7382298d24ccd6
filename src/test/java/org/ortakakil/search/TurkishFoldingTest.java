package org.ortakakil.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ortakakil.search.internal.Highlighter;
import org.ortakakil.search.internal.TurkishFolding;

/** The folding rules search relies on, and the highlighter that marks matches without trusting the text. */
class TurkishFoldingTest {

	@Test
	void capitalsFoldTheTurkishWay() {
		assertThat(TurkishFolding.fold("İSTANBUL")).isEqualTo("istanbul");
		assertThat(TurkishFolding.fold("IŞIK")).isEqualTo("ışık");
		assertThat(TurkishFolding.fold("Işık")).isEqualTo("ışık");
		assertThat(TurkishFolding.fold("ÇAĞLAYAN ÖĞRETMEN ÜSKÜDAR")).isEqualTo("çağlayan öğretmen üsküdar");
	}

	@Test
	void theAsciiKeyLetsPeopleTypeWithoutTurkishLetters() {
		assertThat(TurkishFolding.key("İstanbul")).isEqualTo(TurkishFolding.key("istanbul")).isEqualTo("istanbul");
		assertThat(TurkishFolding.key("ışık")).isEqualTo(TurkishFolding.key("IŞIK")).isEqualTo("isik");
		assertThat(TurkishFolding.key("Çağlayan Üsküdar")).isEqualTo("caglayan uskudar");
		// a decomposed İ (I with a combining dot) and an already lower-cased one fold alike
		assertThat(TurkishFolding.key("I\u0307stanbul")).isEqualTo("istanbul");
		assertThat(TurkishFolding.key("حديقة")).isEqualTo("حديقة");
	}

	@Test
	void wordsAreLettersAndDigits() {
		assertThat(TurkishFolding.words("İSTANBUL'da 2050 parkı, (ışık)!")).containsExactly("istanbul", "da", "2050",
				"parkı", "ışık");
		assertThat(TurkishFolding.words("% _ ' \"")).isEmpty();
	}

	@Test
	void theHighlighterMarksFoldedMatchesAndStems() {
		Highlighter highlighter = new Highlighter(List.of("istanbul", "parklar"));
		assertThat(Highlighter.html(highlighter.highlight("İSTANBUL'un yeni park alanları")))
			.isEqualTo("<mark>İSTANBUL</mark>&#39;un yeni <mark>park</mark> alanları");
	}

	@Test
	void theHighlighterEscapesWhatItShows() {
		Highlighter highlighter = new Highlighter(List.of("script"));
		String html = Highlighter.html(highlighter.highlight("<script>alert(1)</script> & \"park\""));
		assertThat(html).doesNotContain("<script").contains("&lt;<mark>script</mark>&gt;alert(1)&lt;/")
			.contains("&amp;").contains("&quot;park&quot;");
		assertThat(Highlighter.text(highlighter.highlight("<b>x</b>"))).isEqualTo("<b>x</b>");
	}

	@Test
	void anExcerptIsCutAroundTheFirstMatch() {
		String text = "başlangıç ".repeat(60) + "Moda sahiline ışıklandırma " + "son ".repeat(80);
		List<Highlighter.Segment> excerpt = new Highlighter(List.of("isiklandirma")).excerpt(text);
		String plain = Highlighter.text(excerpt);
		assertThat(plain).startsWith("… ").endsWith(" …").contains("Moda sahiline ışıklandırma");
		assertThat(plain.length()).isLessThan(300);
		assertThat(excerpt).contains(new Highlighter.Segment("ışıklandırma", true));
	}
}
