package org.ortakakil.requests.teams;

import org.ortakakil.platform.SecurityContribution;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * The teams' pages are for logged-in people: someone who is not is sent to the login page first. What
 * each may do there is the controllers' question to {@code Authorization}, or the team's membership.
 */
@Configuration(proxyBeanMethods = false)
class TeamsSecurity implements SecurityContribution {

	@Override
	public void contribute(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/teams", "/teams/**", "/team", "/team/**", "/dispatch", "/dispatch/**").authenticated());
	}
}
