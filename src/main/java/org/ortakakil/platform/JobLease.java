package org.ortakakil.platform;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leases for scheduled jobs that must run on one instance at a time, kept in {@code job_lease}:
 * an instance holds a job while it is the one that moved the row's {@code locked_until} forward, which
 * one conditional UPDATE decides. A lease that is not renewed runs out, so a crashed instance blocks
 * nothing for longer than the lease.
 */
@Component
public class JobLease {

	private final JdbcClient jdbc;
	private final Clock clock;
	private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ UUID.randomUUID().toString().substring(0, 8);

	JobLease(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Takes the job's lease for the duration if nobody holds it: true if this instance holds it now. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean take(String job, Duration duration) {
		OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
		jdbc.sql("INSERT INTO job_lease (name, locked_until, locked_by) VALUES (?, ?, 'nobody') ON CONFLICT DO NOTHING")
			.params(job, now.minusSeconds(1)).update();
		return jdbc.sql("UPDATE job_lease SET locked_until = ?, locked_by = ? WHERE name = ? AND locked_until <= ?")
			.params(now.plus(duration), instance, job, now).update() == 1;
	}
}
