package org.ortakakil.platform.events;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again the events whose listener failed or whose instance died before it finished. Only
 * events older than a few minutes are retried, so a listener still at work is not run twice;
 * listeners are written to be idempotent all the same, because several instances may retry. Completed
 * publications are forgotten after a week.
 */
@Component
class IncompleteEventRetry {

	static final Duration GRACE = Duration.ofMinutes(5);

	/** How long a completed publication is kept, as a trace of what ran; the audit log keeps the acts. */
	static final Duration KEEP_COMPLETED = Duration.ofDays(7);

	private final IncompleteEventPublications publications;
	private final CompletedEventPublications completed;

	IncompleteEventRetry(IncompleteEventPublications publications, CompletedEventPublications completed) {
		this.publications = publications;
		this.completed = completed;
	}

	@Scheduled(initialDelay = 1, fixedDelay = 5, timeUnit = TimeUnit.MINUTES)
	void retry() {
		publications.resubmitIncompletePublicationsOlderThan(GRACE);
	}

	/** Completed publications would otherwise pile up, one per event and listener, for ever. */
	@Scheduled(initialDelay = 10, fixedDelay = 60, timeUnit = TimeUnit.MINUTES)
	void forgetCompleted() {
		completed.deletePublicationsOlderThan(KEEP_COMPLETED);
	}
}
