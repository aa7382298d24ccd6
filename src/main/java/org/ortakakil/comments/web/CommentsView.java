package org.ortakakil.comments.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.ortakakil.comments.CommentView;
import org.ortakakil.comments.internal.Comments;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** What the thread templates compute: dates in İstanbul time and the reader's language, and form ids. */
@Component("commentsView")
public class CommentsView {

	/** As the application's clock; its own copy, as other modules keep theirs, so comments depend on no root class. */
	private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

	public String format(Instant at, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(ISTANBUL)
			.format(at);
	}

	/** The id of a form, as the thread template writes it: the thread's new-comment form, or a comment's reply or edit form. */
	public String formId(String kind, Long about) {
		return "comment-form-" + kind + "-" + (about == null ? "thread" : about);
	}

	public List<String> alignments() {
		return Comments.ALIGNMENTS;
	}

	/** The text of a comment again, for its edit form: the safe HTML it was rendered to, undone. */
	public String text(CommentView comment) {
		String html = comment.bodyHtml().replace("</p><p>", "\n\n").replace("<br>", "\n").replaceAll("<[^>]*>", "");
		return HtmlUtils.htmlUnescape(html);
	}
}
