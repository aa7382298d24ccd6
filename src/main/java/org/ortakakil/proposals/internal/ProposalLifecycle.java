package org.ortakakil.proposals.internal;

import java.util.EnumSet;
import java.util.Set;

import org.ortakakil.proposals.ProposalState;
import org.ortakakil.shared.DomainException;

/**
 * The one place that says which change of state is allowed: a draft is published; a published proposal
 * goes under evaluation (it qualified, or an evaluator took it); the published answer accepts or rejects a
 * published or evaluated proposal; the author withdraws until it is answered. The stores apply a change
 * only where the row is still in one of the states allowed here, so two requests cannot both change it.
 */
public final class ProposalLifecycle {

	public enum Change {
		PUBLISH(EnumSet.of(ProposalState.DRAFT)),
		EVALUATE(EnumSet.of(ProposalState.PUBLISHED)),
		ANSWER(EnumSet.of(ProposalState.PUBLISHED, ProposalState.EVALUATING)),
		WITHDRAW(EnumSet.of(ProposalState.DRAFT, ProposalState.PUBLISHED, ProposalState.EVALUATING)),
		SUPPORT(EnumSet.of(ProposalState.PUBLISHED, ProposalState.EVALUATING));

		private final Set<ProposalState> from;

		Change(Set<ProposalState> from) {
			this.from = from;
		}

		public Set<ProposalState> from() {
			return from;
		}

		/** The states as an SQL list, for {@code state IN (...)} guards. */
		public String sqlList() {
			StringBuilder list = new StringBuilder();
			for (ProposalState state : from) {
				list.append(list.isEmpty() ? "" : ", ").append('\'').append(state.name()).append('\'');
			}
			return list.toString();
		}
	}

	private ProposalLifecycle() {
	}

	public static boolean allows(ProposalState state, Change change) {
		return change.from.contains(state);
	}

	public static void require(ProposalState state, Change change) {
		if (!allows(state, change)) {
			throw DomainException.conflict("proposals.state-conflict");
		}
	}

	/** The outcomes an answer may lead to. */
	public static ProposalState outcome(String value) {
		if ("ACCEPTED".equals(value)) {
			return ProposalState.ACCEPTED;
		}
		if ("REJECTED".equals(value)) {
			return ProposalState.REJECTED;
		}
		if ("EVALUATING".equals(value)) {
			return ProposalState.EVALUATING;
		}
		throw DomainException.invalid("proposals.outcome-invalid");
	}
}
