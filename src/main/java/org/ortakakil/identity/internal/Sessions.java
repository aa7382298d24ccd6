package org.ortakakil.identity.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends every session of an account, on every instance: after a password reset or a deletion. */
@Component
public class Sessions {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository;

	Sessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository) {
		this.repository = repository;
	}

	public void endAll(String principal) {
		FindByIndexNameSessionRepository<? extends Session> sessions = repository.getIfAvailable();
		if (sessions != null) {
			sessions.findByPrincipalName(principal).keySet().forEach(sessions::deleteById);
		}
	}
}
