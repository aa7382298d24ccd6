package org.ortakakil.comments.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ortakakil.shared.DomainException;
import org.springframework.web.util.HtmlUtils;

/**
 * A comment's body: plain text, 1 to 3,000 characters, with line breaks. Rendered by escaping everything
 * and then adding only paragraphs, line breaks and links for http and https addresses, so a script tag or a
 * {@code javascript:} link is shown as the text it is and never becomes markup.
 */
public final class CommentText {

	public static final int MAX = 3000;

	private static final Pattern LINK = Pattern.compile("\\bhttps?://[^\\s<>\"']+", Pattern.CASE_INSENSITIVE);
	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
	private static final Pattern TRAILING = Pattern.compile("[.,;:!?)]+$");

	private CommentText() {
	}

	/** The body as stored: line endings made \n, control characters removed, trimmed; INVALID when empty or too long. */
	public static String check(String body) {
		if (body == null) {
			throw DomainException.invalid("comments.body-empty");
		}
		if (body.length() > MAX * 4) {
			// refused before any work on it: a 10 MB body is not normalised first
			throw DomainException.invalid("comments.body-too-long", MAX);
		}
		String text = CONTROL.matcher(body.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("").strip();
		if (text.isEmpty()) {
			throw DomainException.invalid("comments.body-empty");
		}
		if (text.codePointCount(0, text.length()) > MAX) {
			throw DomainException.invalid("comments.body-too-long", MAX);
		}
		return text.replaceAll("\n{3,}", "\n\n");
	}

	/** Safe HTML: each paragraph (separated by a blank line) a p, single line breaks br, http(s) addresses links. */
	public static String toHtml(String text) {
		StringBuilder html = new StringBuilder();
		for (String paragraph : text.split("\n\n")) {
			html.append("<p>");
			String[] lines = paragraph.split("\n");
			for (int i = 0; i < lines.length; i++) {
				if (i > 0) {
					html.append("<br>");
				}
				line(lines[i], html);
			}
			html.append("</p>");
		}
		return html.toString();
	}

	private static void line(String line, StringBuilder html) {
		Matcher link = LINK.matcher(line);
		int at = 0;
		while (link.find()) {
			String address = link.group();
			Matcher trailing = TRAILING.matcher(address);
			String tail = trailing.find() ? trailing.group() : "";
			address = address.substring(0, address.length() - tail.length());
			html.append(escape(line.substring(at, link.start())));
			String escaped = escape(address);
			html.append("<a href=\"").append(escaped).append("\" rel=\"nofollow ugc noopener\">").append(escaped)
				.append("</a>").append(escape(tail));
			at = link.end();
		}
		html.append(escape(line.substring(at)));
	}

	/** Only the characters that mean something in HTML; Turkish letters stay as they are. */
	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}
}
