package org.ortakakil.platform.security;

import java.util.List;

import org.ortakakil.platform.PlatformProperties;
import org.ortakakil.platform.SecurityContribution;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The one web filter chain. Anyone may read; administration needs the ADMIN role; API clients that
 * are not logged in get a 401 ProblemDetail instead of the login page. How people log in, and which
 * other paths need an account, is contributed by modules ({@link SecurityContribution}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain web(HttpSecurity http, PlatformProperties properties, List<SecurityContribution> contributions,
			MessageSource messages, LocaleResolver locales) throws Exception {
		String csp = ContentSecurityPolicy.forTiles(properties.map().tileOrigin());
		for (SecurityContribution contribution : contributions) {
			contribution.contribute(http);
		}
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/admin/**").hasRole("ADMIN")
				.requestMatchers(HttpMethod.GET, "/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
				.requestMatchers("/actuator/**").hasRole("ADMIN")
				.anyRequest().permitAll())
			.formLogin(form -> form.loginPage("/login").permitAll())
			.exceptionHandling(exceptions -> exceptions
				.accessDeniedHandler(new ExplainingAccessDeniedHandler())
				.authenticationEntryPoint(new ProblemAuthenticationEntryPoint(messages, locales,
						new LoginUrlAuthenticationEntryPoint("/login"))))
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
}
