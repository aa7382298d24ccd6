package org.ortakakil.spaces.web;

import java.util.Locale;

import org.ortakakil.platform.ErrorMessages;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.spaces.SpaceKind;
import org.ortakakil.spaces.SpaceRole;
import org.ortakakil.spaces.internal.SpaceRoles;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Granting and revoking space roles, for processes and assemblies alike. */
@Controller
class SpaceRoleAdminPages {

	private final SpaceRoles roles;
	private final ErrorMessages errors;

	SpaceRoleAdminPages(SpaceRoles roles, ErrorMessages errors) {
		this.roles = roles;
		this.errors = errors;
	}

	@PostMapping("/admin/{kind:processes|assemblies}/{id}/roles")
	String grant(@PathVariable String kind, @PathVariable long id, @RequestParam String principal,
			@RequestParam SpaceRole role, Actor actor, Locale locale, RedirectAttributes redirect) {
		try {
			roles.grant(kindOf(kind), id, principal, role, actor);
			redirect.addFlashAttribute("notice", "notice.saved");
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("error", errors.of(e, locale));
		}
		return "redirect:/admin/" + kind + "/" + id + "#roles";
	}

	@PostMapping("/admin/{kind:processes|assemblies}/{id}/roles/revoke")
	String revoke(@PathVariable String kind, @PathVariable long id, @RequestParam String principal,
			@RequestParam SpaceRole role, Actor actor, Locale locale, RedirectAttributes redirect) {
		try {
			roles.revoke(kindOf(kind), id, principal, role, actor);
			redirect.addFlashAttribute("notice", "notice.saved");
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("error", errors.of(e, locale));
		}
		return "redirect:/admin/" + kind + "/" + id + "#roles";
	}

	private static SpaceKind kindOf(String path) {
		return "processes".equals(path) ? SpaceKind.PROCESS : SpaceKind.ASSEMBLY;
	}
}
