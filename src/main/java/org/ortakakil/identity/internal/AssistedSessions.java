package org.ortakakil.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.ortakakil.identity.Authorization;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Permission;
import org.ortakakil.identity.Role;
import org.ortakakil.identity.RoleGrant;
import org.ortakakil.identity.census.Census;
import org.ortakakil.identity.census.CensusPerson;
import org.ortakakil.identity.census.TcKimlikNo;
import org.ortakakil.platform.Languages;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.ResourceRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff at a participation office act for a resident who is present: they enter the resident's
 * T.C. Kimlik No and birth date, and from then on act as that resident, every act marked with
 * their own name and audited. A resident without an account gets one, verified by the census and
 * with no password, after being told of the clarification text; an e-mail can be added later.
 */
@Service
public class AssistedSessions {

	static final int STAFF_ATTEMPTS_PER_HOUR = 60;

	private final Census census;
	private final ResidentVerification verification;
	private final VerificationAttempts attempts;
	private final AccountStore accounts;
	private final ConsentTexts consent;
	private final Authorization authorization;
	private final IdentityEvents events;
	private final TransactionTemplate transactions;
	private final Clock clock;

	AssistedSessions(Census census, ResidentVerification verification, VerificationAttempts attempts,
			AccountStore accounts, ConsentTexts consent, Authorization authorization, IdentityEvents events,
			TransactionTemplate transactions, Clock clock) {
		this.census = census;
		this.verification = verification;
		this.attempts = attempts;
		this.accounts = accounts;
		this.consent = consent;
		this.authorization = authorization;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** The offices where the member of staff may assist residents. */
	public List<String> officesOf(CurrentAccount staff) {
		return staff.roles().stream().filter(grant -> grant.role() == Role.OFFICE_STAFF).map(RoleGrant::scope).toList();
	}

	/**
	 * Starts a session for the resident present.
	 *
	 * @param displayName the name to show for a resident who has no account yet
	 * @param informed whether the resident was given the clarification text (needed to open an account)
	 */
	public AssistedSession start(CurrentAccount staff, String office, String number, String birthDate,
			String displayName, boolean informed, String address) {
		authorization.require(staff, Permission.ASSIST_RESIDENT, ResourceRef.of("office", office == null ? "-" : office));
		TcKimlikNo tckn = TcKimlikNo.parse(number);
		var born = ResidentVerification.birthDate(birthDate);
		attempts.record(staff.id(), STAFF_ATTEMPTS_PER_HOUR);
		CensusPerson person = census.match(tckn, born).orElseThrow(() -> {
			events.publish("assisted-session.no-match", 0, new Actor(staff.principal(), address), "office " + office);
			return DomainException.invalid("verify.no-match");
		});
		long resident = verification.accountOf(person).orElseGet(() -> openFor(person, displayName, informed, staff, address));
		if (resident == staff.id()) {
			throw DomainException.conflict("assisted.self");
		}
		Instant now = clock.instant();
		events.publish("assisted-session.started", resident, new Actor(String.valueOf(resident), address, staff.principal()),
				"office " + office);
		return new AssistedSession(resident, staff.principal(), office, now);
	}

	public void end(AssistedSession session, String address) {
		events.publish("assisted-session.ended", session.residentId(),
				new Actor(String.valueOf(session.residentId()), address, session.staff()), "office " + session.office());
	}

	private long openFor(CensusPerson person, String displayName, boolean informed, CurrentAccount staff, String address) {
		if (!informed) {
			throw DomainException.invalid("assisted.informed-required");
		}
		String name = Registration.displayName(displayName);
		Instant now = clock.instant();
		// one transaction: if another desk linked the person a moment earlier, no account is left behind
		return transactions.execute(status -> {
			long id = accounts.insert(null, name, null, Languages.TURKISH.code(), consent.currentVersion(), now, true, now);
			verification.link(id, person, new Actor(String.valueOf(id), address, staff.principal()));
			events.publish("account.opened-at-office", id, new Actor(String.valueOf(id), address, staff.principal()), "");
			return id;
		});
	}
}
