package org.ortakakil.requests.teams;

import org.ortakakil.requests.ServiceRequestSubmitted;
import org.ortakakil.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * For units that switched automatic assignment on: once a new request is stored, it goes to the best
 * team that may take it, if any; the job records that no dispatcher chose it. A dispatcher who was
 * faster wins, and the request is left as they made it.
 */
@Component
class AutomaticDispatch {

	private static final Logger log = LoggerFactory.getLogger(AutomaticDispatch.class);

	private final Dispatch dispatch;

	AutomaticDispatch(Dispatch dispatch) {
		this.dispatch = dispatch;
	}

	@ApplicationModuleListener
	void on(ServiceRequestSubmitted submitted) {
		if (!dispatch.autoAssign(submitted.unitKey())) {
			return;
		}
		try {
			dispatch.assignBest(submitted.serviceRequestId()).ifPresentOrElse(
					job -> log.info("Request {} given automatically to team {}", submitted.serviceRequestId(), job.teamId()),
					() -> log.info("Request {}: no team may take it now", submitted.serviceRequestId()));
		}
		catch (DomainException alreadyHandled) {
			log.info("Request {} not given automatically: {}", submitted.serviceRequestId(), alreadyHandled.code());
		}
	}
}
