package org.ortakakil.moderation.web;

import org.ortakakil.moderation.internal.Reason;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a report form sends its writer back to: for templates, {@code @moderationLinks.here()} is the
 * page being rendered; and only a path on this site is ever followed, so a report cannot be made to
 * redirect anywhere else.
 */
@Component("moderationLinks")
public class ModerationLinks {

	/** The reasons a report form offers, in order. */
	public Reason[] reasons() {
		return Reason.values();
	}

	/** The path and query of the page being rendered, or the home page outside a request. */
	public String here() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return "/";
		}
		HttpServletRequest request = attributes.getRequest();
		Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
		String path = forwarded != null ? forwarded.toString() : request.getRequestURI();
		String query = forwarded != null ? (String) request.getAttribute("jakarta.servlet.forward.query_string")
				: request.getQueryString();
		String here = query == null ? path : path + "?" + query;
		return localPath(here, "/");
	}

	/**
	 * {@code back} when it is a path on this site (one slash, no scheme, no host, no backslash, no control
	 * characters), otherwise {@code fallback}.
	 */
	public static String localPath(String back, String fallback) {
		if (back == null || back.isEmpty() || back.length() > 2000 || back.charAt(0) != '/') {
			return fallback;
		}
		if (back.length() > 1 && (back.charAt(1) == '/' || back.charAt(1) == '\\')) {
			return fallback;
		}
		for (int i = 0; i < back.length(); i++) {
			char c = back.charAt(i);
			if (c == '\\' || Character.isISOControl(c) || Character.isWhitespace(c)) {
				return fallback;
			}
		}
		return back;
	}
}
