package org.ortakakil.identity.internal;

import java.time.Clock;

import org.ortakakil.identity.Role;
import org.ortakakil.identity.RoleGrant;
import org.ortakakil.platform.Languages;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator, from {@code ortakakil.accounts.admin-email} and {@code admin-password}:
 * created at start-up when no account has that e-mail, confirmed, and given the ADMIN role. Change
 * its password after the first login; the setting is not read again once the account exists.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BootstrapAdministrator implements ApplicationRunner {

	private final AccountStore accounts;
	private final ConsentTexts consent;
	private final PasswordEncoder encoder;
	private final AccountSettings settings;
	private final Clock clock;

	BootstrapAdministrator(AccountStore accounts, ConsentTexts consent, PasswordEncoder encoder,
			AccountSettings settings, Clock clock) {
		this.accounts = accounts;
		this.consent = consent;
		this.encoder = encoder;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (settings.adminEmail().isBlank() || settings.adminPassword().isBlank()
				|| accounts.byEmail(settings.adminEmail()).isPresent()) {
			return;
		}
		consent.run(args);
		try {
			long id = accounts.insert(EmailAddress.parse(settings.adminEmail()), "Yönetici",
					encoder.encode(settings.adminPassword()), Languages.TURKISH.code(), consent.currentVersion(),
					clock.instant(), false, clock.instant());
			accounts.grant(id, RoleGrant.global(Role.ADMIN), "system", clock.instant());
		}
		catch (DataAccessException | org.ortakakil.shared.DomainException anotherInstanceWasFirst) {
			// another instance created it at the same moment
		}
	}
}
