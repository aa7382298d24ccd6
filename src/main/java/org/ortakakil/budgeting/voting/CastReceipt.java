package org.ortakakil.budgeting.voting;

/**
 * What a voter is given once, when their ballot is cast or replaced: the receipt code (never stored) and
 * the SHA-256 of it under which the ballot is published when voting closes.
 */
public record CastReceipt(long budgetId, String receipt, String receiptHash) implements java.io.Serializable {

	public String shortHash() {
		return Receipts.shortHash(receiptHash);
	}
}
