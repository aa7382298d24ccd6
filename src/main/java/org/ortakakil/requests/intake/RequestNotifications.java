package org.ortakakil.requests.intake;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ortakakil.identity.Accounts;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Mail;
import org.ortakakil.requests.ServiceRequestStatusChanged;
import org.ortakakil.requests.internal.CatalogueStore;
import org.ortakakil.requests.internal.HandledRequest;
import org.ortakakil.requests.internal.RequestHandling;
import org.ortakakil.requests.internal.RequestUpdate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the reporter and everyone who said "me too" of each public change of a request, each in their
 * language: the new state, the public note and the link to the request's page (for a reporter without
 * an account a secret link, with which they confirm or reopen). Internal steps send nothing.
 */
@Component
class RequestNotifications {

	private final RequestHandling handling;
	private final CatalogueStore catalogue;
	private final Intake intake;
	private final Accounts accounts;
	private final Mail mail;
	private final MessageSource messages;
	private final JdbcClient jdbc;
	private final String baseUrl;

	RequestNotifications(RequestHandling handling, CatalogueStore catalogue, Intake intake, Accounts accounts,
			Mail mail, MessageSource messages, JdbcClient jdbc,
			@Value("${ortakakil.accounts.base-url:http://localhost:8080}") String baseUrl) {
		this.handling = handling;
		this.catalogue = catalogue;
		this.intake = intake;
		this.accounts = accounts;
		this.mail = mail;
		this.messages = messages;
		this.jdbc = jdbc;
		this.baseUrl = baseUrl;
	}

	@ApplicationModuleListener
	void on(ServiceRequestStatusChanged event) {
		if (!event.publicly()) {
			return;
		}
		HandledRequest request = handling.get(event.serviceRequestId());
		List<RequestUpdate> history = handling.history(request.id(), false);
		String note = history.isEmpty() ? null : history.get(history.size() - 1).note();
		String page = baseUrl + "/requests/" + request.serviceRequestId();
		Map<String, Recipient> recipients = new LinkedHashMap<>();
		if (request.reporter() != null) {
			accounts.byPrincipal(request.reporter()).map(CurrentAccount::email)
				.ifPresent(email -> recipients.put(email, new Recipient(email, request.language(), page)));
		}
		else if (request.email() != null) {
			String link = page + "/r/" + intake.issueReporterToken(request.id());
			recipients.put(request.email(), new Recipient(request.email(), request.language(), link));
		}
		for (Recipient supporter : supporters(request.id(), page)) {
			recipients.putIfAbsent(supporter.email(), supporter);
		}
		recipients.values().forEach(r -> send(r, request, note));
	}

	private List<Recipient> supporters(long requestId, String page) {
		List<Recipient> found = new ArrayList<>();
		jdbc.sql("SELECT supporter, is_account, language FROM service_request_support WHERE request_id = ? ORDER BY id")
			.param(requestId).query((rs, n) -> {
				String supporter = rs.getString(1);
				String language = rs.getString(3);
				if (rs.getBoolean(2)) {
					accounts.byPrincipal(supporter)
						.ifPresent(a -> found.add(new Recipient(a.email(), a.language(), page)));
				}
				else {
					found.add(new Recipient(supporter, language, page));
				}
				return supporter;
			}).list();
		return found;
	}

	private void send(Recipient recipient, HandledRequest request, String note) {
		Locale locale = Locale.forLanguageTag(recipient.language());
		String category = catalogue.any(request.serviceCode()).map(c -> c.name().in(locale))
			.orElse(request.serviceCode());
		String state = messages.getMessage("requests.state." + request.state(), null, locale);
		String subject = messages.getMessage("intake.mail.subject",
				new Object[] { request.serviceRequestId(), state }, locale);
		String body = messages.getMessage("intake.mail.body", new Object[] { category, request.serviceRequestId(),
				state, note == null ? "-" : note, recipient.link(),
				request.requested().atZoneSameInstant(RequestPages.ISTANBUL)
					.format(DateTimeFormatter.ofPattern("d.MM.yyyy HH:mm")) }, locale);
		mail.send(recipient.email(), subject, body);
	}

	private record Recipient(String email, String language, String link) {
	}
}
