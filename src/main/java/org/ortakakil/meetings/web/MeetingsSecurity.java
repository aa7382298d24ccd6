package org.ortakakil.meetings.web;

import org.ortakakil.platform.SecurityContribution;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Meeting pages anyone may read; registering, one's own registrations and every organiser's page need
 * an account, so someone not logged in is sent to the login page first. Which account may organise
 * which meeting is asked of {@code MeetingAccess} per page.
 */
@Configuration(proxyBeanMethods = false)
class MeetingsSecurity implements SecurityContribution {

	@Override
	public void contribute(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/account/meetings", "/meetings/new",
				"/meetings/*/edit", "/meetings/*/register", "/meetings/*/registration", "/meetings/*/registration/**",
				"/meetings/*/agenda", "/meetings/*/agenda/**", "/meetings/*/attendees", "/meetings/*/attendees/**",
				"/meetings/*/checkin", "/meetings/*/checkin/**", "/meetings/*/minutes", "/meetings/*/minutes/**",
				"/meetings/*/decisions/**").authenticated());
	}
}
