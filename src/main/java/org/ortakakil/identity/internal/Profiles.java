package org.ortakakil.identity.internal;

import java.time.Clock;
import java.util.Set;

import org.ortakakil.geography.Geography;
import org.ortakakil.geography.Neighbourhood;
import org.ortakakil.platform.Languages;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a person changes about their own account: name, language, home, notices, consent. */
@Service
@Transactional
public class Profiles {

	/** How a person wants to hear from the platform; the notifications module will honour it. */
	public static final Set<String> NOTIFICATION_MODES = Set.of("IMMEDIATE", "DAILY", "NONE");

	/** The profile form. */
	public record Changes(String displayName, String language, Integer districtId, Integer neighbourhoodId,
			String notificationMode) {
	}

	private final AccountStore accounts;
	private final Geography geography;
	private final Languages languages;
	private final ConsentTexts consent;
	private final IdentityEvents events;
	private final Clock clock;

	Profiles(AccountStore accounts, Geography geography, Languages languages, ConsentTexts consent,
			IdentityEvents events, Clock clock) {
		this.accounts = accounts;
		this.geography = geography;
		this.languages = languages;
		this.consent = consent;
		this.events = events;
		this.clock = clock;
	}

	public void update(long accountId, Changes changes, Actor actor) {
		String name = Registration.displayName(changes.displayName());
		String language = languages.find(changes.language())
			.orElseThrow(() -> DomainException.invalid("language.unknown")).code();
		Integer district = changes.districtId();
		Integer neighbourhood = changes.neighbourhoodId();
		if (district != null && geography.district(district).isEmpty()) {
			throw DomainException.invalid("district.unknown", district);
		}
		if (neighbourhood != null) {
			Neighbourhood found = geography.neighbourhood(neighbourhood)
				.orElseThrow(() -> DomainException.invalid("neighbourhood.unknown", changes.neighbourhoodId()));
			if (district == null) {
				district = found.districtId();
			}
			else if (found.districtId() != district) {
				throw DomainException.invalid("neighbourhood.not-in-district");
			}
		}
		String mode = changes.notificationMode() == null ? "IMMEDIATE" : changes.notificationMode();
		if (!NOTIFICATION_MODES.contains(mode)) {
			throw DomainException.invalid("notification-mode.unknown");
		}
		accounts.updateProfile(accountId, name, language, district, neighbourhood, mode);
		events.publish("account.profile-changed", accountId, actor, "");
	}

	public void acceptConsent(long accountId, int version, Actor actor) {
		int current = consent.currentVersion();
		if (version != current) {
			throw DomainException.invalid("consent.required");
		}
		accounts.acceptConsent(accountId, version, clock.instant());
		events.publish("consent.accepted", accountId, actor, "version " + version);
	}
}
