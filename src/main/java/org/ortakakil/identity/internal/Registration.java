package org.ortakakil.identity.internal;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.ortakakil.platform.Languages;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening an account, confirming its e-mail and resetting its password. Every link goes out by mail
 * with a single-use, expiring token. Asking for a reset answers the same whether or not the address
 * has an account, so the form cannot be used to find out who is registered.
 */
@Service
@Transactional
public class Registration {

	/** What a person fills in to register. */
	public record Application(String email, String displayName, String password, String language,
			Integer acceptedConsentVersion) {
	}

	static final int NAME_MAX = 100;

	private final AccountStore accounts;
	private final PasswordPolicy policy;
	private final PasswordEncoder encoder;
	private final Tokens tokens;
	private final MailOutbox mail;
	private final ConsentTexts consent;
	private final MessageSource messages;
	private final Languages languages;
	private final AccountSettings settings;
	private final IdentityEvents events;
	private final Sessions sessions;
	private final Clock clock;

	Registration(AccountStore accounts, PasswordPolicy policy, PasswordEncoder encoder, Tokens tokens, MailOutbox mail,
			ConsentTexts consent, MessageSource messages, Languages languages, AccountSettings settings,
			IdentityEvents events, Sessions sessions, Clock clock) {
		this.accounts = accounts;
		this.policy = policy;
		this.encoder = encoder;
		this.tokens = tokens;
		this.mail = mail;
		this.consent = consent;
		this.messages = messages;
		this.languages = languages;
		this.settings = settings;
		this.events = events;
		this.sessions = sessions;
		this.clock = clock;
	}

	/** Opens the account and sends the confirmation link; returns the address it went to. */
	public String register(Application application, Actor actor) {
		EmailAddress email = EmailAddress.parse(application.email());
		String name = displayName(application.displayName());
		policy.check(application.password(), email.value(), name);
		String language = languages.find(application.language()).orElse(Languages.TURKISH).code();
		int current = consent.currentVersion();
		if (application.acceptedConsentVersion() == null || application.acceptedConsentVersion() != current) {
			throw DomainException.invalid("consent.required");
		}
		Instant now = clock.instant();
		long id = accounts.insert(email, name, encoder.encode(application.password()), language, current, null, false, now);
		sendConfirmation(id, email.value(), name, language);
		events.publish("account.registered", id, new Actor(String.valueOf(id), actor.address()), "consent v" + current);
		return email.value();
	}

	/** Sends a new confirmation link, if the address has an unconfirmed account; says nothing either way. */
	public void resendConfirmation(String typedEmail) {
		accounts.byEmail(typedEmail == null ? "" : typedEmail).filter(a -> !a.confirmed() && !a.deleted())
			.ifPresent(a -> sendConfirmation(a.id(), a.email(), a.displayName(), a.language()));
	}

	public long confirm(String token, Actor actor) {
		long id = tokens.consume(token, Tokens.Purpose.CONFIRM_EMAIL);
		if (accounts.confirmEmail(id, clock.instant())) {
			events.publish("account.confirmed", id, actor, "");
		}
		return id;
	}

	public void requestPasswordReset(String typedEmail, Actor actor) {
		Optional<AccountRecord> account = accounts.byEmail(typedEmail == null ? "" : typedEmail)
			.filter(a -> !a.deleted() && a.email() != null);
		account.ifPresent(a -> {
			String token = tokens.issue(a.id(), Tokens.Purpose.RESET_PASSWORD, settings.resetValidity());
			Locale locale = Locale.forLanguageTag(a.language());
			mail.queue(a.email(), messages.getMessage("mail.reset.subject", null, locale),
					messages.getMessage("mail.reset.body", new Object[] { greeting(a.displayName()),
							settings.baseUrl() + "/account/reset?token=" + token, settings.resetValidity().toMinutes() },
							locale));
			events.publish("password.reset-requested", a.id(), actor, "");
		});
	}

	/**
	 * Gives an account opened at a participation office the resident's e-mail, and sends a link to
	 * choose a password there: from then on the resident can also log in on their own. Only an
	 * account without an e-mail can be given one this way.
	 */
	@Transactional
	public void addEmailAtOffice(long accountId, String typedEmail, Actor actor) {
		EmailAddress email = EmailAddress.parse(typedEmail);
		AccountRecord account = accounts.byId(accountId).filter(a -> !a.deleted())
			.orElseThrow(() -> DomainException.notFound("account.not-found"));
		if (account.email() != null) {
			throw DomainException.conflict("assisted.email-exists");
		}
		accounts.setEmail(accountId, email);
		String token = tokens.issue(accountId, Tokens.Purpose.RESET_PASSWORD, settings.confirmationValidity());
		Locale locale = Locale.forLanguageTag(account.language());
		mail.queue(email.value(), messages.getMessage("mail.welcome.subject", null, locale),
				messages.getMessage("mail.welcome.body", new Object[] { greeting(account.displayName()),
						settings.baseUrl() + "/account/reset?token=" + token, settings.confirmationValidity().toHours() },
						locale));
		events.publish("account.email-added-at-office", accountId, actor, "");
	}

	/**
	 * Sets a new password with a reset link and ends every session of the account, wherever it was
	 * open. Confirms the e-mail too: the link arrived there.
	 */
	public long resetPassword(String token, String password, Actor actor) {
		long id = tokens.consume(token, Tokens.Purpose.RESET_PASSWORD);
		AccountRecord account = accounts.byId(id).filter(a -> !a.deleted())
			.orElseThrow(() -> DomainException.invalid("token.unknown"));
		policy.check(password, account.email(), account.displayName());
		accounts.setPassword(id, encoder.encode(password));
		accounts.confirmEmail(id, clock.instant());
		sessions.endAll(account.principal());
		accounts.forgetRememberMe(id);
		events.publish("password.reset", id, actor, "");
		return id;
	}

	void sendConfirmation(long id, String email, String name, String language) {
		String token = tokens.issue(id, Tokens.Purpose.CONFIRM_EMAIL, settings.confirmationValidity());
		Locale locale = Locale.forLanguageTag(language);
		mail.queue(email, messages.getMessage("mail.confirm.subject", null, locale),
				messages.getMessage("mail.confirm.body", new Object[] { greeting(name),
						settings.baseUrl() + "/account/confirm?token=" + token,
						settings.confirmationValidity().toHours() }, locale));
	}

	private static String greeting(String name) {
		return name == null ? "" : name;
	}

	/** A display name: plain text of 1 to 100 characters, no control characters; markup is kept as text. */
	static String displayName(String typed) {
		String name = typed == null ? "" : Normalizer.normalize(typed.strip(), Normalizer.Form.NFC);
		if (name.isEmpty()) {
			throw DomainException.invalid("name.required");
		}
		if (name.codePointCount(0, name.length()) > NAME_MAX) {
			throw DomainException.invalid("name.too-long", NAME_MAX);
		}
		if (name.codePoints().anyMatch(Character::isISOControl)) {
			throw DomainException.invalid("name.control-characters");
		}
		return name;
	}
}
