package org.ortakakil.platform.security;

import java.io.IOException;

import org.ortakakil.platform.ErrorMessages;
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

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		if (response.isCommitted()) {
			return;
		}
		request.setAttribute(ErrorMessages.CODE_ATTRIBUTE, denied instanceof CsrfException ? "request.session-expired" : "access.denied");
		response.sendError(HttpStatus.FORBIDDEN.value());
	}
}
