package org.ortakakil.meetings.governance;

import org.ortakakil.platform.SecurityContribution;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Planning cycles and the agenda pages need an account: someone not logged in is sent to the login
 * page first. Which account may plan for which district, or decide on which agenda, is asked of
 * Authorization and MeetingAccess per page. The coverage view is public.
 */
@Configuration(proxyBeanMethods = false)
class GovernanceSecurity implements SecurityContribution {

	@Override
	public void contribute(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/governance/cycles/**",
				"/governance/meetings/**").authenticated());
	}
}
