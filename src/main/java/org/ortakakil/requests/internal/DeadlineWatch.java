package org.ortakakil.requests.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.ortakakil.platform.JobLease;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watches the due times. Once a minute, on one instance at a time ({@link JobLease}), it warns the unit of an open request that has used three quarters
 * of its target time, and escalates one that is overdue; each once, each published as a
 * {@code ServiceRequestStatusChanged} step ({@code warned}, {@code escalated}) that is not public.
 * A request waiting for the resident is neither: its clock is stopped.
 */
@Component
public class DeadlineWatch {

	/** Warn when this share of the target time is left. */
	static final double WARN_WHEN_LEFT = 0.25;
	/** No target is longer than this, so nothing further from due needs looking at. */
	static final Duration HORIZON = Duration.ofDays(60);
	static final int BATCH = 500;

	private final JdbcClient jdbc;
	private final RequestHandling handling;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final JobLease leases;
	private final Duration lease;

	DeadlineWatch(JdbcClient jdbc, RequestHandling handling, TransactionTemplate transactions, Clock clock,
			JobLease leases, @Value("${ortakakil.requests.deadline-interval:PT1M}") Duration interval) {
		this.jdbc = jdbc;
		this.leases = leases;
		this.handling = handling;
		this.transactions = transactions;
		this.clock = clock;
		this.lease = interval.multipliedBy(9).dividedBy(10);
	}

	@Scheduled(initialDelayString = "${ortakakil.requests.deadline-initial-delay:PT1M}",
			fixedDelayString = "${ortakakil.requests.deadline-interval:PT1M}")
	void tick() {
		if (leases.take("deadlines", lease)) {
			check();
		}
	}

	/** Warns and escalates what is due; how many requests it marked. */
	public int check() {
		OffsetDateTime now = now();
		List<HandledRequest> candidates = jdbc.sql(HandledRequest.SELECT + """
				 WHERE r.status = 'open' AND r.waiting_since IS NULL AND r.expected_datetime IS NOT NULL
				AND r.expected_datetime <= ? AND (r.warned_at IS NULL OR r.escalated_at IS NULL)
				ORDER BY r.expected_datetime FETCH FIRST ? ROWS ONLY""").params(now.plus(HORIZON), BATCH)
			.query(HandledRequest::read).list();
		int marked = 0;
		for (HandledRequest request : candidates) {
			Boolean overdue = due(request, now);
			if (overdue != null) {
				transactions.executeWithoutResult(status -> handling.markDeadline(request, overdue));
				marked++;
			}
		}
		return marked;
	}

	/** True to escalate, false to warn, null for nothing (yet). */
	static Boolean due(HandledRequest request, OffsetDateTime now) {
		if (request.due().isBefore(now)) {
			return request.escalatedAt() == null ? Boolean.TRUE : null;
		}
		if (request.warnedAt() != null) {
			return null;
		}
		Duration target = Duration.between(request.requested(), request.due()).minusSeconds(request.pausedSeconds());
		Duration left = Duration.between(now, request.due());
		return left.toSeconds() <= target.toSeconds() * WARN_WHEN_LEFT ? Boolean.FALSE : null;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}
}
