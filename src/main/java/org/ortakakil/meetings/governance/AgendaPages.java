package org.ortakakil.meetings.governance;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.ortakakil.geography.Geography;
import org.ortakakil.identity.Authorization;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Permission;
import org.ortakakil.meetings.MeetingView;
import org.ortakakil.meetings.internal.AgendaItem;
import org.ortakakil.meetings.internal.Agendas;
import org.ortakakil.meetings.internal.MeetingAccess;
import org.ortakakil.meetings.internal.MeetingStore;
import org.ortakakil.platform.FormRejection;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.ResourceRef;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A neighbourhood meeting's agenda, as the residents and the organisers shape it: verified residents
 * of the meeting's neighbourhood propose items until it starts; the organisers (the muhtar who
 * co-hosts, the coordinators, the space's administrators) take or decline them and publish the agenda.
 */
@Controller
@RequestMapping("/governance/meetings/{id}")
class AgendaPages {

	private final MeetingStore meetings;
	private final Agendas agendas;
	private final MeetingAccess access;
	private final Authorization authorization;
	private final Geography geography;
	private final FormRejection rejection;
	private final Clock clock;

	AgendaPages(MeetingStore meetings, Agendas agendas, MeetingAccess access, Authorization authorization,
			Geography geography, FormRejection rejection, Clock clock) {
		this.clock = clock;
		this.meetings = meetings;
		this.agendas = agendas;
		this.access = access;
		this.authorization = authorization;
		this.geography = geography;
		this.rejection = rejection;
	}

	@GetMapping("/proposals")
	String proposalForm(@PathVariable long id, CurrentAccount account, Model model) {
		MeetingView meeting = meetings.get(id);
		return proposalPage(meeting, account, "", "", model);
	}

	@PostMapping("/proposals")
	String propose(@PathVariable long id, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String description, CurrentAccount account, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		MeetingView meeting = meetings.get(id);
		if (!mayPropose(account, meeting)) {
			throw DomainException.forbidden("governance.not-resident");
		}
		try {
			if (meeting.started(OffsetDateTime.now(clock))) {
				throw DomainException.conflict("governance.proposals-closed");
			}
			agendas.propose(id, title, description, account.principal());
		}
		catch (DomainException e) {
			return rejection.show(e, locale, model, response, () -> proposalPage(meeting, account, title, description,
					model));
		}
		redirect.addFlashAttribute("notice", "governance.proposal.sent");
		return "redirect:/governance/meetings/" + id + "/proposals";
	}

	@GetMapping("/agenda")
	String agenda(@PathVariable long id, CurrentAccount account, Model model) {
		MeetingView meeting = meetings.get(id);
		access.requireOrganiser(account, meeting);
		List<AgendaItem> items = agendas.items(id, true);
		model.addAttribute("meeting", meeting);
		model.addAttribute("neighbourhood", neighbourhoodName(meeting));
		model.addAttribute("agenda", items.stream().filter(AgendaItem::accepted).toList());
		model.addAttribute("proposals", items.stream().filter(i -> "PROPOSED".equals(i.status())).toList());
		model.addAttribute("declined", items.stream().filter(i -> "DECLINED".equals(i.status())).toList());
		model.addAttribute("zone", CyclePlanner.ISTANBUL);
		return "governance/agenda";
	}

	@PostMapping("/agenda/{item}/decide")
	String decide(@PathVariable long id, @PathVariable long item, @RequestParam boolean accept,
			CurrentAccount account, RedirectAttributes redirect) {
		MeetingView meeting = meetings.get(id);
		access.requireOrganiser(account, meeting);
		if (agendas.get(item).meetingId() != id) {
			throw DomainException.notFound("meetings.item-not-found");
		}
		agendas.decide(item, accept);
		redirect.addFlashAttribute("notice", accept ? "governance.agenda.taken" : "governance.agenda.declined");
		return "redirect:/governance/meetings/" + id + "/agenda";
	}

	@PostMapping("/agenda/publish")
	String publish(@PathVariable long id, CurrentAccount account, Actor actor, RedirectAttributes redirect) {
		MeetingView meeting = meetings.get(id);
		access.requireOrganiser(account, meeting);
		agendas.publish(id, actor);
		redirect.addFlashAttribute("notice", "governance.agenda.published");
		return "redirect:/governance/meetings/" + id + "/agenda";
	}

	private String proposalPage(MeetingView meeting, CurrentAccount account, String title, String description,
			Model model) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("neighbourhood", neighbourhoodName(meeting));
		model.addAttribute("mayPropose", mayPropose(account, meeting));
		model.addAttribute("proposalTitle", title);
		model.addAttribute("proposalDescription", description);
		model.addAttribute("zone", CyclePlanner.ISTANBUL);
		return "governance/proposal";
	}

	private boolean mayPropose(CurrentAccount account, MeetingView meeting) {
		return meeting.neighbourhoodId() != null && authorization.may(account, Permission.PARTICIPATE_AS_RESIDENT,
				ResourceRef.of("neighbourhood", meeting.neighbourhoodId()));
	}

	private String neighbourhoodName(MeetingView meeting) {
		return meeting.neighbourhoodId() == null ? null
				: geography.neighbourhood(meeting.neighbourhoodId()).map(n -> n.name()).orElse(null);
	}
}
