package org.ortakakil.proposals.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.proposals.ProposalState;
import org.ortakakil.proposals.internal.Board;
import org.ortakakil.proposals.internal.Boards;
import org.ortakakil.proposals.internal.CustomStates;
import org.ortakakil.proposals.internal.Proposal;
import org.ortakakil.proposals.internal.ProposalStore;
import org.ortakakil.proposals.internal.ProposalSupports;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Proposals as JSON: a board's list (filtered, one page at a time by cursor), one proposal with its
 * published answer, and supporting for the logged-in verified resident. No personal data: neither authors
 * nor supporters. Errors are ProblemDetail (type /problems/&lt;code&gt;).
 */
@RestController
@RequestMapping(path = "/api/v1/proposals", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Proposals", description = "Residents' proposals of a space, their supports and official answers")
class ProposalsApi {

	/** A proposal in a list. {@code districts} are district ids (empty: city-wide). */
	record Item(long id, String title, String topic, String state, String customState, int supports,
			List<Integer> districts, Integer neighbourhoodId, Instant publishedAt, boolean answered, String url) {
	}

	/** A page and the cursor of the next one (null on the last page). */
	record Listing(List<Item> proposals, String next) {
	}

	/** The published official answer: text per language, cost estimate, the outcome. */
	record Answer(Map<String, String> text, BigDecimal cost, String outcome, Instant publishedAt) {
	}

	/** One proposal; {@code bodyHtml} is the sanitized rendering of {@code body} (Markdown). */
	record Detail(long id, String space, String title, String body, String bodyHtml, String language, String topic,
			List<Integer> sdgs, String scope, List<Integer> districts, Integer neighbourhoodId, Double lat, Double lon,
			String channel, String state, String customState, int supports, boolean qualified, LocalDate answerDue,
			Answer answer, Instant publishedAt, String url) {
	}

	/** What a support request left: whether it changed anything and the proposal's count. */
	record SupportResult(long proposalId, boolean supported, boolean changed, int supports) {
	}

	private final Boards boards;
	private final ProposalStore store;
	private final ProposalSupports supports;
	private final CustomStates customStates;

	ProposalsApi(Boards boards, ProposalStore store, ProposalSupports supports, CustomStates customStates) {
		this.boards = boards;
		this.store = store;
		this.supports = supports;
		this.customStates = customStates;
	}

	@GetMapping
	@Operation(summary = "Published proposals of a space, newest first, 50 a page")
	Listing list(@Parameter(description = "process:<id>, assembly:<id> or a space's slug") @RequestParam String space,
			@RequestParam(required = false) Integer district, @RequestParam(required = false) String state,
			@RequestParam(required = false) String topic, @RequestParam(required = false) String q,
			@RequestParam(required = false) String cursor) {
		Board board = boards.bySpaceParam(space);
		ProposalState chosen = ProposalStore.Filter.state(state);
		var labels = customStates.byId(board.id());
		ProposalStore.Page page = store.page(board.id(), new ProposalStore.Filter(chosen, topic, district, q), cursor, 50);
		return new Listing(page.proposals().stream().map(p -> new Item(p.id(), p.title(), p.topic(), p.state().name(),
				p.customStateId() == null || !labels.containsKey(p.customStateId()) ? null
						: labels.get(p.customStateId()).label().turkish(),
				p.supportCount(), p.districtIds(), p.neighbourhoodId(), p.publishedAt(), p.answered(),
				"/proposals/" + p.id())).toList(), page.next());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One published proposal with its published answer")
	Detail one(@PathVariable long id) {
		Proposal p = visible(id);
		Board board = boards.board(p.boardId());
		var custom = customStates.find(board.id(), p.customStateId());
		Answer answer = p.answerPublished() ? new Answer(p.answer().values(), p.answerCost(), p.answerOutcome().name(),
				p.answerPublishedAt()) : null;
		return new Detail(p.id(), board.spaceParam(), p.title(), p.body(), p.bodyHtml(), p.language(), p.topic(), p.sdgs(),
				p.scopeType(), p.districtIds(), p.neighbourhoodId(), p.lat(), p.lon(), p.channel(), p.state().name(),
				custom.map(c -> c.label().turkish()).orElse(null), p.supportCount(), p.qualified(), p.answerDue(), answer,
				p.publishedAt(), "/proposals/" + p.id());
	}

	private Proposal visible(long id) {
		Proposal p = store.get(id);
		if (p.state() == ProposalState.DRAFT || p.hidden()) {
			throw DomainException.notFound("proposals.not-found", id);
		}
		return p;
	}

	@PostMapping("/{id}/supports")
	@Operation(summary = "Support the proposal as the logged-in verified resident; a second support changes nothing")
	SupportResult support(@PathVariable long id, CurrentAccount account, Actor actor) {
		visible(id);
		var outcome = supports.support(account, id, actor);
		return new SupportResult(id, true, outcome.changed(), outcome.supportCount());
	}

	@DeleteMapping("/{id}/supports")
	@Operation(summary = "Take back one's support")
	SupportResult unsupport(@PathVariable long id, CurrentAccount account) {
		visible(id);
		var outcome = supports.withdraw(account, id);
		return new SupportResult(id, false, outcome.changed(), outcome.supportCount());
	}
}
