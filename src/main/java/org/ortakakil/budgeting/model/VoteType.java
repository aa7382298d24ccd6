package org.ortakakil.budgeting.model;

/** How voters express themselves, as Pabulib's {@code vote_type}. */
public enum VoteType {
	APPROVAL, CUMULATIVE, SCORING, ORDINAL
}
