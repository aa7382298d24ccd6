package org.ortakakil.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.audit.AuditEntry;
import org.ortakakil.audit.AuditableEvent;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.ResourceRef;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class JdbcAuditLogIT {

	record Repeated(Actor actor, String action, ResourceRef resource, Instant occurredAt) implements AuditableEvent {
	}

	@Autowired
	JdbcAuditLog log;

	@Test
	void anEventDeliveredTwiceIsWrittenOnce() {
		Repeated event = new Repeated(new Actor("denetci", "10.0.0.9"), "test.repeated",
				ResourceRef.of("test-repeat", System.nanoTime()), Instant.now());
		AuditEntry first = log.append(event);
		AuditEntry again = log.append(event);

		assertThat(again.sequence()).isEqualTo(first.sequence());
		assertThat(log.latest(10, "test-repeat")).hasSize(1);
		assertThat(log.verify().intact()).isTrue();
	}
}
