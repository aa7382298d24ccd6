package org.ortakakil.proposals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Titles compared the Turkish way: İ/i and I/ı fold together, marks are dropped, words and trigrams count. */
class TitleSimilarityTest {

	@Test
	void foldsTurkishCase() {
		assertThat(TitleSimilarity.fold("İSTANBUL")).isEqualTo("istanbul");
		assertThat(TitleSimilarity.fold("IŞIK")).isEqualTo(TitleSimilarity.fold("ışık")).isEqualTo("isik");
		assertThat(TitleSimilarity.fold("Çeşme, Gölgelik & Üst Geçit!")).isEqualTo("cesme golgelik ust gecit");
	}

	@Test
	void scoresSimilarTitlesHigh() {
		String a = TitleSimilarity.fold("Sokak ışıklandırması yetersiz");
		assertThat(TitleSimilarity.score(a, TitleSimilarity.fold("SOKAK IŞIKLANDIRMA"))).isGreaterThan(0.5);
		assertThat(TitleSimilarity.score(a, TitleSimilarity.fold("Kütüphane saatleri uzatılsın"))).isLessThan(0.3);
		assertThat(TitleSimilarity.score(a, "")).isZero();
		assertThat(TitleSimilarity.words(TitleSimilarity.fold("ve bir park için"))).containsExactly("park");
	}
}
