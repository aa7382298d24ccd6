package org.ortakakil.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** How an entry's hash is computed; the one definition shared by writing and verifying. */
final class AuditChain {

	static final String GENESIS = "0".repeat(64);

	private AuditChain() {
	}

	static String hash(long sequence, Instant occurredAt, String actor, String address, String action,
			String resourceType, String resourceId, String summary, String previousHash, String assistedBy) {
		StringBuilder canonical = new StringBuilder();
		Object[] fields = { sequence, occurredAt, actor, address, action, resourceType, resourceId, summary, previousHash };
		if (assistedBy != null) {
			// entries written before assisted sessions existed keep their hash
			fields = java.util.Arrays.copyOf(fields, fields.length + 1);
			fields[fields.length - 1] = "assisted-by=" + assistedBy;
		}
		for (Object field : fields) {
			String text = String.valueOf(field);
			// length-prefixed, so no choice of field contents can make two entries hash alike
			canonical.append(text.length()).append(':').append(text).append('|');
		}
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
