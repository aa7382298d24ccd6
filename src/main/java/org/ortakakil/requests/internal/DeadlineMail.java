package org.ortakakil.requests.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.ortakakil.identity.Accounts;
import org.ortakakil.identity.Accounts.Contact;
import org.ortakakil.identity.Mail;
import org.ortakakil.identity.Role;
import org.ortakakil.requests.ServiceRequestStatusChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people when the deadline watch marks a request: a warning goes to the staff of the request's
 * unit, an escalation also to the coordinators of its district. Each in their own language, with the
 * link to the request's triage page; nothing about the reporter.
 */
@Component
class DeadlineMail {

	private final Accounts accounts;
	private final Mail mail;
	private final RequestHandling handling;
	private final MessageSource messages;
	private final String baseUrl;

	DeadlineMail(Accounts accounts, Mail mail, RequestHandling handling, MessageSource messages,
			@Value("${ortakakil.accounts.base-url:http://localhost:8080}") String baseUrl) {
		this.accounts = accounts;
		this.mail = mail;
		this.handling = handling;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	@ApplicationModuleListener
	void on(ServiceRequestStatusChanged event) {
		boolean escalated = "escalated".equals(event.step());
		if (!escalated && !"warned".equals(event.step())) {
			return;
		}
		HandledRequest request = handling.get(event.serviceRequestId());
		Map<String, Contact> recipients = new LinkedHashMap<>();
		accounts.holders(Role.STAFF, request.unit()).forEach(c -> recipients.putIfAbsent(c.email(), c));
		if (escalated && request.districtId() != null) {
			accounts.holders(Role.DISTRICT_COORDINATOR, String.valueOf(request.districtId()))
				.forEach(c -> recipients.putIfAbsent(c.email(), c));
		}
		String kind = escalated ? "deadline.escalated" : "deadline.warned";
		String link = baseUrl + "/staff/requests/" + request.serviceRequestId();
		for (Contact contact : recipients.values()) {
			Locale locale = Locale.forLanguageTag(contact.language());
			Object[] arguments = { request.serviceRequestId(), request.serviceCode(), request.unit(), link };
			mail.send(contact.email(), messages.getMessage(kind + ".subject", arguments, locale),
					messages.getMessage(kind + ".body", arguments, locale));
		}
	}
}
