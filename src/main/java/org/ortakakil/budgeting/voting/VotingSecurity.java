package org.ortakakil.budgeting.voting;

import org.ortakakil.platform.SecurityContribution;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Voting and paper entry need an account (someone not logged in is sent to the login page first); the
 * published ballot list is for anyone.
 */
@Configuration(proxyBeanMethods = false)
class VotingSecurity implements SecurityContribution {

	@Override
	public void contribute(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/budgets/*/vote", "/budgets/*/vote/**",
				"/budgets/*/paper", "/budgets/*/paper/**").authenticated());
	}
}
