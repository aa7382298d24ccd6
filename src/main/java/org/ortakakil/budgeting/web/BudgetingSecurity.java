package org.ortakakil.budgeting.web;

import org.ortakakil.platform.SecurityContribution;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Participatory budgets anyone may read; submitting ideas, supporting, reviewing and managing need an
 * account, so someone not logged in is sent to the login page first. Who may review or manage is asked
 * of {@code PbAccess} per page.
 */
@Configuration(proxyBeanMethods = false)
class BudgetingSecurity implements SecurityContribution {

	@Override
	public void contribute(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/budgets/*/ideas/new", "/budgets/*/review",
				"/budgets/*/review/**", "/budgets/*/manage", "/budgets/*/manage/**", "/budgets/projects/*/support",
				"/budgets/projects/*/unsupport", "/budgets/projects/*/withdraw", "/budgets/projects/*/review")
			.authenticated());
	}
}
