package org.ortakakil.notifications.web;

import org.ortakakil.platform.SecurityContribution;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/** Notifications, follows and the mail setting are one's own: they need an account. */
@Configuration(proxyBeanMethods = false)
class NotificationsSecurity implements SecurityContribution {

	@Override
	public void contribute(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/notifications", "/notifications/**",
				"/follows", "/account/follows", "/account/notifications").authenticated());
	}
}
