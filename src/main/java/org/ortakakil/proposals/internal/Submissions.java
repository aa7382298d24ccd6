package org.ortakakil.proposals.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

import org.ortakakil.geography.Geography;
import org.ortakakil.geography.Neighbourhood;
import org.ortakakil.identity.Accounts;
import org.ortakakil.identity.Authorization;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Permission;
import org.ortakakil.identity.Role;
import org.ortakakil.identity.RoleGrant;
import org.ortakakil.proposals.ProposalEvent;
import org.ortakakil.proposals.ProposalState;
import org.ortakakil.proposals.internal.BoardSettings.SupportScope;
import org.ortakakil.proposals.internal.ProposalLifecycle.Change;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.ResourceRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing proposals: a verified resident of the board's scope submits one (as a draft or published at
 * once), staff in an assisted session submit for the resident present (channel OFFICE), office staff enter
 * a proposal received outside the site: a paper form with its scan (channel PAPER), or one brought by a
 * muhtar (MUHTAR) or taken by the call centre (CALL_CENTRE). The author publishes a draft or withdraws a
 * proposal.
 */
@Service
@Transactional
public class Submissions {

	public static final List<String> TOPICS = List.of("infrastructure", "urban-planning", "environment", "transport",
			"social-services", "culture", "economy", "disaster-preparedness", "other");
	public static final List<String> SCOPES = List.of("CITY", "DISTRICTS", "NEIGHBOURHOOD");
	/** The ways a proposal entered by office staff reached the municipality; only a paper form needs a scan. */
	public static final List<String> STAFF_CHANNELS = List.of("PAPER", "MUHTAR", "CALL_CENTRE");
	static final int TITLE_MIN = 5;
	static final int TITLE_MAX = 150;
	static final int BODY_MIN = 15;
	static final int BODY_MAX = 10_000;

	private final JdbcClient jdbc;
	private final Boards boards;
	private final ProposalStore store;
	private final Contributors contributors;
	private final Attachments attachments;
	private final Geography geography;
	private final Accounts accounts;
	private final Authorization authorization;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Submissions(JdbcClient jdbc, Boards boards, ProposalStore store, Contributors contributors, Attachments attachments,
			Geography geography, Accounts accounts, Authorization authorization, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.boards = boards;
		this.store = store;
		this.contributors = contributors;
		this.attachments = attachments;
		this.geography = geography;
		this.accounts = accounts;
		this.authorization = authorization;
		this.events = events;
		this.clock = clock;
	}

	/** Stores the proposal of the account (the resident present, in an assisted session) and returns its id. */
	public long submit(CurrentAccount author, long boardId, ProposalDraft draft, boolean publish, List<Upload> uploads,
			Actor actor) {
		Board board = boards.board(boardId);
		BoardSettings settings = boards.current(board);
		if (!settings.creationOpen()) {
			throw DomainException.forbidden("proposals.creation-closed");
		}
		contributors.requireResident(author, board, SupportScope.SPACE);
		ProposalDraft checked = check(board, draft, author.principal());
		List<Upload> files = Attachments.check(uploads);
		String channel = author.assisted() ? "OFFICE" : "WEB";
		long id = insert(board, checked, author.principal(), channel, author.assistedBy(), publish);
		files.forEach(file -> attachments.store(id, "FILE", file));
		if (publish) {
			events.publishEvent(new ProposalEvent(id, ProposalEvent.Kind.PUBLISHED, ProposalState.PUBLISHED, actor,
					clock.instant()));
		}
		return id;
	}

	/**
	 * A proposal received outside the site, entered and published by participation-office staff: through
	 * {@code channel}, one of {@link #STAFF_CHANNELS}, with the scan of the paper form (required for PAPER,
	 * optional otherwise). The staff member is recorded as author; the proposal's own author is on the scan
	 * or with the muhtar or call centre.
	 */
	public long enterPaper(CurrentAccount staff, long boardId, ProposalDraft draft, String channel, Upload scan,
			Actor actor) {
		if (!mayEnterPaper(staff)) {
			throw DomainException.forbidden("proposals.not-office-staff");
		}
		contributors.requireNotBlocked(staff);
		Board board = boards.board(boardId);
		if (!boards.current(board).creationOpen()) {
			throw DomainException.forbidden("proposals.creation-closed");
		}
		if (channel == null || !STAFF_CHANNELS.contains(channel)) {
			throw DomainException.invalid("proposals.channel-invalid");
		}
		ProposalDraft checked = check(board, draft, staff.principal());
		boolean scanned = scan != null && scan.size() > 0;
		if (!scanned && "PAPER".equals(channel)) {
			throw DomainException.invalid("proposals.scan-required");
		}
		if (scanned) {
			Attachments.check(List.of(scan));
		}
		long id = insert(board, checked, staff.principal(), channel, staff.principal(), true);
		if (scanned) {
			attachments.store(id, "PAPER_FORM", scan);
		}
		events.publishEvent(new ProposalEvent(id, ProposalEvent.Kind.PUBLISHED, ProposalState.PUBLISHED, actor,
				clock.instant()));
		return id;
	}

	/** Office staff (not in an assisted session) of an office they may act for. */
	public boolean mayEnterPaper(CurrentAccount staff) {
		return staff != null && !staff.assisted() && staff.roles().stream()
			.filter(g -> g.role() == Role.OFFICE_STAFF).map(RoleGrant::scope)
			.anyMatch(office -> authorization.may(staff, Permission.ASSIST_RESIDENT, ResourceRef.of("office", office)));
	}

	public void publish(CurrentAccount author, long id, Actor actor) {
		Proposal proposal = store.get(id);
		requireAuthor(author, proposal);
		ProposalLifecycle.require(proposal.state(), Change.PUBLISH);
		Board board = boards.board(proposal.boardId());
		if (!boards.current(board).creationOpen()) {
			throw DomainException.forbidden("proposals.creation-closed");
		}
		OffsetDateTime now = now();
		change(id, Change.PUBLISH, "state = 'PUBLISHED', published_at = ?, updated_at = ?", now, now);
		events.publishEvent(new ProposalEvent(id, ProposalEvent.Kind.PUBLISHED, ProposalState.PUBLISHED, actor,
				clock.instant()));
	}

	public void withdraw(CurrentAccount author, long id, Actor actor) {
		Proposal proposal = store.get(id);
		requireAuthor(author, proposal);
		ProposalLifecycle.require(proposal.state(), Change.WITHDRAW);
		change(id, Change.WITHDRAW, "state = 'WITHDRAWN', updated_at = ?", now());
		events.publishEvent(new ProposalEvent(id, ProposalEvent.Kind.WITHDRAWN, ProposalState.WITHDRAWN, actor,
				clock.instant()));
	}

	/** Applies a change where the row is still in a state the life cycle allows, or CONFLICT. */
	void change(long id, Change change, String set, Object... params) {
		Object[] all = new Object[params.length + 1];
		System.arraycopy(params, 0, all, 0, params.length);
		all[params.length] = id;
		int changed = jdbc.sql("UPDATE proposal SET " + set + " WHERE id = ? AND state IN (" + change.sqlList() + ")")
			.params(all).update();
		if (changed == 0) {
			throw DomainException.conflict("proposals.state-conflict");
		}
	}

	private static void requireAuthor(CurrentAccount account, Proposal proposal) {
		if (account == null || !proposal.isAuthor(account.principal())) {
			throw DomainException.forbidden("proposals.not-author");
		}
	}

	OffsetDateTime now() {
		return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
	}

	/** The draft with texts trimmed and the scope made whole, or INVALID naming the field at fault. */
	ProposalDraft check(Board board, ProposalDraft draft, String author) {
		String title = draft.title() == null ? "" : draft.title().strip();
		String body = draft.body() == null ? "" : draft.body().strip();
		int titleLength = title.codePointCount(0, title.length());
		if (titleLength < TITLE_MIN || titleLength > TITLE_MAX) {
			throw DomainException.invalid("proposals.title-length", TITLE_MIN, TITLE_MAX);
		}
		int bodyLength = body.length() > BODY_MAX * 2 ? Integer.MAX_VALUE : body.codePointCount(0, body.length());
		if (bodyLength < BODY_MIN || bodyLength > BODY_MAX) {
			throw DomainException.invalid("proposals.body-length", BODY_MIN, BODY_MAX);
		}
		String topic = draft.topic() == null || draft.topic().isBlank() ? "other" : draft.topic();
		if (!TOPICS.contains(topic)) {
			throw DomainException.invalid("proposals.topic-unknown");
		}
		if (draft.sdgs().stream().anyMatch(goal -> goal == null || goal < 1 || goal > 17)) {
			throw DomainException.invalid("proposals.sdg-invalid");
		}
		List<Integer> sdgs = List.copyOf(new LinkedHashSet<>(draft.sdgs()));
		String scope = draft.scopeType() == null || draft.scopeType().isBlank() ? defaultScope(board, draft)
				: draft.scopeType();
		List<Integer> districts;
		Integer neighbourhood = null;
		switch (scope) {
			case "CITY" -> {
				if (!board.cityWide()) {
					throw DomainException.invalid("proposals.scope-outside-space");
				}
				districts = List.of();
			}
			case "DISTRICTS" -> {
				districts = List.copyOf(new LinkedHashSet<>(draft.districtIds()));
				if (districts.isEmpty() && board.districtIds().size() == 1) {
					districts = board.districtIds();
				}
				if (districts.isEmpty()) {
					throw DomainException.invalid("proposals.district-required");
				}
				if (districts.stream().anyMatch(d -> geography.district(d).isEmpty())) {
					throw DomainException.invalid("proposals.district-unknown");
				}
				if (board.neighbourhoodId() != null
						|| !board.districtIds().isEmpty() && !board.districtIds().containsAll(districts)) {
					throw DomainException.invalid("proposals.scope-outside-space");
				}
			}
			case "NEIGHBOURHOOD" -> {
				Neighbourhood n = draft.neighbourhoodId() == null ? null
						: geography.neighbourhood(draft.neighbourhoodId()).orElse(null);
				if (n == null) {
					throw DomainException.invalid("proposals.neighbourhood-unknown");
				}
				if (board.neighbourhoodId() != null && board.neighbourhoodId() != n.id()
						|| !board.districtIds().isEmpty() && !board.districtIds().contains(n.districtId())) {
					throw DomainException.invalid("proposals.scope-outside-space");
				}
				neighbourhood = n.id();
				districts = List.of(n.districtId());
			}
			default -> throw DomainException.invalid("proposals.scope-invalid");
		}
		if (draft.lat() != null || draft.lon() != null) {
			if (draft.lat() == null || draft.lon() == null || draft.lat() < 40.7 || draft.lat() > 41.7
					|| draft.lon() < 27.9 || draft.lon() > 29.95) {
				throw DomainException.invalid("proposals.location-outside-istanbul");
			}
		}
		List<String> coauthors = draft.coauthors().stream().filter(c -> c != null && !c.isBlank() && !c.equals(author))
			.distinct().toList();
		if (coauthors.size() > 5) {
			throw DomainException.invalid("proposals.coauthors-too-many", 5);
		}
		for (String coauthor : coauthors) {
			if (accounts.byPrincipal(coauthor).isEmpty()) {
				throw DomainException.invalid("proposals.coauthor-unknown", coauthor);
			}
		}
		String language = draft.language() == null || !draft.language().matches("[a-z]{2}") ? "tr" : draft.language();
		return new ProposalDraft(title, body, language, topic, sdgs, scope, districts, neighbourhood, draft.lat(),
				draft.lon(), coauthors);
	}

	private static String defaultScope(Board board, ProposalDraft draft) {
		if (draft.neighbourhoodId() != null) {
			return "NEIGHBOURHOOD";
		}
		return draft.districtIds().isEmpty() && board.cityWide() ? "CITY" : "DISTRICTS";
	}

	long insert(Board board, ProposalDraft d, String author, String channel, String assistedBy, boolean publish) {
		OffsetDateTime now = now();
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO proposal (board_id, title, title_folded, body, body_html, language, topic, sdgs, scope_type,"
				+ " neighbourhood_id, lat, lon, author, channel, assisted_by, state, created_at, published_at, updated_at)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(board.id(), d.title(), TitleSimilarity.fold(d.title()), d.body(), SafeMarkdown.toHtml(d.body()),
					d.language(), d.topic(), d.sdgs().stream().map(String::valueOf).collect(Collectors.joining(",")),
					d.scopeType(), d.neighbourhoodId(), d.lat(), d.lon(), author, channel, assistedBy,
					publish ? "PUBLISHED" : "DRAFT", now, publish ? now : null, now)
			.update(key, "id");
		long id = key.getKey().longValue();
		for (Integer district : d.districtIds()) {
			jdbc.sql("INSERT INTO proposal_district (proposal_id, district_id) VALUES (?, ?)").params(id, district).update();
		}
		for (String coauthor : d.coauthors()) {
			jdbc.sql("INSERT INTO proposal_coauthor (proposal_id, principal) VALUES (?, ?)").params(id, coauthor).update();
		}
		return id;
	}
}
