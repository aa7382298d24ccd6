package org.ortakakil.meetings.governance;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.ortakakil.identity.Accounts;
import org.ortakakil.identity.Mail;
import org.ortakakil.shared.LocalizedText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Invites the verified residents of a neighbourhood to its governance meeting, each once and in their
 * own language: the title, the date and time in İstanbul, the place, and links to the meeting's page
 * and to proposing an agenda item. The mails go to the outbox in the caller's transaction, so a cycle
 * that is not stored invites nobody. The residents are read with one query per meeting.
 */
@Component
class Invitations {

	/** The outbox keeps subjects of at most this many characters. */
	static final int SUBJECT_MAX = 300;

	private final Accounts accounts;
	private final Mail mail;
	private final MessageSource messages;
	private final String baseUrl;

	Invitations(Accounts accounts, Mail mail, MessageSource messages,
			@Value("${ortakakil.accounts.base-url:http://localhost:8080}") String baseUrl) {
		this.accounts = accounts;
		this.mail = mail;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	/** Mails every verified resident of the neighbourhood; how many were invited. */
	int invite(long meetingId, int neighbourhoodId, LocalizedText title, ZonedDateTime start, String place) {
		int invited = 0;
		for (Accounts.Contact resident : accounts.residentsOf(neighbourhoodId)) {
			Locale locale = Locale.forLanguageTag(resident.language() == null ? "tr" : resident.language());
			String when = start.withZoneSameInstant(CyclePlanner.ISTANBUL)
				.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale));
			String text = title.in(locale);
			String subject = messages.getMessage("governance.invitation.subject", new Object[] { text }, locale);
			mail.send(resident.email(), subject.length() > SUBJECT_MAX ? subject.substring(0, SUBJECT_MAX - 1) + "…" : subject,
					messages.getMessage("governance.invitation.body", new Object[] { text, when, place,
							baseUrl + "/meetings/" + meetingId, baseUrl + "/governance/meetings/" + meetingId + "/proposals" },
							locale));
			invited++;
		}
		return invited;
	}
}
