package org.ortakakil.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A module's part of the one web security filter chain: how people log in, which paths need an
 * account. The platform keeps the headers, CSRF and the administration rule; modules add the rest.
 */
public interface SecurityContribution {

	void contribute(HttpSecurity http) throws Exception;
}
