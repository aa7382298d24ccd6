package org.ortakakil.identity.web;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ortakakil.identity.internal.AccountSettings;
import org.ortakakil.identity.internal.MailOutbox;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * The developer mailbox: in the demo profile, the mail the platform would have sent, so a newcomer
 * without a mail server can click a confirmation link. It does not exist in any other profile.
 * Links to the platform are made relative, so they work whichever port the demo runs on.
 */
@Controller
@Profile("demo")
class DevMailbox {

	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

	/** A mail as shown: the body escaped, with its links made clickable. */
	record Shown(String subject, String recipient, Instant createdAt, String html) {
	}

	private final MailOutbox outbox;
	private final String baseUrl;

	DevMailbox(MailOutbox outbox, AccountSettings settings) {
		this.outbox = outbox;
		this.baseUrl = settings.baseUrl();
	}

	@GetMapping("/dev/mailbox")
	String mailbox(Model model) {
		model.addAttribute("mails", outbox.latest(50).stream()
			.map(m -> new Shown(m.subject(), m.recipient(), m.createdAt(), linkify(m.body()))).toList());
		return "identity/mailbox";
	}

	String linkify(String body) {
		String escaped = HtmlUtils.htmlEscape(body);
		Matcher links = LINK.matcher(escaped);
		StringBuilder html = new StringBuilder();
		while (links.find()) {
			String url = links.group();
			String href = url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
			links.appendReplacement(html, Matcher.quoteReplacement("<a href=\"" + href + "\">" + url + "</a>"));
		}
		links.appendTail(html);
		return html.toString();
	}
}
