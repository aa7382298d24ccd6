package org.ortakakil.proposals.internal;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turkish-aware comparison of titles. Folding lower-cases with the Turkish locale (İ to i, I to ı), then
 * drops the dots and marks (ı to i, ş to s, ğ to g, …) so "Işıklandırma", "ISIKLANDIRMA" and
 * "isiklandirma" fold to the same text. The score mixes shared words and shared trigrams.
 */
public final class TitleSimilarity {

	private static final Locale TURKISH = Locale.forLanguageTag("tr");
	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
	private static final Set<String> STOP_WORDS = Set.of("ve", "ile", "icin", "bir", "bu", "da", "de", "the", "and",
			"for", "of", "to", "in", "mi", "cok", "daha");

	private TitleSimilarity() {
	}

	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String lower = text.toLowerCase(TURKISH).replace('ı', 'i');
		String ascii = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
		return NOT_WORD.matcher(ascii).replaceAll(" ").strip();
	}

	/** The significant words of a folded title: three letters or more, no stop words. */
	public static List<String> words(String folded) {
		Set<String> words = new LinkedHashSet<>();
		for (String word : folded.split(" ")) {
			if (word.length() >= 3 && !STOP_WORDS.contains(word)) {
				words.add(word);
			}
		}
		return List.copyOf(words);
	}

	/** Between 0 and 1: half shared words (by stem of five letters), half trigram overlap. */
	public static double score(String foldedA, String foldedB) {
		Set<String> a = stems(foldedA);
		Set<String> b = stems(foldedB);
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		Set<String> common = new HashSet<>(a);
		common.retainAll(b);
		double words = (double) common.size() / Math.min(a.size(), b.size());
		return 0.5 * words + 0.5 * jaccard(trigrams(foldedA), trigrams(foldedB));
	}

	private static Set<String> stems(String folded) {
		Set<String> stems = new HashSet<>();
		for (String word : words(folded)) {
			stems.add(word.length() > 5 ? word.substring(0, 5) : word);
		}
		return stems;
	}

	private static Set<String> trigrams(String folded) {
		Set<String> grams = new HashSet<>();
		for (String word : folded.split(" ")) {
			String padded = " " + word + " ";
			for (int i = 0; i + 3 <= padded.length(); i++) {
				grams.add(padded.substring(i, i + 3));
			}
		}
		return grams;
	}

	private static double jaccard(Set<String> a, Set<String> b) {
		Set<String> union = new HashSet<>(a);
		union.addAll(b);
		if (union.isEmpty()) {
			return 0;
		}
		long common = a.stream().filter(b::contains).count();
		return (double) common / union.size();
	}
}
