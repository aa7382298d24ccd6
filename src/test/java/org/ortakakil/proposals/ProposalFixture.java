package org.ortakakil.proposals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Residence;
import org.ortakakil.identity.Role;
import org.ortakakil.identity.RoleGrant;
import org.ortakakil.proposals.internal.BoardSettings;
import org.ortakakil.proposals.internal.Boards;
import org.ortakakil.proposals.internal.ProposalDraft;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.shared.Slug;
import org.ortakakil.spaces.ScopeType;
import org.ortakakil.spaces.SpaceKind;
import org.ortakakil.spaces.internal.ProcessAdministration;
import org.ortakakil.spaces.internal.ProcessDraft;

/** Spaces with a proposals board, residents and staff for the proposals tests and benchmarks. */
public final class ProposalFixture {

	public static final int KADIKOY = 1421;
	public static final int CAFERAGA = 40512;
	public static final int BESIKTAS = 1183;
	public static final int BEBEK = 40232;
	public static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);
	public static final Actor ACTOR = new Actor("test", "127.0.0.1");

	private final ProcessAdministration processes;
	private final Boards boards;

	public ProposalFixture(ProcessAdministration processes, Boards boards) {
		this.processes = processes;
		this.boards = boards;
	}

	/** A published process (city-wide when no district is given) with an open board; returns the board id. */
	public long board(BoardSettings settings, Integer... districts) {
		long process = processes.createProcess(new ProcessDraft(new Slug("oneriler-" + IDS.incrementAndGet()),
				LocalizedText.of("Öneri süreci " + IDS.get(), "Proposals process"), null,
				districts.length == 0 ? ScopeType.CITY : ScopeType.DISTRICTS, Set.of(districts), null), Actor.SYSTEM);
		processes.setProcessPublished(process, true, Actor.SYSTEM);
		long board = boards.open(admin(), SpaceKind.PROCESS, process);
		boards.configure(admin(), board, "", settings);
		return board;
	}

	public static BoardSettings settings(Integer limit, Integer threshold) {
		return new BoardSettings(true, true, limit, threshold, BoardSettings.SupportScope.SPACE, true, true, 30);
	}

	public static CurrentAccount resident(int neighbourhood, int district) {
		long id = IDS.incrementAndGet();
		return new CurrentAccount(id, "r" + id, "Sakin " + id, null, "tr", List.of(),
				Optional.of(new Residence(neighbourhood, district, LocalDate.of(1980, 1, 1), Instant.now())), null);
	}

	public static CurrentAccount kadikoylu() {
		return resident(CAFERAGA, KADIKOY);
	}

	public static CurrentAccount besiktasli() {
		return resident(BEBEK, BESIKTAS);
	}

	public static CurrentAccount admin() {
		return withRoles(new RoleGrant(Role.ADMIN, ""));
	}

	public static CurrentAccount withRoles(RoleGrant... roles) {
		long id = IDS.incrementAndGet();
		return new CurrentAccount(id, "s" + id, "Görevli " + id, null, "tr", List.of(roles), Optional.empty(), null);
	}

	public static ProposalDraft draft(String title) {
		return draft(title, "Mahallemizin buna gerçekten ihtiyacı var, lütfen değerlendirin.");
	}

	public static ProposalDraft draft(String title, String body) {
		return new ProposalDraft(title, body, "tr", "environment", List.of(11), null, List.of(), null, null, null,
				List.of());
	}
}
