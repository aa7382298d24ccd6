package org.ortakakil.proposals.web;

import org.ortakakil.platform.SecurityContribution;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Anyone may read proposals, the exports and the API; writing, supporting, evaluating and administering
 * need a login (pages send to the login page, the API answers 401 as problem+json). Who may do what is
 * asked of the services per act.
 */
@Configuration(proxyBeanMethods = false)
class ProposalsSecurity implements SecurityContribution {

	@Override
	public void contribute(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/proposals/new", "/proposals/paper", "/proposals/evaluate", "/proposals/admin",
					"/proposals/admin/**", "/proposals/*/support", "/proposals/*/unsupport", "/proposals/*/withdraw",
					"/proposals/*/publish", "/proposals/*/assign", "/proposals/*/answer", "/proposals/*/answer/**",
					"/proposals/*/custom-state")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/api/v1/proposals/*/supports").authenticated()
			.requestMatchers(HttpMethod.DELETE, "/api/v1/proposals/*/supports").authenticated());
	}
}
