package org.ortakakil.budgeting.results;

import org.ortakakil.platform.SecurityContribution;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A participatory budget's results page for administrators needs an account, not the platform's ADMIN
 * role: the administrators of its process may see it too ({@link ResultAccess} decides per page).
 */
@Configuration(proxyBeanMethods = false)
class ResultsSecurity implements SecurityContribution {

	@Override
	public void contribute(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/admin/budgets/*/results", "/admin/budgets/*/results/**").authenticated());
	}
}
