package org.ortakakil.platform.i18n;

import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Remembers a language chosen with {@code ?lang=xx} in a cookie, so the next page keeps it. */
class LanguageChangeInterceptor implements HandlerInterceptor {

	private final LanguageResolver resolver;

	LanguageChangeInterceptor(LanguageResolver resolver) {
		this.resolver = resolver;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		resolver.fromParameter(request).ifPresent(language -> resolver.setLocale(request, response, language.locale()));
		return true;
	}
}
