package org.ortakakil.search.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * Marks the words of a text that match the query, comparing folded forms (see {@link TurkishFolding}),
 * so "istanbul" marks "İSTANBUL" and "parklar" marks "park". The result is a list of plain segments:
 * pages print them as text (escaped by Thymeleaf), the API escapes them here, so a title holding markup
 * stays text either way.
 */
public final class Highlighter {

	/** A piece of the text; {@code marked} when it matched the query. */
	public record Segment(String text, boolean marked) {
	}

	static final int EXCERPT = 240;

	private final List<String> terms;

	/** {@code terms}: the query's words, in the form {@link TurkishFolding#key} gives. */
	public Highlighter(List<String> terms) {
		this.terms = List.copyOf(terms);
	}

	/** The whole text, its matching words marked. */
	public List<Segment> highlight(String text) {
		return segments(text, 0, text.length());
	}

	/** About 240 characters of the text around its first match (its start when nothing matches), marked. */
	public List<Segment> excerpt(String text) {
		if (text.length() <= EXCERPT) {
			return highlight(text);
		}
		int first = firstMatch(text);
		int start = first < 0 ? 0 : Math.max(0, first - EXCERPT / 3);
		while (start > 0 && TurkishFolding.isWordChar(text.charAt(start - 1))) {
			start--;
		}
		int end = Math.min(text.length(), start + EXCERPT);
		while (end < text.length() && TurkishFolding.isWordChar(text.charAt(end))) {
			end++;
		}
		List<Segment> segments = new ArrayList<>();
		if (start > 0) {
			segments.add(new Segment("… ", false));
		}
		segments.addAll(segments(text, start, end));
		if (end < text.length()) {
			segments.add(new Segment(" …", false));
		}
		return segments;
	}

	/** The segments as HTML: text escaped, matches in mark elements. */
	public static String html(List<Segment> segments) {
		StringBuilder html = new StringBuilder();
		for (Segment segment : segments) {
			String text = HtmlUtils.htmlEscape(segment.text(), "UTF-8");
			html.append(segment.marked() ? "<mark>" + text + "</mark>" : text);
		}
		return html.toString();
	}

	/** The segments as plain text. */
	public static String text(List<Segment> segments) {
		StringBuilder text = new StringBuilder();
		segments.forEach(segment -> text.append(segment.text()));
		return text.toString();
	}

	private int firstMatch(String text) {
		int i = 0;
		while (i < text.length()) {
			if (!TurkishFolding.isWordChar(text.charAt(i))) {
				i++;
				continue;
			}
			int end = wordEnd(text, i);
			if (matches(text.substring(i, end))) {
				return i;
			}
			i = end;
		}
		return -1;
	}

	private List<Segment> segments(String text, int from, int to) {
		List<Segment> segments = new ArrayList<>();
		StringBuilder plain = new StringBuilder();
		int i = from;
		while (i < to) {
			if (!TurkishFolding.isWordChar(text.charAt(i))) {
				plain.append(text.charAt(i++));
				continue;
			}
			int end = Math.min(wordEnd(text, i), to);
			String word = text.substring(i, end);
			if (matches(word)) {
				if (plain.length() > 0) {
					segments.add(new Segment(plain.toString(), false));
					plain.setLength(0);
				}
				segments.add(new Segment(word, true));
			}
			else {
				plain.append(word);
			}
			i = end;
		}
		if (plain.length() > 0) {
			segments.add(new Segment(plain.toString(), false));
		}
		return segments;
	}

	private static int wordEnd(String text, int start) {
		int end = start;
		while (end < text.length() && TurkishFolding.isWordChar(text.charAt(end))) {
			end++;
		}
		return end;
	}

	/**
	 * A word matches a term when it contains it, when the term begins with the word (a stem: "park" for
	 * "parklar"), or when the two share their first five letters (two forms of one word).
	 */
	boolean matches(String word) {
		String key = TurkishFolding.key(word);
		for (String term : terms) {
			if (term.isEmpty()) {
				continue;
			}
			if (key.contains(term) || (key.length() >= 3 && term.startsWith(key))
					|| commonPrefix(key, term) >= 5) {
				return true;
			}
		}
		return false;
	}

	private static int commonPrefix(String a, String b) {
		int n = Math.min(a.length(), b.length());
		int i = 0;
		while (i < n && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		return i;
	}
}
