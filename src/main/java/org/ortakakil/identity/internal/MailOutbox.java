package org.ortakakil.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.ortakakil.identity.Mail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mail is written to an outbox in the transaction that causes it, so nothing is sent for work that
 * was rolled back and nothing is lost when the mail server is down. With SMTP configured
 * ({@code spring.mail.host}) a scheduled job delivers it; without, it stays in the outbox, which the
 * demo profile shows as a developer mailbox.
 */
@Component
public class MailOutbox implements Mail {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
	private static final int MAX_ATTEMPTS = 10;

	/** A mail as kept in the outbox. */
	public record Mail(long id, String recipient, String subject, String body, Instant createdAt, Instant sentAt) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private final ObjectProvider<JavaMailSender> sender;
	private final AccountSettings settings;

	MailOutbox(JdbcClient jdbc, Clock clock, ObjectProvider<JavaMailSender> sender, AccountSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.sender = sender;
		this.settings = settings;
	}

	@Override
	public void send(String recipient, String subject, String body) {
		queue(recipient, subject, body);
	}

	public void queue(String recipient, String subject, String body) {
		jdbc.sql("INSERT INTO mail_outbox (recipient, subject, body, created_at) VALUES (?, ?, ?, ?)")
			.params(recipient, subject, body, Timestamp.from(clock.instant())).update();
	}

	/** The newest mails, for the developer mailbox. */
	public List<Mail> latest(int limit) {
		return jdbc.sql("SELECT id, recipient, subject, body, created_at, sent_at FROM mail_outbox ORDER BY id DESC"
				+ " FETCH FIRST " + Math.max(1, Math.min(limit, 200)) + " ROWS ONLY")
			.query((rs, i) -> new Mail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant(), rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
			.list();
	}

	/** Removes the mails of an erased account's address from the outbox. */
	public void forget(String recipient) {
		jdbc.sql("DELETE FROM mail_outbox WHERE recipient = ?").param(recipient).update();
	}

	@Scheduled(fixedDelayString = "${ortakakil.accounts.mail-interval:PT5S}")
	@Transactional
	public void deliver() {
		JavaMailSender mail = sender.getIfAvailable();
		if (mail == null) {
			return;
		}
		// FOR UPDATE SKIP LOCKED would be better on PostgreSQL; a row lock is enough for a few instances
		List<Mail> waiting = jdbc.sql("SELECT id, recipient, subject, body, created_at, sent_at FROM mail_outbox"
				+ " WHERE sent_at IS NULL AND attempts < ? ORDER BY id FETCH FIRST 50 ROWS ONLY FOR UPDATE")
			.param(MAX_ATTEMPTS)
			.query((rs, i) -> new Mail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant(), null))
			.list();
		for (Mail m : waiting) {
			try {
				SimpleMailMessage message = new SimpleMailMessage();
				message.setFrom(settings.mailFrom());
				message.setTo(EmailAddress.forSending(m.recipient()));
				message.setSubject(m.subject());
				message.setText(m.body());
				mail.send(message);
				// the link in a sent mail is no business of the database any more
				jdbc.sql("UPDATE mail_outbox SET sent_at = ?, body = '' WHERE id = ?")
					.params(Timestamp.from(clock.instant()), m.id()).update();
			}
			catch (MailException e) {
				log.warn("Mail {} not delivered yet: {}", m.id(), e.getMessage());
				jdbc.sql("UPDATE mail_outbox SET attempts = attempts + 1 WHERE id = ?").param(m.id()).update();
			}
		}
	}
}
