package org.ortakakil.identity.internal;

import java.io.IOException;
import java.util.Locale;

import javax.sql.DataSource;

import org.ortakakil.platform.SecurityContribution;
import org.springframework.beans.factory.ObjectProvider;
import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How people log in: e-mail and password with lock-out, "remember me" (persistent series in the
 * database, revocable), and an OpenID Connect provider when one is configured
 * ({@code spring.security.oauth2.client.registration.*}); off by default. Which paths need an
 * account is decided here too.
 */
@Configuration(proxyBeanMethods = false)
class IdentitySecurity implements SecurityContribution {

	static final String REMEMBER_ME_COOKIE = "remember-me";

	private final AccountAuthentication authentication;
	private final OidcAccounts oidcAccounts;
	private final AccountStore store;
	private final AccountDirectory directory;
	private final ConsentTexts consent;
	private final LocaleResolver locales;
	private final DataSource dataSource;
	private final ObjectProvider<ClientRegistrationRepository> oidcProviders;
	private final String rememberMeKey;

	IdentitySecurity(AccountStore store, LoginThrottle throttle, IdentityEvents events, PasswordEncoder encoder,
			AccountDirectory directory, ConsentTexts consent, LocaleResolver locales, DataSource dataSource,
			ObjectProvider<ClientRegistrationRepository> oidcProviders, Clock clock,
			@Value("${ortakakil.accounts.remember-me-key:ortakakil-remember-me}") String rememberMeKey) {
		this.authentication = new AccountAuthentication(store, throttle, events, encoder);
		this.oidcAccounts = new OidcAccounts(store, authentication, events, clock);
		this.store = store;
		this.directory = directory;
		this.consent = consent;
		this.locales = locales;
		this.dataSource = dataSource;
		this.oidcProviders = oidcProviders;
		this.rememberMeKey = rememberMeKey;
	}

	/**
	 * The only authentication manager: passwords go through the lock-out, nothing else is asked.
	 * Remember-me and OpenID Connect add their own providers to the filter chain in front of it.
	 */
	@Bean
	AuthenticationManager accountAuthenticationManager() {
		return new ProviderManager(authentication);
	}

	@Override
	public void contribute(HttpSecurity http) throws Exception {
		JdbcTokenRepositoryImpl series = new JdbcTokenRepositoryImpl();
		series.setDataSource(dataSource);
		PersistentTokenBasedRememberMeServices rememberMe = new PersistentTokenBasedRememberMeServices(rememberMeKey,
				authentication, series);
		rememberMe.setCookieName(REMEMBER_ME_COOKIE);
		rememberMe.setParameter("remember-me");
		rememberMe.setTokenValiditySeconds(60 * 60 * 24 * 30);
		http.formLogin(form -> form.loginPage("/login").successHandler(new LoggedIn()).failureHandler(new LoginFailed()))
			.rememberMe(remember -> remember.rememberMeServices(rememberMe).key(rememberMeKey))
			.logout(logout -> logout.deleteCookies(REMEMBER_ME_COOKIE))
			.addFilterBefore(new AccountContextFilter(store, directory, authentication, consent), AuthorizationFilter.class)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/account/register", "/account/registered", "/account/confirm", "/account/forgot",
						"/account/reset", "/account/resend").permitAll()
				.requestMatchers("/office/**").hasRole("OFFICE_STAFF")
				.requestMatchers("/account", "/account/**", "/api/v1/me").authenticated());
		ClientRegistrationRepository providers = oidcProviders.getIfAvailable();
		if (providers != null) {
			http.oauth2Login(oauth -> oauth.loginPage("/login").successHandler(oidcAccounts.successHandler(new LoggedIn()))
				.failureHandler(new LoginFailed()));
		}
	}

	/** Sets the account's language, then asks for consent if the text changed, else goes on. */
	final class LoggedIn extends SavedRequestAwareAuthenticationSuccessHandler {

		LoggedIn() {
			setDefaultTargetUrl("/account");
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication done) throws IOException, jakarta.servlet.ServletException {
			if (done.getPrincipal() instanceof AccountUser user) {
				AccountRecord account = store.byId(user.id()).orElseThrow();
				locales.setLocale(request, response, Locale.forLanguageTag(account.language()));
				if (consent.outdated(account.consentVersion())) {
					clearAuthenticationAttributes(request);
					getRedirectStrategy().sendRedirect(request, response, "/account/consent");
					return;
				}
			}
			super.onAuthenticationSuccess(request, response, done);
		}
	}

	/** Says why: locked (and until when), e-mail not confirmed, or wrong e-mail or password. */
	static final class LoginFailed implements AuthenticationFailureHandler {

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException failure) throws IOException {
			String query;
			if (failure instanceof LoginLockedException locked) {
				query = "locked=" + locked.until().getEpochSecond();
			}
			else if (failure instanceof DisabledException) {
				query = "unconfirmed";
			}
			else {
				query = "error";
			}
			response.sendRedirect(request.getContextPath() + "/login?" + query);
		}
	}
}
