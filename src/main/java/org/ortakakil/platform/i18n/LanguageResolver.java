package org.ortakakil.platform.i18n;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.ortakakil.platform.Language;
import org.ortakakil.platform.LanguagePreference;
import org.ortakakil.platform.Languages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Chooses the page language: {@code ?lang=xx}, then the {@code lang} cookie, then the account's
 * preference, then Accept-Language, else Turkish. Only the ten platform languages are ever chosen.
 * Logging in and saving the profile set the cookie to the account's language.
 */
class LanguageResolver implements LocaleResolver {

	static final String PARAMETER = "lang";
	static final String COOKIE = "lang";
	private static final String CHOSEN = LanguageResolver.class.getName() + ".chosen";

	private final Languages languages;
	private final ObjectProvider<LanguagePreference> preferences;

	LanguageResolver(Languages languages, ObjectProvider<LanguagePreference> preferences) {
		this.languages = languages;
		this.preferences = preferences;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Object chosen = request.getAttribute(CHOSEN);
		if (chosen instanceof Language language) {
			return language.locale();
		}
		return fromParameter(request).or(() -> fromCookie(request))
				.or(() -> fromAccount(request)).or(() -> fromHeader(request))
				.orElse(Languages.TURKISH).locale();
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Language language = languages.of(locale);
		request.setAttribute(CHOSEN, language);
		if (response != null) {
			ResponseCookie cookie = ResponseCookie.from(COOKIE, language.code()).path("/")
					.maxAge(Duration.ofDays(365)).sameSite("Lax").secure(request.isSecure()).build();
			response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		}
	}

	Optional<Language> fromParameter(HttpServletRequest request) {
		return languages.find(request.getParameter(PARAMETER));
	}

	private Optional<Language> fromAccount(HttpServletRequest request) {
		LanguagePreference preference = preferences.getIfAvailable();
		return preference == null ? Optional.empty() : preference.of(request).flatMap(languages::find);
	}

	private Optional<Language> fromCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				return languages.find(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	/** The first language of Accept-Language, in the client's order of preference, that we speak. */
	private Optional<Language> fromHeader(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		if (header == null || header.isBlank()) {
			return Optional.empty();
		}
		try {
			return Locale.LanguageRange.parse(header).stream()
					.map(range -> languages.find(range.getRange().split("-")[0]))
					.flatMap(Optional::stream)
					.findFirst();
		}
		catch (IllegalArgumentException malformed) {
			return Optional.empty();
		}
	}
}
