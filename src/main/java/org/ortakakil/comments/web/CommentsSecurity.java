package org.ortakakil.comments.web;

import org.ortakakil.platform.SecurityContribution;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/** Anyone may read a thread; writing, editing, deleting and voting need an account. */
@Configuration(proxyBeanMethods = false)
class CommentsSecurity implements SecurityContribution {

	@Override
	public void contribute(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/comments", "/comments/**")
			.authenticated());
	}
}
