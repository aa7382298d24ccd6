package org.ortakakil.identity.internal;

import java.time.Clock;

import org.ortakakil.identity.IdentityEvent;
import org.ortakakil.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes identity events from places that have no transaction of their own (the login filter),
 * so they reach the audit log, which listens after commit.
 */
@Component
public class IdentityEvents {

	private final ApplicationEventPublisher events;
	private final Clock clock;

	IdentityEvents(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void publish(String action, long accountId, Actor actor, String summary) {
		events.publishEvent(new IdentityEvent(action, accountId, actor, clock.instant(), summary));
	}
}
