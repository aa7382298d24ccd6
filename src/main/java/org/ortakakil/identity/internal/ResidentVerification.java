package org.ortakakil.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.ortakakil.identity.census.Census;
import org.ortakakil.identity.census.CensusPerson;
import org.ortakakil.identity.census.TcKimlikNo;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Makes an account a verified resident: the T.C. Kimlik No is checked for its shape and check
 * digits first, then matched with the birth date against the census. A mismatch says only that the
 * data did not match. One census person verifies one account, which the database enforces; an
 * account may try a few times an hour.
 */
@Service
public class ResidentVerification {

	private final Census census;
	private final JdbcClient jdbc;
	private final VerificationAttempts attempts;
	private final AccountSettings settings;
	private final IdentityEvents events;
	private final Clock clock;

	ResidentVerification(Census census, JdbcClient jdbc, VerificationAttempts attempts, AccountSettings settings,
			IdentityEvents events, Clock clock) {
		this.census = census;
		this.jdbc = jdbc;
		this.attempts = attempts;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/** Not one transaction on purpose: a refused attempt is counted and audited, not rolled back. */
	public CensusPerson verify(long accountId, String number, String birthDate, Actor actor) {
		TcKimlikNo tckn = TcKimlikNo.parse(number);
		LocalDate born = birthDate(birthDate);
		if (linkedPerson(accountId).isPresent()) {
			throw DomainException.conflict("verify.already-verified");
		}
		attempts.record(accountId, settings.verificationAttemptsPerHour());
		CensusPerson person = census.match(tckn, born).orElseThrow(() -> {
			events.publish("resident.verification-failed", accountId, actor, "");
			return DomainException.invalid("verify.no-match");
		});
		link(accountId, person, actor);
		events.publish("resident.verified", accountId, actor, "");
		return person;
	}

	/** Links the account to the census person; the unique constraint refuses a person already linked. */
	void link(long accountId, CensusPerson person, Actor actor) {
		try {
			jdbc.sql("INSERT INTO account_census (account_id, census_person_id, verified_at, verified_by) VALUES (?, ?, ?, ?)")
				.params(accountId, person.id(), Timestamp.from(clock.instant()), actor.assisted() ? actor.assistedBy() : actor.name())
				.update();
		}
		catch (DuplicateKeyException taken) {
			throw DomainException.conflict("verify.person-taken");
		}
	}

	/** The account already verified with this census person, if any. */
	public Optional<Long> accountOf(CensusPerson person) {
		return jdbc.sql("SELECT account_id FROM account_census WHERE census_person_id = ?").param(person.id())
			.query(Long.class).optional();
	}

	Optional<Long> linkedPerson(long accountId) {
		return jdbc.sql("SELECT census_person_id FROM account_census WHERE account_id = ?").param(accountId)
			.query(Long.class).optional();
	}

	static LocalDate birthDate(String text) {
		try {
			LocalDate date = LocalDate.parse(text == null ? "" : text.strip());
			if (date.isAfter(LocalDate.now()) || date.getYear() < 1900) {
				throw DomainException.invalid("verify.birth-date-invalid");
			}
			return date;
		}
		catch (DateTimeParseException notADate) {
			throw DomainException.invalid("verify.birth-date-invalid");
		}
	}
}
