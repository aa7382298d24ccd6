package org.ortakakil.platform.web;

import java.io.IOException;

import org.ortakakil.platform.ErrorMessages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A form sent as multipart whose text or files exceed what the server reads
 * (server.tomcat.max-http-form-post-size, spring.servlet.multipart.*) is answered 413 with an explanation in
 * the reader's language, before any filter or controller asks for a parameter (right after the character
 * encoding is set): otherwise the container's exception surfaces in whichever filter reads the first
 * parameter, as a server error. A multipart body that cannot be read at all gets 400. The error page then
 * meets the same unreadable request in the dispatcher, which ErrorResponses answers alike.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class OversizedFormFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParts();
		}
		catch (IllegalStateException | ServletException | IOException e) {
			boolean tooLarge = tooLarge(e);
			request.setAttribute(ErrorMessages.CODE_ATTRIBUTE, tooLarge ? "request.too-large" : "request.body-malformed");
			response.sendError(tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE.value() : HttpStatus.BAD_REQUEST.value());
			return;
		}
		chain.doFilter(request, response);
	}

	// the container says so only in its message (as Spring's multipart resolver also reads it)
	private static boolean tooLarge(Exception e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(java.util.Locale.ROOT);
			if (message.contains("exceed") && (message.contains("size") || message.contains("length"))) {
				return true;
			}
		}
		return false;
	}
}
