package org.ortakakil.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import org.ortakakil.audit.AuditEntry;
import org.ortakakil.audit.AuditLog;
import org.ortakakil.audit.AuditableEvent;
import org.ortakakil.audit.Verification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends under a row lock on the chain's head, so entries from any number of instances form one
 * unbroken sequence; verification streams the log and stops at the first broken link.
 */
@Service
class JdbcAuditLog implements AuditLog {

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	JdbcAuditLog(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	@Transactional
	public AuditEntry append(AuditableEvent event) {
		Head head = jdbc.sql("SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
				.query((rs, i) -> new Head(rs.getLong(1), rs.getString(2))).single();
		long sequence = head.sequence() + 1;
		// stored with microsecond precision by every database we run on, so hash what is stored
		Instant occurredAt = Objects.requireNonNullElseGet(event.occurredAt(), Instant::now).truncatedTo(ChronoUnit.MICROS);
		String summary = event.summary() == null ? "" : event.summary();
		AuditEntry recorded = alreadyRecorded(event, occurredAt);
		if (recorded != null) {
			return recorded; // an event delivered again after a restart or a retry is written once
		}
		String assistedBy = event.actor().assistedBy();
		String hash = AuditChain.hash(sequence, occurredAt, event.actor().name(), event.actor().address(),
				event.action(), event.resource().type(), event.resource().id(), summary, head.hash(), assistedBy);
		jdbc.sql("""
				INSERT INTO audit_entry (sequence_no, occurred_at, actor, address, action, resource_type, resource_id,
				                         summary, previous_hash, hash, assisted_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(sequence, Timestamp.from(occurredAt), event.actor().name(), event.actor().address(), event.action(),
					event.resource().type(), event.resource().id(), summary, head.hash(), hash, assistedBy)
			.update();
		jdbc.sql("UPDATE audit_chain_head SET last_sequence = ?, last_hash = ? WHERE id = 1").params(sequence, hash).update();
		return new AuditEntry(sequence, occurredAt, event.actor().name(), event.actor().address(), event.action(),
				event.resource().type(), event.resource().id(), summary, head.hash(), hash, assistedBy);
	}

	/** Called under the head's lock, so no other append can slip in between the check and the insert. */
	private AuditEntry alreadyRecorded(AuditableEvent event, Instant occurredAt) {
		return jdbc.sql("SELECT * FROM audit_entry WHERE resource_type = ? AND resource_id = ? AND action = ?"
				+ " AND actor = ? AND occurred_at = ?")
			.params(event.resource().type(), event.resource().id(), event.action(), event.actor().name(),
					Timestamp.from(occurredAt))
			.query(JdbcAuditLog::entry).optional().orElse(null);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditEntry> latest(int limit, String resourceType) {
		int bounded = Math.max(1, Math.min(limit, 500));
		if (resourceType == null || resourceType.isBlank()) {
			return jdbc.sql("SELECT * FROM audit_entry ORDER BY sequence_no DESC FETCH FIRST " + bounded + " ROWS ONLY")
					.query(JdbcAuditLog::entry).list();
		}
		return jdbc.sql("SELECT * FROM audit_entry WHERE resource_type = ? ORDER BY sequence_no DESC FETCH FIRST "
				+ bounded + " ROWS ONLY").param(resourceType).query(JdbcAuditLog::entry).list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> resourceTypes() {
		return jdbc.sql("SELECT DISTINCT resource_type FROM audit_entry ORDER BY resource_type").query(String.class).list();
	}

	@Override
	@Transactional(readOnly = true)
	public Verification verify() {
		Verifier verifier = new Verifier();
		template.query(connection -> {
			var statement = connection.prepareStatement("SELECT * FROM audit_entry ORDER BY sequence_no");
			statement.setFetchSize(1000);
			return statement;
		}, verifier);
		Head head = jdbc.sql("SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1")
				.query((rs, i) -> new Head(rs.getLong(1), rs.getString(2))).single();
		return verifier.result(head);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditEntry> actsOf(String principal, int limit) {
		int bounded = Math.max(1, Math.min(limit, 10_000));
		return jdbc.sql("SELECT * FROM audit_entry WHERE actor = ? OR assisted_by = ? ORDER BY sequence_no DESC FETCH FIRST "
				+ bounded + " ROWS ONLY").params(principal, principal).query(JdbcAuditLog::entry).list();
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("sequence_no"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				rs.getString("address"), rs.getString("action"), rs.getString("resource_type"),
				rs.getString("resource_id"), rs.getString("summary"), rs.getString("previous_hash"), rs.getString("hash"),
				rs.getString("assisted_by"));
	}

	private record Head(long sequence, String hash) {
	}

	/** Walks the chain in order, remembering only the last hash; records the first broken link. */
	private static final class Verifier implements RowCallbackHandler {

		private long checked;
		private long expectedSequence = 1;
		private String previousHash = AuditChain.GENESIS;
		private Long broken;
		private String reason;

		@Override
		public void processRow(ResultSet rs) throws SQLException {
			if (broken != null) {
				return;
			}
			AuditEntry e = entry(rs, 0);
			checked++;
			if (e.sequence() != expectedSequence) {
				fail(expectedSequence, "missing");
			}
			else if (!e.previousHash().equals(previousHash)) {
				fail(e.sequence(), "unlinked");
			}
			else if (!e.hash().equals(AuditChain.hash(e.sequence(), e.occurredAt(), e.actor(), e.address(), e.action(),
					e.resourceType(), e.resourceId(), e.summary(), e.previousHash(), e.assistedBy()))) {
				fail(e.sequence(), "changed");
			}
			previousHash = e.hash();
			expectedSequence = e.sequence() + 1;
		}

		Verification result(Head head) {
			if (broken == null && head.sequence() != expectedSequence - 1) {
				// entries were removed from the end of the log
				fail(expectedSequence, "missing");
			}
			return new Verification(checked, broken, reason);
		}

		private void fail(long sequence, String why) {
			broken = sequence;
			reason = why;
		}
	}
}
