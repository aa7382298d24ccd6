package org.ortakakil.proposals.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.ortakakil.identity.Accounts;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Role;
import org.ortakakil.identity.RoleGrant;
import org.ortakakil.shared.Actor;
import org.ortakakil.spaces.SpaceKind;
import org.ortakakil.spaces.Spaces;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo's proposals, created once: a board on Vizyon 2050 with three published proposals by the demo
 * resident, so the process page's link to its proposals leads somewhere on a new machine.
 */
@Component
@Profile("demo")
class DemoProposals {

	private final Spaces spaces;
	private final Boards boards;
	private final Submissions submissions;
	private final Accounts accounts;

	DemoProposals(Spaces spaces, Boards boards, Submissions submissions, Accounts accounts) {
		this.spaces = spaces;
		this.boards = boards;
		this.submissions = submissions;
		this.accounts = accounts;
	}

	@EventListener(ApplicationReadyEvent.class)
	public void create() {
		var vision = spaces.process("vizyon-2050");
		Optional<CurrentAccount> resident = accounts.byEmail("sakin@ortakakil.demo");
		// the demo resident must still be verified (tests sharing the database may have replaced the census)
		if (vision.isEmpty() || resident.isEmpty() || !resident.get().verified()
				|| boards.forSpace(SpaceKind.PROCESS, vision.get().id()).isPresent()) {
			return;
		}
		CurrentAccount admin = new CurrentAccount(0, "system", "system", null, "tr", List.of(RoleGrant.global(Role.ADMIN)),
				Optional.empty(), null);
		try {
			demo(admin, vision.get().id(), resident.get());
		}
		catch (org.ortakakil.shared.DomainException refused) {
			// demo data is never worth a failed start
			org.slf4j.LoggerFactory.getLogger(DemoProposals.class).warn("Demo proposals not created: {}", refused.code());
		}
	}

	private void demo(CurrentAccount admin, long processId, CurrentAccount resident) {
		long board = boards.open(admin, SpaceKind.PROCESS, processId);
		Actor actor = new Actor(resident.principal(), "-");
		for (String[] p : List.of(
				new String[] { "Her mahalleye bir deprem toplanma haritası", "disaster-preparedness",
						"Toplanma alanları **mahalle girişlerinde** büyük bir haritayla gösterilsin; gece de okunabilsin." },
				new String[] { "Boğaz kıyısı boyunca kesintisiz yürüyüş yolu", "urban-planning",
						"Sarıyer'den Eminönü'ne ve Üsküdar'dan Beykoz'a kıyı boyunca yürünebilen, engelsiz bir yol." },
				new String[] { "Okul bahçeleri hafta sonu mahalleye açık", "social-services",
						"Okul bahçeleri cumartesi ve pazar çocuklar ve gençler için açık kalsın." })) {
			submissions.submit(resident, board, new ProposalDraft(p[0], p[2], "tr", p[1], List.of(11), "CITY",
					List.of(), null, null, null, List.of()), true, List.of(), actor);
		}
	}
}
