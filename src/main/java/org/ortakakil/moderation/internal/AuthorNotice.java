package org.ortakakil.moderation.internal;

import java.util.Locale;

import org.ortakakil.identity.Accounts;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Mail;
import org.ortakakil.moderation.ModerationEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells the author of moderated content, or the blocked person, what was done and why: a mail in their
 * language, written to the outbox in the act's transaction. Nobody is told anything when the account has
 * no confirmed address or no longer exists.
 */
@Component
class AuthorNotice {

	private final Accounts accounts;
	private final Mail mail;
	private final MessageSource messages;
	private final String baseUrl;

	AuthorNotice(Accounts accounts, Mail mail, MessageSource messages,
			@Value("${ortakakil.accounts.base-url:http://localhost:8080}") String baseUrl) {
		this.accounts = accounts;
		this.mail = mail;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	/**
	 * Mails {@code moderation.mail.<kind>.subject} and {@code .body} with the excerpt, the reason's label and
	 * the link, and the moderator's note when there is one.
	 */
	void tell(String author, ModerationEvent.Kind kind, String excerpt, Reason reason, String note, String path) {
		if (author == null) {
			return;
		}
		accounts.byPrincipal(author).filter(a -> a.email() != null).ifPresent(account -> {
			Locale locale = Locale.forLanguageTag(language(account));
			String key = "moderation.mail." + kind.name().toLowerCase(Locale.ROOT);
			String reasonLabel = reason == null ? "" : messages.getMessage(reason.key(), null, locale);
			String link = path == null ? baseUrl : baseUrl + path;
			StringBuilder body = new StringBuilder(messages.getMessage(key + ".body",
					new Object[] { excerpt == null ? "" : excerpt, reasonLabel, link }, locale));
			if (note != null && !note.isBlank()) {
				body.append("\n\n").append(messages.getMessage("moderation.mail.note", new Object[] { note.strip() }, locale));
			}
			mail.send(account.email(), messages.getMessage(key + ".subject", null, locale), body.toString());
		});
	}

	private static String language(CurrentAccount account) {
		return account.language() == null || account.language().isBlank() ? "tr" : account.language();
	}
}
