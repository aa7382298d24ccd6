package org.ortakakil.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.audit.AuditLog;
import org.ortakakil.identity.AccountSupport;
import org.ortakakil.meetings.internal.Agendas;
import org.ortakakil.meetings.internal.MeetingDraft;
import org.ortakakil.meetings.internal.MeetingStore;
import org.ortakakil.meetings.internal.Meetings;
import org.ortakakil.meetings.internal.Minutes;
import org.ortakakil.meetings.internal.RegistrationView;
import org.ortakakil.meetings.internal.Registrations;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.shared.Slug;
import org.ortakakil.spaces.ScopeType;
import org.ortakakil.spaces.SpaceKind;
import org.ortakakil.spaces.internal.ProcessAdministration;
import org.ortakakil.spaces.internal.ProcessDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The meetings core: what a meeting must be to be created, registration with the waiting list and its
 * promotion, reserved places for assisted registration, check-in by code, the agenda's rules and the
 * minutes' decisions. Times in the past are set in the database, as the clock is real.
 */
@IntegrationTest
class MeetingsCoreIT {

	static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
	static final Actor ORGANISER = new Actor("organiser", "127.0.0.1");
	static final int KADIKOY = 1421;
	static final int CAFERAGA = 40512;
	static long process;

	@Autowired
	Meetings meetings;

	@Autowired
	MeetingStore store;

	@Autowired
	Registrations registrations;

	@Autowired
	Agendas agendas;

	@Autowired
	Minutes minutes;

	@Autowired
	ProcessAdministration processes;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void space() {
		if (process == 0) {
			process = processes.createProcess(new ProcessDraft(new Slug("toplanti-" + SUFFIX),
					LocalizedText.of("Toplantı süreci"), null, ScopeType.CITY, Set.of(), null), Actor.SYSTEM);
			processes.setProcessPublished(process, true, Actor.SYSTEM);
		}
	}

	static OffsetDateTime inDays(int days) {
		return OffsetDateTime.now(ZoneOffset.UTC).plusDays(days).truncatedTo(ChronoUnit.HOURS);
	}

	MeetingDraft draft(UnaryOperator<MeetingDraft> change) {
		MeetingDraft draft = new MeetingDraft(SpaceKind.PROCESS, process, LocalizedText.of("Moda buluşması", "Moda meeting"),
				null, MeetingType.IN_PERSON, "Moda Sahnesi, Kadıköy", 40.9868, 29.0262, null, null, CAFERAGA, null,
				inDays(3), inDays(3).plusHours(2), OrganiserKind.SPACE, CAFERAGA, true, false, false, List.of("tr"), true,
				12, 2, List.of());
		return change.apply(draft);
	}

	long meeting(Integer capacity, int reserved) {
		return meetings.create(draft(d -> with(d, capacity, reserved)), null, ORGANISER);
	}

	static MeetingDraft with(MeetingDraft d, Integer capacity, int reserved) {
		return new MeetingDraft(d.spaceKind(), d.spaceId(), d.title(), d.description(), d.type(), d.address(), d.lat(),
				d.lon(), d.placeId(), d.districtId(), d.neighbourhoodId(), d.onlineUrl(), d.startsAt(), d.endsAt(),
				d.organiserKind(), d.coHostNeighbourhood(), d.stepFree(), d.signLanguage(), d.childcare(), d.languages(),
				d.registrationOpen(), capacity, reserved, d.questions());
	}

	static MeetingDraft at(MeetingDraft d, OffsetDateTime starts, OffsetDateTime ends) {
		return new MeetingDraft(d.spaceKind(), d.spaceId(), d.title(), d.description(), d.type(), d.address(), d.lat(),
				d.lon(), d.placeId(), d.districtId(), d.neighbourhoodId(), d.onlineUrl(), starts, ends, d.organiserKind(),
				d.coHostNeighbourhood(), d.stepFree(), d.signLanguage(), d.childcare(), d.languages(),
				d.registrationOpen(), d.capacity(), d.reservedPlaces(), d.questions());
	}

	static void assertRefused(Runnable act, String code) {
		assertThatThrownBy(act::run).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo(code));
	}

	void startInThePast(long meetingId) {
		jdbc.sql("UPDATE meeting SET starts_at = ?, ends_at = ? WHERE id = ?")
			.params(inDays(-1), inDays(-1).plusHours(2), meetingId).update();
	}

	@Test
	void aMeetingIsCreatedWithItsDistrictFromThePoint() {
		MeetingView meeting = store.get(meeting(12, 2));

		assertThat(meeting.districtId()).isEqualTo(KADIKOY);
		assertThat(meeting.freePlaces()).isEqualTo(10);
		assertThat(meeting.title().in("en")).isEqualTo("Moda meeting");
		Awaitility.await().untilAsserted(() -> assertThat(audit.latest(50, "meeting"))
			.anySatisfy(e -> assertThat(e.action()).isEqualTo("meeting.created")));
	}

	@Test
	void aMeetingMustEndAfterItStartsAndNotBeInThePast() {
		assertRefused(() -> meetings.create(draft(d -> at(d, inDays(3), inDays(3).minusHours(1))), null, ORGANISER),
				"meetings.end-before-start");
		assertRefused(() -> meetings.create(draft(d -> at(d, inDays(-2), inDays(-2).plusHours(1))), null, ORGANISER),
				"meetings.in-the-past");
	}

	@Test
	void aMeetingInPersonNeedsAPlaceAndOneOnlineAnHttpsLink() {
		assertRefused(() -> meetings.create(draft(d -> new MeetingDraft(d.spaceKind(), d.spaceId(), d.title(), null,
				MeetingType.IN_PERSON, " ", null, null, null, null, null, null, d.startsAt(), d.endsAt(),
				d.organiserKind(), null, false, false, false, null, true, null, 0, null)), null, ORGANISER),
				"meetings.place-missing");
		assertRefused(() -> meetings.create(draft(d -> new MeetingDraft(d.spaceKind(), d.spaceId(), d.title(), null,
				MeetingType.ONLINE, null, null, null, null, null, null, "http://example.org/toplanti", d.startsAt(),
				d.endsAt(), d.organiserKind(), null, false, false, false, null, true, null, 0, null)), null, ORGANISER),
				"meetings.link-invalid");
		assertRefused(() -> meetings.create(draft(d -> new MeetingDraft(d.spaceKind(), d.spaceId(), d.title(), null,
				MeetingType.IN_PERSON, "Denizde", 40.80, 29.30, null, null, null, null, d.startsAt(), d.endsAt(),
				d.organiserKind(), null, false, false, false, null, true, null, 0, null)), null, ORGANISER),
				"meetings.outside-istanbul");
		assertRefused(() -> meetings.create(draft(d -> new MeetingDraft(d.spaceKind(), d.spaceId(), d.title(), null,
				MeetingType.IN_PERSON, "Üsküdar", null, null, null, 1708, CAFERAGA, null, d.startsAt(), d.endsAt(),
				d.organiserKind(), null, false, false, false, null, true, null, 0, null)), null, ORGANISER),
				"meetings.neighbourhood-outside-district");
		assertRefused(() -> meetings.create(draft(d -> with(d, 3, 4)), null, ORGANISER), "meetings.reserved-invalid");
	}

	@Test
	void registeringTwiceIsRefusedAndAFullMeetingPutsPeopleOnTheWaitingList() {
		long id = meeting(2, 0);

		RegistrationView first = registrations.register(id, "p1-" + SUFFIX, "tr", Map.of(), null);
		registrations.register(id, "p2-" + SUFFIX, "tr", Map.of(), null);
		RegistrationView third = registrations.register(id, "p3-" + SUFFIX, "en", Map.of(), null);

		assertThat(first.status()).isEqualTo(RegistrationStatus.REGISTERED);
		assertThat(first.code()).matches("[A-Z0-9]{8}");
		assertThat(third.status()).isEqualTo(RegistrationStatus.WAITING);
		assertRefused(() -> registrations.register(id, "p1-" + SUFFIX, "tr", Map.of(), null),
				"meetings.already-registered");
		assertThat(store.get(id).registeredCount()).isEqualTo(2);
	}

	@Test
	void aRegistrationIsConfirmedByMailWithItsCodeAndAPromotionToo() throws Exception {
		AccountSupport accounts = new AccountSupport(mvc, context);
		String first = String.valueOf(accounts.idOf(accounts.newAccount("kayit", "Kayıtlı Kişi")));
		String second = String.valueOf(accounts.idOf(accounts.newAccount("bekleyen", "Bekleyen Kişi")));
		long id = meeting(1, 0);

		RegistrationView registered = registrations.register(id, first, "tr", Map.of(), null);
		RegistrationView waiting = registrations.register(id, second, "en", Map.of(), null);
		registrations.cancel(registered.id(), first, false);

		assertThat(mails(first)).containsExactly("Kaydınız alındı: Moda buluşması");
		assertThat(mails(second)).containsExactly("You are on the waiting list: Moda meeting",
				"Ortak Akıl: you are now registered for \"Moda meeting\"");
		assertThat(jdbc.sql("SELECT body FROM mail_outbox m JOIN account a ON a.email = m.recipient WHERE a.id = ?"
				+ " AND m.subject LIKE 'Kaydınız%'").param(Long.parseLong(first)).query(String.class).single())
			.contains(registered.code()).contains("/meetings/" + id + "/registration");
		assertThat(jdbc.sql("SELECT body FROM mail_outbox m JOIN account a ON a.email = m.recipient WHERE a.id = ?"
				+ " ORDER BY m.id DESC FETCH FIRST 1 ROWS ONLY").param(Long.parseLong(second)).query(String.class).single())
			.as("the promotion mail").contains(waiting.code());
	}

	List<String> mails(String principal) {
		return jdbc.sql("SELECT m.subject FROM mail_outbox m JOIN account a ON a.email = m.recipient WHERE a.id = ?"
				+ " AND m.subject NOT LIKE '%onfirm%' AND m.subject NOT LIKE '%oğrula%' ORDER BY m.id")
			.param(Long.parseLong(principal)).query(String.class).list();
	}

	@Test
	void whenSomeoneCancelsTheFirstWhoWaitsIsPromoted() {
		long id = meeting(1, 0);
		RegistrationView first = registrations.register(id, "c1-" + SUFFIX, "tr", Map.of(), null);
		RegistrationView second = registrations.register(id, "c2-" + SUFFIX, "tr", Map.of(), null);
		RegistrationView third = registrations.register(id, "c3-" + SUFFIX, "tr", Map.of(), null);

		assertRefused(() -> registrations.cancel(first.id(), "c2-" + SUFFIX, false), "meetings.not-your-registration");
		registrations.cancel(first.id(), "c1-" + SUFFIX, false);
		registrations.cancel(first.id(), "c1-" + SUFFIX, false);

		assertThat(registrations.get(first.id()).status()).isEqualTo(RegistrationStatus.CANCELLED);
		assertThat(registrations.get(second.id()).status()).isEqualTo(RegistrationStatus.REGISTERED);
		assertThat(registrations.get(third.id()).status()).isEqualTo(RegistrationStatus.WAITING);
		assertThat(store.get(id).registeredCount()).isEqualTo(1);
	}

	@Test
	void reservedPlacesAreForStaffRegisteringAResidentWhoIsPresent() {
		long id = meeting(2, 1);

		RegistrationView self = registrations.register(id, "r1-" + SUFFIX, "tr", Map.of(), null);
		RegistrationView waiting = registrations.register(id, "r2-" + SUFFIX, "tr", Map.of(), null);
		RegistrationView assisted = registrations.register(id, "r3-" + SUFFIX, "tr", Map.of(), "office-clerk");

		assertThat(self.status()).isEqualTo(RegistrationStatus.REGISTERED);
		assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITING);
		assertThat(assisted.status()).isEqualTo(RegistrationStatus.REGISTERED);
		assertThat(assisted.reserved()).isTrue();
		assertThat(assisted.assistedBy()).isEqualTo("office-clerk");
	}

	@Test
	void requiredQuestionsMustBeAnswered() {
		long id = meetings.create(draft(d -> new MeetingDraft(d.spaceKind(), d.spaceId(), d.title(), null, d.type(),
				d.address(), d.lat(), d.lon(), null, null, null, null, d.startsAt(), d.endsAt(), d.organiserKind(), null,
				false, false, false, null, true, null, 0,
				List.of(new MeetingDraft.Question("Hangi kuruluştan?", true)))), null, ORGANISER);
		long question = jdbc.sql("SELECT id FROM meeting_question WHERE meeting_id = ?").param(id).query(Long.class)
			.single();

		assertRefused(() -> registrations.register(id, "q1-" + SUFFIX, "tr", Map.of(), null), "meetings.answer-missing");
		assertThat(registrations.register(id, "q1-" + SUFFIX, "tr", Map.of(question, "Moda Derneği"), null).status())
			.isEqualTo(RegistrationStatus.REGISTERED);
	}

	@Test
	void checkInTakesACodeOfThisMeetingOnly() {
		long id = meeting(null, 0);
		long other = meeting(null, 0);
		RegistrationView mine = registrations.register(id, "k1-" + SUFFIX, "tr", Map.of(), null);
		RegistrationView elsewhere = registrations.register(other, "k1-" + SUFFIX, "tr", Map.of(), null);

		assertRefused(() -> registrations.checkIn(id, elsewhere.code()), "meetings.code-other-meeting");
		assertRefused(() -> registrations.checkIn(id, "ZZZZZZZZ"), "meetings.code-unknown");
		RegistrationView checked = registrations.checkIn(id, " " + mine.code().toLowerCase() + " ");
		registrations.checkIn(id, mine.code());

		assertThat(checked.checkedInAt()).isNotNull();
		assertThat(registrations.get(mine.id()).checkedInAt()).isEqualTo(checked.checkedInAt());
		assertThat(registrations.checkedIn(id)).isEqualTo(1);
	}

	@Test
	void aPublishedAgendaIsClosedOnceTheMeetingHasStarted() {
		long id = meeting(null, 0);
		agendas.add(id, new Agendas.ItemDraft("Açılış", null, "10", "Muhtar", null));
		long proposal = agendas.propose(id, "Sahil yolunda bisiklet yolu", "Çocuklar için güvenli değil.", "resident");
		agendas.decide(proposal, true);
		agendas.publish(id, ORGANISER);

		assertThat(agendas.items(id, false)).extracting(i -> i.title()).containsExactly("Açılış",
				"Sahil yolunda bisiklet yolu");
		assertRefused(() -> agendas.add(id, new Agendas.ItemDraft("", null, null, null, null)),
				"meetings.item-title-missing");
		assertRefused(() -> agendas.add(id, new Agendas.ItemDraft("Kapanış", null, "0", null, null)),
				"meetings.duration-invalid");
		startInThePast(id);
		assertRefused(() -> agendas.add(id, new Agendas.ItemDraft("Geç kalan madde", null, null, null, null)),
				"meetings.agenda-closed");
		assertRefused(() -> agendas.propose(id, "Geç öneri", null, "resident"), "meetings.proposals-closed");
	}

	@Test
	void minutesComeAfterTheStartAndTheirDecisionsArePublished() {
		long id = meeting(null, 0);
		Minutes.DecisionDraft decision = new Minutes.DecisionDraft("Moda sahiline iki bank konacak.",
				"Kadıköy Belediyesi Park ve Bahçeler", "2027-03-01", null);

		assertRefused(() -> minutes.record(id, LocalizedText.of("Erken"), "10", Map.of(), List.of(decision)),
				"meetings.minutes-before-start");
		startInThePast(id);
		assertRefused(() -> minutes.record(id, LocalizedText.of("Tutanak"), "on", Map.of(), List.of(decision)),
				"meetings.attendance-invalid");
		assertRefused(() -> minutes.record(id, LocalizedText.of("Tutanak"), "10", Map.of(),
				List.of(new Minutes.DecisionDraft("Karar", "Birim", "1 Mart", null))), "meetings.due-invalid");
		minutes.record(id, LocalizedText.of("Sahil düzenlemesi konuşuldu."), "23",
				Map.of("Moda Derneği", "5", "Muhtarlık", "2"), List.of(decision));
		minutes.publish(id, ORGANISER);

		assertThat(store.get(id).attendanceCount()).isEqualTo(23);
		assertThat(minutes.attendance(id)).containsEntry("Moda Derneği", 5);
		assertThat(minutes.decisions(id)).singleElement()
			.satisfies(d -> assertThat(d.dueOn()).hasToString("2027-03-01"));
		assertRefused(() -> minutes.record(id, LocalizedText.of("Yeniden"), "1", Map.of(), List.of()),
				"meetings.minutes-published");
		Awaitility.await().untilAsserted(() -> assertThat(audit.latest(100, "meeting"))
			.anySatisfy(e -> {
				assertThat(e.action()).isEqualTo("meeting.decision-taken");
				assertThat(e.resourceId()).isEqualTo(String.valueOf(id));
			}));
	}
}
