package org.ortakakil.platform;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The language the person behind a request chose in their account, if any. Language resolution asks
 * it after {@code ?lang} and the cookie and before Accept-Language.
 */
public interface LanguagePreference {

	Optional<String> of(HttpServletRequest request);
}
