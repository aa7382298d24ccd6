package org.ortakakil.identity.web;

import org.ortakakil.identity.internal.MailOutbox;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The developer mailbox: in the demo profile, the mail the platform would have sent, so a newcomer
 * without a mail server can click a confirmation link. It does not exist in any other profile.
 */
@Controller
@Profile("demo")
class DevMailbox {

	private final MailOutbox outbox;

	DevMailbox(MailOutbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/dev/mailbox")
	String mailbox(Model model) {
		model.addAttribute("mails", outbox.latest(50));
		return "identity/mailbox";
	}
}
