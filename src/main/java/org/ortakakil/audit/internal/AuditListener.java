package org.ortakakil.audit.internal;

import org.ortakakil.audit.AuditableEvent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Writes every auditable event to the log, after the act's transaction committed. */
@Component
class AuditListener {

	private final JdbcAuditLog log;

	AuditListener(JdbcAuditLog log) {
		this.log = log;
	}

	@ApplicationModuleListener
	void on(AuditableEvent event) {
		log.append(event);
	}
}
