package org.ortakakil.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of accounts ({@code ortakakil.accounts.*}).
 *
 * @param adminEmail the first administrator, created at start-up if no account has this e-mail
 * @param adminPassword its password; empty means none is created
 * @param baseUrl how links in mails begin, e.g. {@code https://katilim.ibb.istanbul}
 * @param mailFrom the sender of platform mail
 * @param confirmationValidity how long an e-mail confirmation link works
 * @param resetValidity how long a password reset link works
 * @param lockout when repeated failed logins lock an account or an address
 * @param verificationAttemptsPerHour how often an account may try to verify as a resident
 */
@ConfigurationProperties("ortakakil.accounts")
public record AccountSettings(@DefaultValue("") String adminEmail, @DefaultValue("") String adminPassword,
		@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("katilim@ortakakil.local") String mailFrom,
		@DefaultValue("P2D") Duration confirmationValidity, @DefaultValue("PT1H") Duration resetValidity,
		@DefaultValue Lockout lockout, @DefaultValue("5") int verificationAttemptsPerHour) {

	/**
	 * @param accountFailures failures on one account within the window that lock it
	 * @param addressFailures failures from one address within the window that lock the address
	 * @param window how far back failures count
	 * @param duration how long a lock lasts
	 */
	public record Lockout(@DefaultValue("5") int accountFailures, @DefaultValue("20") int addressFailures,
			@DefaultValue("PT15M") Duration window, @DefaultValue("PT15M") Duration duration) {
	}
}
