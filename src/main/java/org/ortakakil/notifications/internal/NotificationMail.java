package org.ortakakil.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntSupplier;

import org.ortakakil.identity.Accounts;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Mail;
import org.ortakakil.platform.JobLease;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails notifications: one job every 30 seconds takes the unmailed IMMEDIATE notifications in chunks of 500,
 * writes one mail per recipient of the chunk in their language and marks the chunk mailed in the same
 * transaction; one job a day sends each DAILY reader one digest of what waited. A platform job lease keeps
 * each job on one instance; within an instance a lock keeps a run from overlapping another.
 */
@Component
public class NotificationMail {

	static final int CHUNK = 500;
	/** A digest lists this many notifications and counts the rest. */
	static final int DIGEST_ITEMS = 50;

	private final JdbcClient jdbc;
	private final Clock clock;
	private final Accounts accounts;
	private final Mail mail;
	private final NotificationTexts texts;
	private final JobLease lease;
	private final TransactionTemplate transaction;
	private final String baseUrl;
	private final ReentrantLock running = new ReentrantLock();

	NotificationMail(JdbcClient jdbc, Clock clock, Accounts accounts, Mail mail, NotificationTexts texts,
			JobLease lease, TransactionTemplate transaction,
			@Value("${ortakakil.accounts.base-url:http://localhost:8080}") String baseUrl) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.accounts = accounts;
		this.mail = mail;
		this.texts = texts;
		this.lease = lease;
		this.transaction = transaction;
		this.baseUrl = baseUrl;
	}

	@Scheduled(fixedDelayString = "${ortakakil.notifications.mail-interval:PT30S}",
			initialDelayString = "${ortakakil.notifications.mail-interval:PT30S}")
	void immediateJob() {
		if (lease.take("notifications.immediate", Duration.ofMinutes(5))) {
			sendImmediate();
		}
	}

	@Scheduled(cron = "${ortakakil.notifications.digest-cron:0 0 7 * * *}", zone = "Europe/Istanbul")
	void digestJob() {
		if (lease.take("notifications.digest", Duration.ofHours(1))) {
			sendDigests();
		}
	}

	/** Mails every waiting IMMEDIATE notification, a chunk per transaction; returns how many were mailed. */
	public int sendImmediate() {
		return inChunks(this::immediateChunk);
	}

	/** Runs chunks, each in its own transaction, until one does less than a full chunk; returns the sum. */
	private int inChunks(IntSupplier chunk) {
		running.lock();
		try {
			int total = 0;
			while (true) {
				Integer done = transaction.execute(status -> chunk.getAsInt());
				total += done;
				if (done < CHUNK) {
					return total;
				}
			}
		}
		finally {
			running.unlock();
		}
	}

	private int immediateChunk() {
		List<Notification> chunk = jdbc.sql("SELECT " + NotificationStore.COLUMNS + " FROM notification"
				+ " WHERE mail = 'IMMEDIATE' AND mailed_at IS NULL ORDER BY id FETCH FIRST " + CHUNK + " ROWS ONLY")
			.query(NotificationStore::map).list();
		Map<String, List<Notification>> byRecipient = new LinkedHashMap<>();
		chunk.forEach(n -> byRecipient.computeIfAbsent(n.recipient(), r -> new ArrayList<>()).add(n));
		byRecipient.forEach((recipient, notifications) -> contact(recipient).ifPresent(account -> {
			Locale locale = Locale.forLanguageTag(account.language());
			String subject = notifications.size() == 1
					? texts.message("notifications.mail.subject-one", locale, texts.text(notifications.get(0), locale))
					: texts.message("notifications.mail.subject-many", locale, notifications.size());
			mail.send(account.email(), subject, body(notifications, notifications.size(), locale));
		}));
		if (!chunk.isEmpty()) {
			jdbc.sql("UPDATE notification SET mailed_at = :now WHERE id IN (:ids)")
				.param("now", Timestamp.from(clock.instant()))
				.param("ids", chunk.stream().map(Notification::id).toList()).update();
		}
		return chunk.size();
	}

	/** Sends each DAILY reader one mail of what waits for them; returns how many mails were written. */
	public int sendDigests() {
		return inChunks(this::digestChunk);
	}

	private int digestChunk() {
		long upTo = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM notification").query(Long.class).single();
		List<String> recipients = jdbc.sql("SELECT DISTINCT recipient FROM notification WHERE mail = 'DAILY'"
				+ " AND mailed_at IS NULL AND id <= ? ORDER BY recipient FETCH FIRST " + CHUNK + " ROWS ONLY")
			.param(upTo).query(String.class).list();
		for (String recipient : recipients) {
			List<Notification> waiting = jdbc.sql("SELECT " + NotificationStore.COLUMNS + " FROM notification"
					+ " WHERE recipient = ? AND mail = 'DAILY' AND mailed_at IS NULL AND id <= ? ORDER BY id DESC")
				.params(recipient, upTo).query(NotificationStore::map).list();
			contact(recipient).ifPresent(account -> {
				Locale locale = Locale.forLanguageTag(account.language());
				mail.send(account.email(), texts.message("notifications.mail.digest-subject", locale, waiting.size()),
						body(waiting.subList(0, Math.min(DIGEST_ITEMS, waiting.size())), waiting.size(), locale));
			});
		}
		if (!recipients.isEmpty()) {
			jdbc.sql("UPDATE notification SET mailed_at = :now WHERE recipient IN (:recipients) AND mail = 'DAILY'"
					+ " AND mailed_at IS NULL AND id <= :upTo")
				.param("now", Timestamp.from(clock.instant())).param("recipients", recipients).param("upTo", upTo)
				.update();
		}
		return recipients.size();
	}

	/** The account to write to, if it still exists and has an address. */
	private Optional<CurrentAccount> contact(String principal) {
		return accounts.byPrincipal(principal).filter(a -> a.email() != null && !a.email().isBlank());
	}

	private String body(List<Notification> listed, int total, Locale locale) {
		StringBuilder body = new StringBuilder();
		for (Notification n : listed) {
			body.append("• ").append(texts.text(n, locale)).append('\n');
			if (n.path() != null) {
				body.append("  ").append(baseUrl).append(n.path()).append('\n');
			}
		}
		if (total > listed.size()) {
			body.append(texts.message("notifications.mail.more", locale, total - listed.size())).append('\n');
		}
		body.append('\n').append(texts.message("notifications.mail.footer", locale,
				baseUrl + "/notifications", baseUrl + "/account/notifications"));
		return body.toString();
	}
}
