package org.ortakakil.meetings.api;

import org.ortakakil.platform.SecurityContribution;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Registering through the API needs a login (an anonymous client gets 401 as problem+json); reading
 * meetings does not. The session's CSRF protection stays on: the API is used with the session cookie.
 */
@Configuration(proxyBeanMethods = false)
class MeetingsApiSecurity implements SecurityContribution {

	@Override
	public void contribute(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers(HttpMethod.POST, "/api/v1/meetings/*/registrations").authenticated());
	}
}
