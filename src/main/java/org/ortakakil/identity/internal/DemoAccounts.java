package org.ortakakil.identity.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.ortakakil.identity.Role;
import org.ortakakil.identity.RoleGrant;
import org.ortakakil.identity.census.Census;
import org.ortakakil.identity.census.TcKimlikNo;
import org.ortakakil.platform.Languages;
import org.ortakakil.shared.Actor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo's people, created once, all with the password {@value #PASSWORD}: a participation office
 * clerk in Kadıköy, a moderator, the muhtar of Caferağa, and a resident of Bebek already verified
 * with the third demo census person. The README lists them.
 */
@Component
@Profile("demo")
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoAccounts implements ApplicationRunner {

	static final String PASSWORD = "demo-katilim-2050";
	static final String OFFICE = "kadikoy-katilim-ofisi";
	static final int CAFERAGA = 40512;
	static final int KADIKOY = 1421;

	private final AccountStore accounts;
	private final ConsentTexts consent;
	private final PasswordEncoder encoder;
	private final Census census;
	private final ResidentVerification verification;
	private final Clock clock;

	DemoAccounts(AccountStore accounts, ConsentTexts consent, PasswordEncoder encoder, Census census,
			ResidentVerification verification, Clock clock) {
		this.accounts = accounts;
		this.consent = consent;
		this.encoder = encoder;
		this.census = census;
		this.verification = verification;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.byEmail("ofis@ortakakil.demo").isPresent()) {
			return;
		}
		consent.run(args);
		create("ofis@ortakakil.demo", "Deniz Kaya (Kadıköy Katılım Ofisi)", new RoleGrant(Role.OFFICE_STAFF, OFFICE));
		create("moderator@ortakakil.demo", "Elif Moderatör", RoleGrant.global(Role.MODERATOR));
		create("muhtar@ortakakil.demo", "Caferağa Muhtarı", new RoleGrant(Role.MUHTAR, String.valueOf(CAFERAGA)));
		create("birim@ortakakil.demo", "Anadolu Aydınlatma Birimi", new RoleGrant(Role.STAFF, "aydinlatma-anadolu"));
		create("ekip@ortakakil.demo", "Kadıköy Aydınlatma Ekibi", null);
		create("koordinator@ortakakil.demo", "Kadıköy İlçe Koordinatörü",
				new RoleGrant(Role.DISTRICT_COORDINATOR, String.valueOf(KADIKOY)));
		long resident = create("sakin@ortakakil.demo", "Bebekli Sakin", null);
		census.match(TcKimlikNo.parse("30000000014"), LocalDate.of(1975, 10, 29))
			.ifPresent(person -> verification.link(resident, person, Actor.SYSTEM));
	}

	private long create(String email, String name, RoleGrant role) {
		var now = clock.instant();
		long id = accounts.insert(EmailAddress.parse(email), name, encoder.encode(PASSWORD), Languages.TURKISH.code(),
				consent.currentVersion(), now, false, now);
		if (role != null) {
			accounts.grant(id, role, "system", now);
		}
		return id;
	}
}
