package org.ortakakil.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.comments.Commentable;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Role;
import org.ortakakil.identity.RoleGrant;
import org.ortakakil.moderation.ModeratedContent;
import org.ortakakil.proposals.internal.Attachments;
import org.ortakakil.proposals.internal.BoardSettings;
import org.ortakakil.proposals.internal.Boards;
import org.ortakakil.proposals.internal.CustomStates;
import org.ortakakil.proposals.internal.Evaluation;
import org.ortakakil.proposals.internal.Proposal;
import org.ortakakil.proposals.internal.ProposalDraft;
import org.ortakakil.proposals.internal.ProposalStore;
import org.ortakakil.proposals.internal.ProposalSupports;
import org.ortakakil.proposals.internal.SimilarProposals;
import org.ortakakil.proposals.internal.Submissions;
import org.ortakakil.proposals.internal.Upload;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.shared.ResourceRef;
import org.ortakakil.spaces.SpaceKind;
import org.ortakakil.spaces.SpaceRole;
import org.ortakakil.spaces.internal.ProcessAdministration;
import org.ortakakil.spaces.internal.SpaceRoles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The proposals' rules end to end on the database: writing (and the bad input it refuses), the life cycle,
 * supports with their limit, scope and threshold (concurrently too), evaluation and answers, similar titles,
 * and what other modules see (Proposals, Commentable, ModeratedContent).
 */
@IntegrationTest
@RecordApplicationEvents
class ProposalsCoreIT {

	@Autowired
	ProcessAdministration processes;

	@Autowired
	SpaceRoles spaceRoles;

	@Autowired
	Boards boards;

	@Autowired
	Submissions submissions;

	@Autowired
	ProposalSupports supports;

	@Autowired
	ProposalStore store;

	@Autowired
	Evaluation evaluation;

	@Autowired
	CustomStates customStates;

	@Autowired
	SimilarProposals similar;

	@Autowired
	Proposals proposals;

	@Autowired
	List<Commentable> commentables;

	@Autowired
	List<ModeratedContent> moderated;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	ProposalFixture fixture;
	long city;

	@BeforeEach
	void board() {
		fixture = new ProposalFixture(processes, boards);
		city = fixture.board(ProposalFixture.settings(null, 3));
	}

	static void refused(Runnable action, String code) {
		assertThatThrownBy(action::run).isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).code()).isEqualTo(code);
	}

	long publish(long board, String title) {
		return submissions.submit(ProposalFixture.kadikoylu(), board, ProposalFixture.draft(title), true, List.of(),
				ProposalFixture.ACTOR);
	}

	static Upload file(String name, byte[] bytes) {
		return new Upload(name, bytes.length, new ByteArrayResource(bytes));
	}

	@Test
	void aResidentProposesAndTheBodyIsRenderedSafely() {
		CurrentAccount author = ProposalFixture.kadikoylu();
		String body = "## Neden\nParkta **gölge** yok.<script>alert(1)</script>\n\n- [bilgi](https://ibb.istanbul)\n"
				+ "- [tıkla](javascript:alert(document.cookie))\n- <img src=x onerror=alert(1)>\n\n[veri](data:text/html;base64,PHNjcmlwdD4=)";
		long id = submissions.submit(author, city, ProposalFixture.draft("Moda parkına gölgelik", body), true, List.of(),
				ProposalFixture.ACTOR);
		Proposal proposal = store.get(id);
		assertThat(proposal.state()).isEqualTo(ProposalState.PUBLISHED);
		assertThat(proposal.channel()).isEqualTo("WEB");
		assertThat(proposal.scopeType()).isEqualTo("CITY");
		assertThat(proposal.sdgs()).containsExactly(11);
		String html = proposal.bodyHtml();
		assertThat(html).contains("<h3>Neden</h3>", "<strong>gölge</strong>",
				"<a href=\"https://ibb.istanbul\" rel=\"nofollow ugc noopener\">bilgi</a>");
		assertThat(html.toLowerCase()).doesNotContain("<script", "javascript:", "<img", "data:text", "href=\"data");
		assertThat(html).contains("&lt;script&gt;", "tıkla");
		assertThat(events.stream(ProposalEvent.class).filter(e -> e.proposalId() == id))
			.extracting(ProposalEvent::kind).containsExactly(ProposalEvent.Kind.PUBLISHED);
		assertThat(proposals.find(id)).get().extracting(ProposalView::title).isEqualTo("Moda parkına gölgelik");
	}

	@Test
	void emptyAndHugeBodiesAndBadFieldsAreRefusedAndNothingIsStored() {
		CurrentAccount author = ProposalFixture.kadikoylu();
		refused(() -> submissions.submit(author, city, ProposalFixture.draft("Boş gövde", ""), true, List.of(),
				ProposalFixture.ACTOR), "proposals.body-length");
		refused(() -> submissions.submit(author, city, ProposalFixture.draft("Dev gövde", "x".repeat(10 * 1024 * 1024)),
				true, List.of(), ProposalFixture.ACTOR), "proposals.body-length");
		refused(() -> submissions.submit(author, city, ProposalFixture.draft("", "Yeterince uzun bir açıklama."), true,
				List.of(), ProposalFixture.ACTOR), "proposals.title-length");
		refused(() -> submissions.submit(author, city, new ProposalDraft("Uygun başlık", "Yeterince uzun bir açıklama.",
				"tr", "uzay", List.of(), null, List.of(), null, null, null, List.of()), true, List.of(),
				ProposalFixture.ACTOR), "proposals.topic-unknown");
		refused(() -> submissions.submit(author, city, new ProposalDraft("Uygun başlık", "Yeterince uzun bir açıklama.",
				"tr", "other", List.of(18), null, List.of(), null, null, null, List.of()), true, List.of(),
				ProposalFixture.ACTOR), "proposals.sdg-invalid");
		refused(() -> submissions.submit(author, city, new ProposalDraft("Uygun başlık", "Yeterince uzun bir açıklama.",
				"tr", "other", List.of(), "DISTRICTS", List.of(9999), null, null, null, List.of()), true, List.of(),
				ProposalFixture.ACTOR), "proposals.district-unknown");
		refused(() -> submissions.submit(author, city, new ProposalDraft("Uygun başlık", "Yeterince uzun bir açıklama.",
				"tr", "other", List.of(), null, List.of(), null, 48.85, 2.35, List.of()), true, List.of(),
				ProposalFixture.ACTOR), "proposals.location-outside-istanbul");
		refused(() -> submissions.submit(ProposalFixture.withRoles(), city, ProposalFixture.draft("Doğrulanmamış"), true,
				List.of(), ProposalFixture.ACTOR), "proposals.not-verified");
		refused(() -> submissions.submit(null, city, ProposalFixture.draft("Anonim öneri"), true, List.of(),
				ProposalFixture.ACTOR), "proposals.login-required");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM proposal WHERE board_id = ?").param(city).query(Long.class).single())
			.isZero();
	}

	@Test
	void attachmentsAreCheckedByTheirContentNotTheirName() {
		CurrentAccount author = ProposalFixture.kadikoylu();
		byte[] executable = new byte[2048];
		executable[0] = 'M';
		executable[1] = 'Z';
		refused(() -> submissions.submit(author, city, ProposalFixture.draft("Exe ekli öneri"), true,
				List.of(file("park.jpg", executable)), ProposalFixture.ACTOR), "proposals.attachment-type");
		byte[] elf = { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0 };
		refused(() -> submissions.submit(author, city, ProposalFixture.draft("Elf ekli öneri"), true,
				List.of(file("foto.png", elf)), ProposalFixture.ACTOR), "proposals.attachment-type");
		byte[] tooLarge = new byte[(int) Attachments.MAX_BYTES + 1];
		tooLarge[0] = '%';
		tooLarge[1] = 'P';
		tooLarge[2] = 'D';
		tooLarge[3] = 'F';
		tooLarge[4] = '-';
		refused(() -> submissions.submit(author, city, ProposalFixture.draft("Büyük ekli öneri"), true,
				List.of(file("plan.pdf", tooLarge)), ProposalFixture.ACTOR), "proposals.attachment-too-large");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM proposal WHERE board_id = ?").param(city).query(Long.class).single())
			.isZero();

		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };
		byte[] pdf = "%PDF-1.7\n%âãÏÓ\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		long id = submissions.submit(author, city, ProposalFixture.draft("Resimli öneri"), true,
				List.of(file("harita.bin", png), file("plan", pdf)), ProposalFixture.ACTOR);
		assertThat(fixtureAttachments(id)).containsExactly("image/png", "application/pdf");
	}

	@Autowired
	Attachments attachments;

	List<String> fixtureAttachments(long id) {
		return attachments.of(id).stream().map(Attachments.Attachment::contentType).toList();
	}

	@Test
	void theLifeCycleIsGuarded() {
		CurrentAccount author = ProposalFixture.kadikoylu();
		long id = submissions.submit(author, city, ProposalFixture.draft("Taslak öneri"), false, List.of(),
				ProposalFixture.ACTOR);
		assertThat(store.get(id).state()).isEqualTo(ProposalState.DRAFT);
		assertThat(proposals.find(id)).as("drafts are never shown to other modules").isEmpty();
		refused(() -> supports.support(ProposalFixture.kadikoylu(), id, ProposalFixture.ACTOR), "proposals.not-supportable");
		refused(() -> submissions.publish(ProposalFixture.kadikoylu(), id, ProposalFixture.ACTOR), "proposals.not-author");
		submissions.publish(author, id, ProposalFixture.ACTOR);
		refused(() -> submissions.publish(author, id, ProposalFixture.ACTOR), "proposals.state-conflict");
		submissions.withdraw(author, id, ProposalFixture.ACTOR);
		assertThat(store.get(id).state()).isEqualTo(ProposalState.WITHDRAWN);
		refused(() -> submissions.withdraw(author, id, ProposalFixture.ACTOR), "proposals.state-conflict");
		refused(() -> supports.support(ProposalFixture.kadikoylu(), id, ProposalFixture.ACTOR), "proposals.not-supportable");
		assertThat(events.stream(ProposalEvent.class).filter(e -> e.proposalId() == id))
			.extracting(ProposalEvent::kind).containsExactly(ProposalEvent.Kind.PUBLISHED, ProposalEvent.Kind.WITHDRAWN);
	}

	@Test
	void supportingTwiceCountsOnceAndTheThresholdQualifiesOnce() {
		long id = publish(city, "Sahil yoluna bisiklet şeridi");
		CurrentAccount first = ProposalFixture.kadikoylu();
		assertThat(supports.support(first, id, ProposalFixture.ACTOR).changed()).isTrue();
		assertThat(supports.support(first, id, ProposalFixture.ACTOR).changed()).isFalse();
		assertThat(store.get(id).supportCount()).isEqualTo(1);
		supports.support(ProposalFixture.besiktasli(), id, ProposalFixture.ACTOR);
		assertThat(store.get(id).state()).isEqualTo(ProposalState.PUBLISHED);
		supports.support(ProposalFixture.kadikoylu(), id, ProposalFixture.ACTOR);
		supports.support(ProposalFixture.kadikoylu(), id, ProposalFixture.ACTOR);
		Proposal qualified = store.get(id);
		assertThat(qualified.supportCount()).isEqualTo(4);
		assertThat(qualified.state()).isEqualTo(ProposalState.EVALUATING);
		assertThat(qualified.qualifiedAt()).isNotNull();
		assertThat(qualified.answerDue()).isNotNull();
		assertThat(events.stream(ProposalEvent.class).filter(e -> e.proposalId() == id))
			.extracting(ProposalEvent::kind)
			.containsExactly(ProposalEvent.Kind.PUBLISHED, ProposalEvent.Kind.QUALIFIED);
		assertThat(events.stream(ProposalSupported.class).filter(e -> e.proposalId() == id)).hasSize(4);

		supports.withdraw(first, id);
		assertThat(store.get(id).supportCount()).isEqualTo(3);
		assertThat(proposals.supporters(id)).hasSize(3).doesNotContain(first.principal());
		assertThat(events.stream(ProposalSupported.class).filter(e -> e.proposalId() == id && !e.added())).hasSize(1);
	}

	@Test
	void fiftyParallelSupportsOfOneResidentLeaveOne() throws Exception {
		long id = publish(city, "Metro girişine asansör");
		CurrentAccount resident = ProposalFixture.kadikoylu();
		ExecutorService pool = Executors.newFixedThreadPool(50);
		try {
			List<Callable<Object>> tasks = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				tasks.add(() -> supports.support(resident, id, ProposalFixture.ACTOR));
			}
			for (Future<Object> done : pool.invokeAll(tasks)) {
				done.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM proposal_support WHERE proposal_id = ?").param(id).query(Long.class)
			.single()).isEqualTo(1);
		assertThat(store.get(id).supportCount()).isEqualTo(1);
		assertThat(store.supportsOf(city, resident.principal())).isEqualTo(1);
	}

	@Test
	void theLimitPerResidentHoldsUnderConcurrency() throws Exception {
		long limited = fixture.board(ProposalFixture.settings(2, null));
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			ids.add(publish(limited, "Sınırlı öneri " + i));
		}
		CurrentAccount resident = ProposalFixture.kadikoylu();
		ExecutorService pool = Executors.newFixedThreadPool(12);
		List<Callable<Boolean>> tasks = new ArrayList<>();
		for (int round = 0; round < 2; round++) {
			for (long id : ids) {
				tasks.add(() -> {
					try {
						return supports.support(resident, id, ProposalFixture.ACTOR).changed();
					}
					catch (DomainException e) {
						assertThat(e.code()).isEqualTo("proposals.support-limit");
						return false;
					}
				});
			}
		}
		long added = 0;
		try {
			for (Future<Boolean> done : pool.invokeAll(tasks)) {
				added += done.get() ? 1 : 0;
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(added).isEqualTo(2);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM proposal_support WHERE principal = ?").param(resident.principal())
			.query(Long.class).single()).isEqualTo(2);
		assertThat(store.supportsOf(limited, resident.principal())).isEqualTo(2);
	}

	@Test
	void supportingOutsideOnesScopeOrWhenClosedIsRefused() {
		long kadikoy = fixture.board(ProposalFixture.settings(null, null), ProposalFixture.KADIKOY);
		long id = publish(kadikoy, "Kadıköy çarşısına bank");
		refused(() -> supports.support(ProposalFixture.besiktasli(), id, ProposalFixture.ACTOR), "proposals.outside-scope");
		refused(() -> supports.support(ProposalFixture.withRoles(), id, ProposalFixture.ACTOR), "proposals.not-verified");
		refused(() -> submissions.submit(ProposalFixture.besiktasli(), kadikoy, ProposalFixture.draft("Beşiktaşlının önerisi"),
				true, List.of(), ProposalFixture.ACTOR), "proposals.outside-scope");

		boards.configure(ProposalFixture.admin(), kadikoy, "", new BoardSettings(true, true, null, null,
				BoardSettings.SupportScope.ANY_DISTRICT, true, true, 30));
		assertThat(supports.support(ProposalFixture.besiktasli(), id, ProposalFixture.ACTOR).changed()).isTrue();

		boards.configure(ProposalFixture.admin(), kadikoy, "", new BoardSettings(false, false, null, null,
				BoardSettings.SupportScope.ANY_DISTRICT, false, true, 30));
		refused(() -> supports.support(ProposalFixture.kadikoylu(), id, ProposalFixture.ACTOR), "proposals.supports-closed");
		refused(() -> submissions.submit(ProposalFixture.kadikoylu(), kadikoy, ProposalFixture.draft("Kapalıyken öneri"),
				true, List.of(), ProposalFixture.ACTOR), "proposals.creation-closed");
		assertThat(store.get(id).supportCount()).isEqualTo(1);
		assertThat(commentables.stream().flatMap(c -> c.describe(ResourceRef.of("proposal", id)).stream()).findFirst())
			.get().extracting(Commentable.Target::open).isEqualTo(false);
		refused(() -> boards.configure(ProposalFixture.kadikoylu(), kadikoy, "", BoardSettings.defaults()),
				"permission.denied");
	}

	@Test
	void onlyEvaluatorsAnswerAndTheAnswerIsPublishedSeparately() {
		long id = publish(city, "Kreş sayısı artırılsın");
		var board = boards.board(city);
		CurrentAccount evaluator = ProposalFixture.withRoles();
		CurrentAccount stranger = ProposalFixture.withRoles(new RoleGrant(Role.MODERATOR, ""));
		LocalizedText answer = new LocalizedText(Map.of("tr", "Kabul edildi, 2027 bütçesine alındı.", "en",
				"Accepted for the 2027 budget."));
		refused(() -> evaluation.writeAnswer(evaluator, id, answer, null, "ACCEPTED"), "proposals.not-evaluator");
		refused(() -> evaluation.writeAnswer(stranger, id, answer, null, "ACCEPTED"), "proposals.not-evaluator");
		refused(() -> evaluation.publishAnswer(stranger, id, ProposalFixture.ACTOR), "proposals.not-evaluator");
		refused(() -> evaluation.queue(ProposalFixture.kadikoylu(), board, 10), "proposals.not-evaluator");

		spaceRoles.grant(SpaceKind.PROCESS, board.spaceId(), evaluator.principal(), SpaceRole.EVALUATOR,
				ProposalFixture.ACTOR);
		long qualified = publish(city, "Eşiği geçen öneri");
		for (int i = 0; i < 3; i++) {
			supports.support(ProposalFixture.kadikoylu(), qualified, ProposalFixture.ACTOR);
		}
		assertThat(evaluation.queue(evaluator, board, 10)).extracting(Evaluation.Queued::id).startsWith(qualified)
			.contains(id);
		evaluation.assign(evaluator, id, ProposalFixture.ACTOR);
		assertThat(store.get(id).state()).isEqualTo(ProposalState.EVALUATING);
		refused(() -> evaluation.publishAnswer(evaluator, id, ProposalFixture.ACTOR), "proposals.answer-missing");
		refused(() -> evaluation.writeAnswer(evaluator, id, answer, null, "DRAFT"), "proposals.outcome-invalid");
		evaluation.writeAnswer(evaluator, id, answer, new BigDecimal("1250000"), "ACCEPTED");
		assertThat(store.get(id).state()).as("written, not yet published").isEqualTo(ProposalState.EVALUATING);
		assertThat(store.get(id).answerPublished()).isFalse();
		evaluation.publishAnswer(evaluator, id, ProposalFixture.ACTOR);
		Proposal answered = store.get(id);
		assertThat(answered.state()).isEqualTo(ProposalState.ACCEPTED);
		assertThat(answered.answer().in("en")).isEqualTo("Accepted for the 2027 budget.");
		assertThat(answered.answerCost()).isEqualByComparingTo("1250000");
		refused(() -> evaluation.publishAnswer(evaluator, id, ProposalFixture.ACTOR), "proposals.state-conflict");
		assertThat(events.stream(ProposalEvent.class).filter(e -> e.proposalId() == id))
			.extracting(ProposalEvent::kind)
			.containsExactly(ProposalEvent.Kind.PUBLISHED, ProposalEvent.Kind.CHANGED, ProposalEvent.Kind.ANSWERED);

		long state = customStates.add(ProposalFixture.admin(), city,
				new LocalizedText(Map.of("tr", "İlçeye iletildi", "en", "Sent to the district")), "#ffcc00");
		refused(() -> customStates.add(ProposalFixture.admin(), city, LocalizedText.of("Renksiz"), "sarı"),
				"proposals.colour-invalid");
		refused(() -> customStates.mark(stranger, id, state, ProposalFixture.ACTOR), "proposals.not-evaluator");
		customStates.mark(evaluator, id, state, ProposalFixture.ACTOR);
		assertThat(store.get(id).customStateId()).isEqualTo(state);
		assertThat(customStates.of(city)).singleElement().satisfies(c -> {
			assertThat(c.label().in("en")).isEqualTo("Sent to the district");
			assertThat(c.textColour()).isEqualTo("#000000");
		});
	}

	@Test
	void similarTitlesAreFoundTurkishAware() {
		long board = fixture.board(ProposalFixture.settings(null, null));
		long lights = publish(board, "Sokak ışıklandırması yetersiz");
		long park = publish(board, "İSTANBUL parklarına çeşme");
		publish(board, "Otobüs durağına saçak");
		assertThat(similar.to(board, "SOKAK IŞIKLANDIRMASI", 5)).extracting(SimilarProposals.Similar::id)
			.containsExactly(lights);
		assertThat(similar.to(board, "sokak isiklandirma", 5)).extracting(SimilarProposals.Similar::id)
			.containsExactly(lights);
		assertThat(similar.to(board, "istanbul parkları", 5)).extracting(SimilarProposals.Similar::id).contains(park);
		assertThat(similar.to(board, "Kütüphane saatleri", 5)).isEmpty();
		assertThat(store.page(board, new ProposalStore.Filter(null, null, null, "ışıklandırma"), null, 10).proposals())
			.extracting(ProposalStore.Listed::id).containsExactly(lights);
	}

	@Test
	void moderationHidesAndRestores() {
		long id = publish(city, "Gizlenecek öneri");
		ResourceRef ref = ResourceRef.of("proposal", id);
		ModeratedContent content = moderated.stream().filter(m -> m.describe(ref).isPresent()).findFirst().orElseThrow();
		assertThat(content.describe(ref)).get().extracting(ModeratedContent.Content::path).isEqualTo("/proposals/" + id);
		content.setHidden(ref, true);
		content.setHidden(ref, true);
		assertThat(store.get(id).hidden()).isTrue();
		assertThat(store.page(city, new ProposalStore.Filter(null, null, null, null), null, 50).proposals())
			.extracting(ProposalStore.Listed::id).doesNotContain(id);
		refused(() -> supports.support(ProposalFixture.kadikoylu(), id, ProposalFixture.ACTOR), "proposals.not-supportable");
		content.setHidden(ref, false);
		assertThat(events.stream(ProposalEvent.class).filter(e -> e.proposalId() == id))
			.extracting(ProposalEvent::kind)
			.containsExactly(ProposalEvent.Kind.PUBLISHED, ProposalEvent.Kind.HIDDEN, ProposalEvent.Kind.RESTORED);
		assertThat(content.describe(ResourceRef.of("comment", id))).as("the proposals module answers for proposals only")
			.isEmpty();
	}

	@Test
	void officesSubmitForTheResidentPresentAndEnterPaperForms() {
		CurrentAccount present = new CurrentAccount(ProposalFixture.IDS.incrementAndGet(), "r" + ProposalFixture.IDS.get(),
				"Sakin", null, "tr", List.of(), ProposalFixture.kadikoylu().residence(), "staff-1");
		long id = submissions.submit(present, city, ProposalFixture.draft("Ofisten gelen öneri"), true, List.of(),
				ProposalFixture.ACTOR);
		assertThat(store.get(id).channel()).isEqualTo("OFFICE");
		supports.support(present, id, ProposalFixture.ACTOR);
		assertThat(jdbc.sql("SELECT channel FROM proposal_support WHERE proposal_id = ?").param(id).query(String.class)
			.single()).isEqualTo("OFFICE");

		CurrentAccount staff = ProposalFixture.withRoles(new RoleGrant(Role.OFFICE_STAFF, "kadikoy"));
		byte[] scan = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };
		refused(() -> submissions.enterPaper(ProposalFixture.kadikoylu(), city, ProposalFixture.draft("Kâğıt öneri"),
				"PAPER", file("form.jpg", scan), ProposalFixture.ACTOR), "proposals.not-office-staff");
		refused(() -> submissions.enterPaper(staff, city, ProposalFixture.draft("Kâğıt öneri"), "PAPER", null,
				ProposalFixture.ACTOR), "proposals.scan-required");
		refused(() -> submissions.enterPaper(staff, city, ProposalFixture.draft("Kâğıt öneri"), "WEB",
				file("form.jpg", scan), ProposalFixture.ACTOR), "proposals.channel-invalid");
		refused(() -> submissions.enterPaper(staff, city, ProposalFixture.draft("Kâğıt öneri"), null,
				file("form.jpg", scan), ProposalFixture.ACTOR), "proposals.channel-invalid");
		long paper = submissions.enterPaper(staff, city, ProposalFixture.draft("Kâğıt öneri"), "PAPER",
				file("form.jpg", scan), ProposalFixture.ACTOR);
		assertThat(store.get(paper).channel()).isEqualTo("PAPER");
		assertThat(attachments.of(paper)).extracting(Attachments.Attachment::kind).containsExactly("PAPER_FORM");
		// through a muhtar or the call centre the scan is optional
		long muhtar = submissions.enterPaper(staff, city, ProposalFixture.draft("Muhtarlıktan gelen öneri"), "MUHTAR",
				null, ProposalFixture.ACTOR);
		assertThat(store.get(muhtar).channel()).isEqualTo("MUHTAR");
		assertThat(attachments.of(muhtar)).isEmpty();
		long called = submissions.enterPaper(staff, city, ProposalFixture.draft("Çağrı merkezinden öneri"),
				"CALL_CENTRE", file("not.jpg", scan), ProposalFixture.ACTOR);
		assertThat(store.get(called).channel()).isEqualTo("CALL_CENTRE");
		assertThat(attachments.of(called)).extracting(Attachments.Attachment::kind).containsExactly("PAPER_FORM");
	}
}
