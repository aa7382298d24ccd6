package org.ortakakil.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Who a person logging in through the city's identity provider becomes. */
@IntegrationTest
class OidcAccountsIT {

	static final String ISSUER = "https://id.example.org/realms/istanbul";

	@Autowired
	AccountStore store;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	IdentityEvents events;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Registration registration;

	@Autowired
	ConsentTexts consent;

	OidcAccounts accounts() {
		return new OidcAccounts(store, new AccountAuthentication(store, throttle, events, encoder), events,
				Clock.systemUTC());
	}

	static OidcUser user(String subject, String email, boolean verified) {
		Map<String, Object> claims = new HashMap<>();
		claims.put("iss", ISSUER);
		claims.put("sub", subject);
		claims.put("email", email);
		claims.put("email_verified", verified);
		claims.put("name", "Kent Kimliği " + subject);
		OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), claims);
		return new DefaultOidcUser(List.of(), token);
	}

	@Test
	void theFirstLoginOpensAConfirmedAccountAndLaterLoginsFindIt() {
		String subject = UUID.randomUUID().toString();
		String email = "oidc." + subject.substring(0, 8) + "@ornek.istanbul";
		long id = accounts().accountFor(user(subject, email, true), "10.0.0.1");
		AccountRecord account = store.byId(id).orElseThrow();
		assertThat(account.confirmed()).isTrue();
		assertThat(account.passwordHash()).isNull();
		assertThat(account.displayName()).isEqualTo("Kent Kimliği " + subject);
		assertThat(account.consentVersion()).as("asked for at once, on the consent page").isNull();
		assertThat(accounts().accountFor(user(subject, "changed@ornek.istanbul", true), "10.0.0.1")).isEqualTo(id);
	}

	@Test
	void aVerifiedEmailLinksTheExistingAccountAndAnUnverifiedOneIsRefused() {
		String email = "bagla." + UUID.randomUUID().toString().substring(0, 8) + "@ornek.istanbul";
		registration.register(new Registration.Application(email, "Bağlanan", "Boğaziçi köprüsü 1973", "tr",
				consent.current().version()), new Actor(null, "10.0.0.2"));
		long existing = store.byEmail(email).orElseThrow().id();
		assertThatThrownBy(() -> accounts().accountFor(user(UUID.randomUUID().toString(), email, false), "10.0.0.2"))
			.isInstanceOf(DomainException.class).hasMessage("oidc.email-required");
		assertThat(accounts().accountFor(user(UUID.randomUUID().toString(), email.toUpperCase(), true), "10.0.0.2"))
			.isEqualTo(existing);
		assertThat(store.byId(existing).orElseThrow().confirmed()).isTrue();
	}
}
