package org.ortakakil.requests.internal;

import org.ortakakil.platform.SecurityContribution;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Open311 clients post requests from other applications, with an API key and no session: the forms
 * under {@code /open311/} are exempt from CSRF, which protects a session's cookies and there is none.
 * The units' pages under {@code /staff/} need a login (which unit is the pages' question).
 */
@Configuration(proxyBeanMethods = false)
class Open311Security implements SecurityContribution {

	@Override
	public void contribute(HttpSecurity http) throws Exception {
		http.csrf(csrf -> csrf.ignoringRequestMatchers("/open311/**"));
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/staff/**").authenticated());
	}
}
