package org.ortakakil.platform.security;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A form sent with a missing or stale CSRF token is nearly always a page left open too long, not an
 * attack on someone's rights: the person is told to reload the page, not that they lack permission.
 */
class ExplainingAccessDeniedHandler implements AccessDeniedHandler {

	/** Read by the error page to choose its message. */
	static final String ERROR_CODE = "org.ortakakil.platform.error-code";

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		if (response.isCommitted()) {
			return;
		}
		request.setAttribute(ERROR_CODE, denied instanceof CsrfException ? "request.session-expired" : "access.denied");
		response.sendError(HttpStatus.FORBIDDEN.value());
	}
}
