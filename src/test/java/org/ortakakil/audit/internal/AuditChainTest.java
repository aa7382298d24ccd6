package org.ortakakil.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AuditChainTest {

	static final Instant AT = Instant.parse("2026-11-26T10:15:30.123456Z");

	@Test
	void theHashCoversEveryFieldAndThePreviousHash() {
		String hash = AuditChain.hash(7, AT, "admin", "10.0.0.1", "process.created", "process", "1", "vizyon-2050",
				AuditChain.GENESIS, null);
		assertThat(hash).hasSize(64).isEqualTo(AuditChain.hash(7, AT, "admin", "10.0.0.1", "process.created",
				"process", "1", "vizyon-2050", AuditChain.GENESIS, null));
		assertThat(hash)
			.isNotEqualTo(AuditChain.hash(8, AT, "admin", "10.0.0.1", "process.created", "process", "1", "vizyon-2050", AuditChain.GENESIS, null))
			.isNotEqualTo(AuditChain.hash(7, AT.plusNanos(1000), "admin", "10.0.0.1", "process.created", "process", "1", "vizyon-2050", AuditChain.GENESIS, null))
			.isNotEqualTo(AuditChain.hash(7, AT, "admin2", "10.0.0.1", "process.created", "process", "1", "vizyon-2050", AuditChain.GENESIS, null))
			.isNotEqualTo(AuditChain.hash(7, AT, "admin", "10.0.0.1", "process.created", "process", "1", "vizyon-2051", AuditChain.GENESIS, null))
			.isNotEqualTo(AuditChain.hash(7, AT, "admin", "10.0.0.1", "process.created", "process", "1", "vizyon-2050", hash, null));
	}

	@Test
	void movingTextBetweenFieldsChangesTheHash() {
		assertThat(AuditChain.hash(1, AT, "ab", "c", "x", "t", "1", "", AuditChain.GENESIS, null))
			.isNotEqualTo(AuditChain.hash(1, AT, "a", "bc", "x", "t", "1", "", AuditChain.GENESIS, null));
	}

	@Test
	void anAssistedActHashesDifferentlyAndAnUnassistedOneAsBefore() {
		String plain = AuditChain.hash(3, AT, "42", "10.0.0.1", "x", "t", "1", "", AuditChain.GENESIS, null);
		assertThat(AuditChain.hash(3, AT, "42", "10.0.0.1", "x", "t", "1", "", AuditChain.GENESIS, "7"))
			.isNotEqualTo(plain)
			.isNotEqualTo(AuditChain.hash(3, AT, "42", "10.0.0.1", "x", "t", "1", "", AuditChain.GENESIS, "8"));
	}
}
