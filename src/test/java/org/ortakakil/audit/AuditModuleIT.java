package org.ortakakil.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.ResourceRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/** The audit module alone: any event that implements the contract is written to the chain. */
@ApplicationModuleTest
class AuditModuleIT {

	record SomethingHappened(Actor actor, String action, ResourceRef resource, Instant occurredAt)
			implements AuditableEvent {
	}

	@Autowired
	AuditLog log;

	@Test
	void writesAnAuditableEventFromAnyModule(Scenario scenario) {
		SomethingHappened event = new SomethingHappened(new Actor("modul-testi", "203.0.113.9"), "thing.happened",
				ResourceRef.of("thing", 42), Instant.now());
		scenario.publish(event)
			.andWaitForStateChange(() -> log.latest(1, "thing"), entries -> !entries.isEmpty())
			.andVerify(entries -> assertThat(entries.get(0)).extracting(AuditEntry::actor, AuditEntry::address)
				.containsExactly("modul-testi", "203.0.113.9"));
		assertThat(log.verify().intact()).isTrue();
	}
}
