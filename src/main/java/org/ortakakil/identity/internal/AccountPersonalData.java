package org.ortakakil.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ortakakil.platform.PersonalDataHolder;
import org.ortakakil.shared.DomainException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the identity module holds about an account: the account, its roles and consent, its census
 * link (neighbourhood and birth date, never the identity number). Erased last, after every other
 * module has erased its part.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class AccountPersonalData implements PersonalDataHolder {

	private final AccountStore accounts;
	private final AccountDirectory directory;
	private final JdbcClient jdbc;
	private final MailOutbox mail;
	private final Clock clock;

	AccountPersonalData(AccountStore accounts, AccountDirectory directory, JdbcClient jdbc, MailOutbox mail, Clock clock) {
		this.accounts = accounts;
		this.directory = directory;
		this.jdbc = jdbc;
		this.mail = mail;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "account";
	}

	@Override
	public Object export(long accountId, String principal) {
		AccountRecord a = accounts.byId(accountId).orElseThrow(() -> DomainException.notFound("account.not-found"));
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", a.id());
		data.put("email", a.email());
		data.put("displayName", a.displayName());
		data.put("language", a.language());
		data.put("homeDistrictId", a.homeDistrictId());
		data.put("homeNeighbourhoodId", a.homeNeighbourhoodId());
		data.put("notificationMode", a.notificationMode());
		data.put("emailConfirmedAt", text(a.emailConfirmedAt()));
		data.put("createdAt", text(a.createdAt()));
		data.put("consent", jdbc.sql("SELECT consent_version, consent_accepted_at FROM account WHERE id = ?").param(accountId)
			.query((rs, i) -> {
				Map<String, Object> consent = new LinkedHashMap<>();
				consent.put("version", rs.getObject(1));
				consent.put("acceptedAt", rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant().toString());
				return consent;
			}).single());
		data.put("roles", accounts.roles(accountId).stream()
			.map(r -> Map.of("role", r.role().name(), "scope", r.scope())).toList());
		data.put("residence", directory.residence(accountId).map(r -> Map.of("neighbourhoodId", r.neighbourhoodId(),
				"districtId", r.districtId(), "birthDate", r.birthDate().toString(), "verifiedAt", r.verifiedAt().toString()))
			.orElse(null));
		data.put("note", "The T.C. Kimlik number is never stored; the census keeps only a keyed digest of it.");
		return data;
	}

	@Override
	public void erase(long accountId, String principal) {
		accounts.byId(accountId).map(AccountRecord::email).ifPresent(mail::forget);
		jdbc.sql("DELETE FROM account_census WHERE account_id = ?").param(accountId).update();
		jdbc.sql("DELETE FROM verification_attempt WHERE account_id = ?").param(accountId).update();
		jdbc.sql("DELETE FROM login_throttle WHERE subject = ?").param(LoginThrottle.account(accountId)).update();
		accounts.erase(accountId, clock.instant());
	}

	private static String text(Instant instant) {
		return instant == null ? null : instant.toString();
	}
}
