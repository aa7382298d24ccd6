package org.ortakakil.identity.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page: says why a login failed, and until when a lock-out lasts, in the page's language. */
@Controller
class LoginPage {

	static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

	private final ObjectProvider<ClientRegistrationRepository> providers;

	LoginPage(ObjectProvider<ClientRegistrationRepository> providers) {
		this.providers = providers;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) Long locked, Model model, Locale locale) {
		if (locked != null) {
			Instant until = Instant.ofEpochSecond(locked);
			long minutes = Math.max(1, (until.getEpochSecond() - Instant.now().getEpochSecond() + 59) / 60);
			model.addAttribute("lockedUntil", DateTimeFormatter.ofPattern("HH:mm", locale).format(until.atZone(ISTANBUL)));
			model.addAttribute("lockedMinutes", minutes);
		}
		model.addAttribute("providers", providers());
		return "identity/login";
	}

	private List<ClientRegistration> providers() {
		return providers.getIfAvailable() instanceof InMemoryClientRegistrationRepository registrations
				? java.util.stream.StreamSupport.stream(registrations.spliterator(), false).toList()
				: List.of();
	}
}
