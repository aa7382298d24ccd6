package org.ortakakil.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.ResourceRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain detects a changed, a removed and a re-linked entry. Each test tampers with the log and
 * restores it afterwards, so the shared database stays verifiable for the other tests.
 */
@IntegrationTest
class AuditIT {

	record TestAct(Actor actor, String action, ResourceRef resource, Instant occurredAt) implements AuditableEvent {
	}

	@Autowired
	AuditLog log;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	long first;

	@BeforeEach
	void appendThreeEntries() {
		long before = head();
		for (int i = 1; i <= 3; i++) {
			TestAct act = new TestAct(new Actor("denetci", "10.0.0." + i), "test.acted", ResourceRef.of("test", i),
					Instant.now());
			transactions.executeWithoutResult(status -> events.publishEvent(act));
		}
		org.awaitility.Awaitility.await().until(() -> head() >= before + 3);
		first = before + 1;
		assertThat(log.verify().intact()).isTrue();
	}

	@AfterEach
	void restoreTheChain() {
		jdbc.sql("DELETE FROM audit_entry WHERE sequence_no >= ?").param(first).update();
		jdbc.sql("UPDATE audit_chain_head SET last_sequence = ?, last_hash = COALESCE((SELECT hash FROM audit_entry"
				+ " WHERE sequence_no = ?), ?) WHERE id = 1")
			.params(first - 1, first - 1, "0".repeat(64)).update();
		assertThat(log.verify().intact()).isTrue();
	}

	long head() {
		return jdbc.sql("SELECT last_sequence FROM audit_chain_head").query(Long.class).single();
	}

	@Test
	void recordsWhoDidWhatToWhichResourceFromWhere() {
		assertThat(log.latest(3, "test")).extracting(AuditEntry::actor, AuditEntry::address, AuditEntry::action)
			.contains(org.assertj.core.groups.Tuple.tuple("denetci", "10.0.0.3", "test.acted"));
	}

	@Test
	void anAdministratorFiltersTheLogByResourceType() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/audit?type=test")
				.with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"test\" selected=\"selected\">test</option>")))
			.andExpect(content().string(containsString("test.acted")));
	}

	@Test
	void aChangedEntryIsTheFirstBrokenLink() {
		jdbc.sql("UPDATE audit_entry SET actor = 'someone-else' WHERE sequence_no = ?").param(first + 1).update();
		Verification verification = log.verify();
		assertThat(verification.firstBrokenSequence()).isEqualTo(first + 1);
		assertThat(verification.reason()).isEqualTo("changed");
	}

	@Test
	void aDeletedEntryIsFound() {
		jdbc.sql("DELETE FROM audit_entry WHERE sequence_no = ?").param(first + 1).update();
		assertThat(log.verify()).extracting(Verification::firstBrokenSequence, Verification::reason)
			.containsExactly(first + 1, "missing");
	}

	@Test
	void theLastEntryRemovedIsFoundToo() {
		jdbc.sql("DELETE FROM audit_entry WHERE sequence_no = ?").param(first + 2).update();
		assertThat(log.verify().firstBrokenSequence()).isEqualTo(first + 2);
	}

	@Test
	void anEntryRewrittenWithAFreshHashStillBreaksTheNextLink() {
		jdbc.sql("UPDATE audit_entry SET summary = 'rewritten', hash = ? WHERE sequence_no = ?")
			.params("f".repeat(64), first).update();
		assertThat(log.verify().firstBrokenSequence()).isEqualTo(first);
	}

	@Test
	void anAdministratorTriggersTheVerification() throws Exception {
		mvc.perform(post("/admin/audit/verification").with(user("admin").roles("ADMIN")).with(csrf())
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The chain is intact")));
		jdbc.sql("UPDATE audit_entry SET action = 'x' WHERE sequence_no = ?").param(first).update();
		mvc.perform(post("/admin/audit/verification").with(user("admin").roles("ADMIN")).with(csrf())
				.header("Accept-Language", "en"))
			.andExpect(content().string(containsString("The chain breaks at entry " + first)));
	}
}
