package org.ortakakil.proposals.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The safe Markdown subset of proposal bodies, rendered to HTML: paragraphs, headings (## and ###), lists
 * (- and 1.), block quotes, bold, italic, inline code and links to http, https and mailto addresses.
 * Everything the author wrote is escaped first, so no tag of theirs survives; a link whose address is
 * anything else (javascript:, data:, …) is shown as its text only.
 */
public final class SafeMarkdown {

	private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]{1,200})\\]\\(((?:[^()\\s]|\\([^()\\s]{0,100}\\)){1,500})\\)");
	private static final Pattern BOLD = Pattern.compile("\\*\\*([^*\\n]+)\\*\\*");
	private static final Pattern ITALIC = Pattern.compile("(?<![*\\w])[*_]([^*_\\n]+)[*_](?![*\\w])");
	private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
	private static final Pattern SAFE_URL = Pattern.compile("(?i)(https?://|mailto:)[^\\s\"'<>`]+");
	private static final Pattern ORDERED = Pattern.compile("^\\d{1,3}[.)]\\s+(.*)");

	private SafeMarkdown() {
	}

	public static String toHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		StringBuilder html = new StringBuilder();
		String list = null;
		StringBuilder paragraph = new StringBuilder();
		for (String raw : markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
			String line = raw.strip();
			String item = null;
			String itemList = null;
			if (line.startsWith("- ") || line.startsWith("* ")) {
				item = line.substring(2);
				itemList = "ul";
			}
			else {
				Matcher ordered = ORDERED.matcher(line);
				if (ordered.matches()) {
					item = ordered.group(1);
					itemList = "ol";
				}
			}
			if (line.isEmpty() || item != null || line.startsWith("#") || line.startsWith(">")) {
				flush(html, paragraph);
			}
			if (list != null && !list.equals(itemList)) {
				html.append("</").append(list).append('>');
				list = null;
			}
			if (line.isEmpty()) {
				continue;
			}
			if (item != null) {
				if (list == null) {
					html.append('<').append(itemList).append('>');
					list = itemList;
				}
				html.append("<li>").append(inline(item)).append("</li>");
			}
			else if (line.startsWith("### ")) {
				html.append("<h4>").append(inline(line.substring(4))).append("</h4>");
			}
			else if (line.startsWith("## ") || line.startsWith("# ")) {
				html.append("<h3>").append(inline(line.substring(line.indexOf(' ') + 1))).append("</h3>");
			}
			else if (line.startsWith(">")) {
				html.append("<blockquote><p>").append(inline(line.substring(1).strip())).append("</p></blockquote>");
			}
			else {
				if (!paragraph.isEmpty()) {
					paragraph.append("<br>");
				}
				paragraph.append(inline(line));
			}
		}
		flush(html, paragraph);
		if (list != null) {
			html.append("</").append(list).append('>');
		}
		return html.toString();
	}

	/** The text without any markup, for excerpts and exports. */
	public static String plain(String markdown) {
		if (markdown == null) {
			return "";
		}
		return LINK.matcher(markdown).replaceAll("$1").replaceAll("[*_`#>]", "").replaceAll("\\s+", " ").strip();
	}

	private static void flush(StringBuilder html, StringBuilder paragraph) {
		if (!paragraph.isEmpty()) {
			html.append("<p>").append(paragraph).append("</p>");
			paragraph.setLength(0);
		}
	}

	private static String inline(String text) {
		StringBuilder out = new StringBuilder();
		Matcher link = LINK.matcher(text);
		int last = 0;
		while (link.find()) {
			out.append(emphasis(escape(text.substring(last, link.start()))));
			String label = emphasis(escape(link.group(1)));
			String url = link.group(2);
			if (SAFE_URL.matcher(url).matches()) {
				out.append("<a href=\"").append(escape(url)).append("\" rel=\"nofollow ugc noopener\">").append(label)
					.append("</a>");
			}
			else {
				out.append(label);
			}
			last = link.end();
		}
		out.append(emphasis(escape(text.substring(last))));
		return out.toString();
	}

	private static String emphasis(String escaped) {
		String code = CODE.matcher(escaped).replaceAll("<code>$1</code>");
		String bold = BOLD.matcher(code).replaceAll("<strong>$1</strong>");
		return ITALIC.matcher(bold).replaceAll("<em>$1</em>");
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}
}
