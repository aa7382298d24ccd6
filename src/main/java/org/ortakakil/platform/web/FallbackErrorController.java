package org.ortakakil.platform.web;

import java.util.Locale;

import org.ortakakil.platform.ErrorMessages;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Errors raised outside the controllers (a filter's 403, a rate limit's 429, the container's 404)
 * arrive here and are answered like every other error.
 */
@Controller
class FallbackErrorController implements ErrorController {

	private final Problems problems;

	FallbackErrorController(Problems problems) {
		this.problems = problems;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, Locale locale) {
		Object statusAttribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = statusAttribute instanceof Integer code
				? HttpStatus.resolve(code) : HttpStatus.INTERNAL_SERVER_ERROR;
		if (status == null) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		Object explained = request.getAttribute(ErrorMessages.CODE_ATTRIBUTE);
		String code = explained instanceof String given ? given : codeFor(status);
		return problems.respond(new OriginalRequest(request), status, code, new Object[0], locale);
	}

	static String codeFor(HttpStatus status) {
		switch (status) {
			case NOT_FOUND:
				return "resource.not-found";
			case FORBIDDEN:
				return "access.denied";
			case UNAUTHORIZED:
				return "authentication.required";
			case TOO_MANY_REQUESTS:
				return "rate-limit.exceeded";
			case METHOD_NOT_ALLOWED:
				return "request.method-not-allowed";
			case BAD_REQUEST:
				return "request.invalid";
			default:
				return status.is4xxClientError() ? "request.invalid" : "server.error";
		}
	}

	/** The request as the client sent it, so an API path still gets JSON on the error dispatch. */
	private static final class OriginalRequest extends jakarta.servlet.http.HttpServletRequestWrapper {

		OriginalRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getRequestURI() {
			Object original = getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			return original instanceof String uri ? uri : super.getRequestURI();
		}
	}
}
