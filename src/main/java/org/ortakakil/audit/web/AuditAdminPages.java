package org.ortakakil.audit.web;

import java.time.ZoneId;

import org.ortakakil.audit.AuditLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for administrators, and the check that it has not been tampered with. */
@Controller
@RequestMapping("/admin/audit")
class AuditAdminPages {

	private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

	private final AuditLog log;

	AuditAdminPages(AuditLog log) {
		this.log = log;
	}

	@GetMapping
	String latest(@RequestParam(required = false) String type, Model model) {
		model.addAttribute("entries", log.latest(200, type));
		model.addAttribute("type", type == null ? "" : type);
		model.addAttribute("zone", ISTANBUL);
		model.addAttribute("types", log.resourceTypes());
		return "admin/audit";
	}

	@PostMapping("/verification")
	String verify(Model model) {
		model.addAttribute("verification", log.verify());
		return latest(null, model);
	}
}
