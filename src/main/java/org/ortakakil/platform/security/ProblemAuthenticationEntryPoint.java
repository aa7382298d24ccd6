package org.ortakakil.platform.security;

import java.io.IOException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An API client that needs to log in gets 401 as application/problem+json; a person in a browser is
 * sent to the login page.
 */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	static final String CODE = "authentication.required";

	private final MessageSource messages;
	private final LocaleResolver locales;
	private final AuthenticationEntryPoint people;

	ProblemAuthenticationEntryPoint(MessageSource messages, LocaleResolver locales, AuthenticationEntryPoint people) {
		this.messages = messages;
		this.locales = locales;
		this.people = people;
	}

	static boolean wantsProblemDetail(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String accept = request.getHeader("Accept");
		return path.startsWith("/api/") || path.startsWith("/open311/")
				|| (accept != null && accept.contains("json") && !accept.contains("text/html"));
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException cause)
			throws IOException, ServletException {
		if (!wantsProblemDetail(request)) {
			people.commence(request, response, cause);
			return;
		}
		Locale locale = locales.resolveLocale(request);
		String title = messages.getMessage("status.401", null, "Unauthorized", locale);
		String detail = messages.getMessage("error." + CODE, null, CODE, locale);
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"type\":\"/problems/" + CODE + "\",\"title\":" + json(title) + ",\"status\":401,"
				+ "\"detail\":" + json(detail) + ",\"instance\":" + json(request.getRequestURI()) + ",\"code\":\"" + CODE + "\"}");
	}

	private static String json(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}
}
