package org.ortakakil.requests.needs;

import org.ortakakil.platform.SecurityContribution;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * The muhtar's and the coordinator's pages need an account: someone not logged in is sent to the login
 * page first. Which account may see which neighbourhood or district is asked of Authorization per page.
 */
@Configuration(proxyBeanMethods = false)
class NeedsSecurity implements SecurityContribution {

	@Override
	public void contribute(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/muhtar", "/muhtar/**", "/coordinator/needs",
				"/coordinator/needs/**").authenticated());
	}
}
