package org.ortakakil.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.notifications.FollowerSeeds;
import org.ortakakil.notifications.internal.Audience;
import org.ortakakil.notifications.internal.Fanout;
import org.ortakakil.notifications.internal.NotificationKind;
import org.ortakakil.notifications.internal.NotificationMail;
import org.ortakakil.notifications.internal.NotificationStore;
import org.ortakakil.shared.ResourceRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test (no IT suffix: the build never runs it): a space with {@code bench.followers} (default 100,000)
 * followers, each a confirmed account reading Turkish, English or Arabic. Times the fan-out of one ANSWERED
 * event (one INSERT … SELECT), of one PUBLISHED event reaching the space and two districts (a UNION over
 * three follow sets), the immediate mail job mailing every one of them in chunks of 500, and the header's
 * unread count. Run with {@code bench/notifications.sh}.
 */
@IntegrationTest
class NotificationBenchmark {

	@Autowired
	Fanout fanout;

	@Autowired
	NotificationMail mail;

	@Autowired
	NotificationStore store;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fanOutAndMailOneHundredThousandFollowers() {
		int followers = Integer.getInteger("bench.followers", 100_000);
		long run = System.currentTimeMillis();
		ResourceRef space = ResourceRef.of("process", run);
		String prefix = "nb" + run + "-";

		long began = System.nanoTime();
		// accounts and their follows in three statements; principals are account ids
		FollowerSeeds.seed(jdbc, ResourceRef.of("seed", run), prefix, followers);
		jdbc.sql("INSERT INTO account (email, email_key, display_name, language, created_at, email_confirmed_at)"
				+ " SELECT CONCAT(principal, '@bench.example'), CONCAT(principal, '@bench.example'), principal,"
				+ " CASE MOD(CAST(SUBSTRING(principal, ?) AS INTEGER), 3) WHEN 0 THEN 'tr' WHEN 1 THEN 'en' ELSE 'ar' END,"
				+ " ?, ? FROM follow WHERE resource_type = 'seed' AND resource_id = ?")
			.params(prefix.length() + 1, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()), String.valueOf(run))
			.update();
		jdbc.sql("INSERT INTO follow (principal, resource_type, resource_id, created_at)"
				+ " SELECT CAST(id AS VARCHAR(20)), 'process', ?, ? FROM account WHERE email LIKE ?")
			.params(space.id(), Timestamp.from(Instant.now()), prefix + "%").update();
		jdbc.sql("DELETE FROM follow WHERE resource_type = 'seed' AND resource_id = ?").param(String.valueOf(run))
			.update();
		// a tenth of them also follow each of two districts: the UNION keeps them once
		jdbc.sql("INSERT INTO follow (principal, resource_type, resource_id, created_at) SELECT principal, 'district',"
				+ " '1183', created_at FROM follow WHERE resource_type = 'process' AND resource_id = ?"
				+ " AND MOD(CAST(principal AS BIGINT), 10) = 0").param(space.id()).update();
		jdbc.sql("INSERT INTO follow (principal, resource_type, resource_id, created_at) SELECT principal, 'district',"
				+ " '1185', created_at FROM follow WHERE resource_type = 'process' AND resource_id = ?"
				+ " AND MOD(CAST(principal AS BIGINT), 10) = 1").param(space.id()).update();
		System.out.printf("notifications bench: seeded %,d accounts following %s in %.1f s%n", followers, space,
				(System.nanoTime() - began) / 1e9);

		began = System.nanoTime();
		int answered = fanout.notify(space + "/ANSWERED/" + run, NotificationKind.PROPOSAL_ANSWERED,
				ResourceRef.of("proposal", run), Map.of("title", "Moda sahiline bisiklet yolu", "state", "ACCEPTED",
						"path", "/proposals/1"), Audience.followersOf(List.of(space), null));
		double answerSeconds = (System.nanoTime() - began) / 1e9;
		assertThat(answered).isEqualTo(followers);

		began = System.nanoTime();
		int mailed = mail.sendImmediate();
		double mailSeconds = (System.nanoTime() - began) / 1e9;
		long mails = jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient LIKE ?").param(prefix + "%")
			.query(Long.class).single();
		assertThat(mails).isEqualTo(followers);

		began = System.nanoTime();
		int published = fanout.notify(space + "/PUBLISHED/" + run, NotificationKind.PROPOSAL_PUBLISHED,
				ResourceRef.of("proposal", run + 1), Map.of("title", "Üsküdar’a yeni iskele"),
				Audience.followersOf(List.of(space, ResourceRef.of("district", 1183), ResourceRef.of("district", 1185)),
						null));
		double publishSeconds = (System.nanoTime() - began) / 1e9;
		assertThat(published).isEqualTo(followers);

		String someone = jdbc.sql("SELECT principal FROM follow WHERE resource_type = 'process' AND resource_id = ?"
				+ " FETCH FIRST 1 ROWS ONLY").param(space.id()).query(String.class).single();
		for (int i = 0; i < 1_000; i++) {
			store.unread(someone);
		}
		began = System.nanoTime();
		for (int i = 0; i < 10_000; i++) {
			store.unread(someone);
		}
		double unreadMicros = (System.nanoTime() - began) / 1e3 / 10_000;

		System.out.printf("notifications bench: ANSWERED fan-out to %,d followers: %.2f s (one statement)%n", answered,
				answerSeconds);
		System.out.printf("notifications bench: immediate mail job: %,d notifications, %,d mails in %.1f s (%.0f mails/s)%n",
				mailed, mails, mailSeconds, mails / mailSeconds);
		System.out.printf("notifications bench: PUBLISHED fan-out over the space and two districts: %,d recipients in %.2f s%n",
				published, publishSeconds);
		System.out.printf("notifications bench: unread count for the header: %.0f µs per query%n", unreadMicros);
	}
}
