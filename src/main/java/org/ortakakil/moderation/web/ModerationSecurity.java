package org.ortakakil.moderation.web;

import org.ortakakil.platform.SecurityContribution;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Reporting and every moderation page need an account; which account may moderate which content is
 * asked of {@code ModerationAccess} per act.
 */
@Configuration(proxyBeanMethods = false)
class ModerationSecurity implements SecurityContribution {

	@Override
	public void contribute(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/moderation", "/moderation/**").authenticated()
			.requestMatchers(HttpMethod.POST, "/api/v1/reports").authenticated());
	}
}
