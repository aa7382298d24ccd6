package org.ortakakil.budgeting.results;

import org.ortakakil.budgeting.internal.VotingClosed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Once voting has closed (and that is committed), the results are computed, once. */
@Component
class VotingClosedListener {

	private final ResultComputation computation;

	VotingClosedListener(ResultComputation computation) {
		this.computation = computation;
	}

	@ApplicationModuleListener
	void on(VotingClosed closed) {
		computation.computeOnce(closed.pbId(), closed.actor());
	}
}
