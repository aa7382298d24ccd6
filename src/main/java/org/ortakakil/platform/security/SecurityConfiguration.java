package org.ortakakil.platform.security;

import org.ortakakil.platform.PlatformProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Anyone may read; administration needs the ADMIN role. Until the identity module brings accounts,
 * one bootstrap administrator comes from configuration.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain web(HttpSecurity http, PlatformProperties properties) throws Exception {
		String csp = ContentSecurityPolicy.forTiles(properties.map().tileOrigin());
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/admin/**").hasRole("ADMIN")
				.requestMatchers(HttpMethod.GET, "/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
				.requestMatchers("/actuator/**").hasRole("ADMIN")
				.anyRequest().permitAll())
			.formLogin(form -> form.loginPage("/login").permitAll())
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new ExplainingAccessDeniedHandler()))
			.logout(logout -> logout.logoutSuccessUrl("/"))
			.headers(headers -> headers
				.contentSecurityPolicy(policy -> policy.policyDirectives(csp))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frame -> frame.deny())
				.permissionsPolicyHeader(permissions -> permissions.policy("geolocation=(self), camera=(), microphone=()")));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	UserDetailsService bootstrapAdministrator(PlatformProperties properties, PasswordEncoder encoder) {
		InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
		PlatformProperties.Security security = properties.security();
		if (!security.adminPassword().isBlank()) {
			users.createUser(User.withUsername(security.adminUsername())
				.password(encoder.encode(security.adminPassword()))
				.roles("ADMIN")
				.build());
		}
		return users;
	}
}
