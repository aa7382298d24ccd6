package org.ortakakil.platform.events;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again the events whose listener failed or whose instance died before it finished. Only
 * events older than a few minutes are retried, so a listener still at work is not run twice;
 * listeners are written to be idempotent all the same, because several instances may retry.
 */
@Component
class IncompleteEventRetry {

	static final Duration GRACE = Duration.ofMinutes(5);

	private final IncompleteEventPublications publications;

	IncompleteEventRetry(IncompleteEventPublications publications) {
		this.publications = publications;
	}

	@Scheduled(initialDelay = 1, fixedDelay = 5, timeUnit = TimeUnit.MINUTES)
	void retry() {
		publications.resubmitIncompletePublicationsOlderThan(GRACE);
	}
}
