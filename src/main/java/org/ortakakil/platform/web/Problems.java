package org.ortakakil.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ortakakil.platform.GeoReportDocument;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Turns an error code into what the asker understands: an RFC 9457 ProblemDetail for an API client,
 * a page in their language for a person. The code is stable; it is the last segment of the
 * problem's {@code type} and the key of its message ({@code error.<code>}). Under {@code /open311/} the
 * client speaks GeoReport v2, so it gets that specification's error list instead ({@link GeoReportDocument}).
 */
@Component
class Problems {

	static final String TYPE_PREFIX = "/problems/";

	private final MessageSource messages;

	Problems(MessageSource messages) {
		this.messages = messages;
	}

	Object respond(HttpServletRequest request, HttpStatus status, String code, Object[] arguments, Locale locale) {
		return respond(request, status, code, arguments, locale, Map.of());
	}

	Object respond(HttpServletRequest request, HttpStatus status, String code, Object[] arguments, Locale locale,
			Map<String, Object> extra) {
		String detail = messages.getMessage("error." + code, arguments, code, locale);
		if (GeoReportDocument.isOpen311(path(request))) {
			return GeoReportDocument.error(status, path(request), detail);
		}
		String title = messages.getMessage("status." + status.value(), null, status.getReasonPhrase(), locale);
		if (wantsProblemDetail(request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
			problem.setType(URI.create(TYPE_PREFIX + code));
			problem.setTitle(title);
			problem.setInstance(URI.create(request.getRequestURI()));
			problem.setProperty("code", code);
			extra.forEach(problem::setProperty);
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("title", title);
		page.addObject("detail", detail);
		page.addObject("code", code);
		page.addObject("fieldErrors", extra.getOrDefault("errors", List.of()));
		return page;
	}

	/**
	 * API paths always get JSON; elsewhere a client that asks for JSON and not HTML gets it too. Open311
	 * paths get the GeoReport specification's error list instead (see {@link #respond}).
	 */
	static boolean wantsProblemDetail(HttpServletRequest request) {
		String path = path(request);
		if (path.startsWith("/api/") || path.startsWith("/v3/api-docs")) {
			return true;
		}
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains("json") && !accept.contains("text/html");
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}
}
