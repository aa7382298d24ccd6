package org.ortakakil.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.audit.AuditLog;
import org.ortakakil.requests.internal.CatalogueAdministration;
import org.ortakakil.requests.internal.CatalogueStore;
import org.ortakakil.requests.internal.CategoryDraft;
import org.ortakakil.requests.internal.HandledRequest;
import org.ortakakil.requests.internal.RequestDraft;
import org.ortakakil.requests.internal.RequestHandling;
import org.ortakakil.requests.internal.RequestUpdate;
import org.ortakakil.requests.internal.ServiceRequests;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The life cycle of a request: what may follow what, that of two people acting at once one wins, that
 * waiting for the resident stops the clock, that the reporter has seven days to confirm or reopen, and
 * that internal notes stay internal. Times in the past are set in the database, as the clock is real.
 */
@IntegrationTest
class RequestHandlingIT {

	static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
	static final String LIGHT = "rh-light-" + SUFFIX;
	static final String TREE = "rh-tree-" + SUFFIX;
	static final Actor UNIT = new Actor("unit-staff", "127.0.0.1");
	static final Actor RESIDENT = new Actor("resident", "127.0.0.1");

	@Autowired
	ServiceRequests requests;

	@Autowired
	RequestHandling handling;

	@Autowired
	CatalogueAdministration administration;

	@Autowired
	CatalogueStore store;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void catalogue() {
		if (store.any(LIGHT).isPresent()) {
			return;
		}
		administration.create(new CategoryDraft(LIGHT, LocalizedText.of("Lamba", "Light"), null, ServiceGroup.LIGHTING,
				List.of(), false, true, true, "aydinlatma", Map.of(Priority.URGENT, 4, Priority.NORMAL, 48)),
				Actor.SYSTEM);
		administration.create(new CategoryDraft(TREE, LocalizedText.of("Ağaç", "Tree"), null, ServiceGroup.PARKS,
				List.of(), false, true, true, "park-bahce", Map.of(Priority.NORMAL, 24)), Actor.SYSTEM);
	}

	String newRequest() {
		return requests.create(new RequestDraft(LIGHT, "40.9903", "29.0290", null, null, "r@example.org", null, null,
				null, null, null, "Lamba yanmıyor", null, Map.of(), Channel.WEB, null, "42", "en"), RESIDENT)
			.serviceRequestId();
	}

	@Test
	void aRequestIsAcceptedWorkedOnAndResolvedWithAPublicHistory() {
		String id = newRequest();

		handling.accept(id, null, UNIT);
		handling.startWork(id, "Ekip yolda", UNIT);
		HandledRequest resolved = handling.resolve(id, "Lamba değiştirildi", null, UNIT);

		assertThat(resolved.state()).isEqualTo(RequestState.RESOLVED);
		assertThat(resolved.resolvedAt()).isNotNull();
		assertThat(requests.find(id).orElseThrow().status()).isEqualTo("closed");
		assertThat(requests.find(id).orElseThrow().statusNotes()).isEqualTo("Lamba değiştirildi");
		assertThat(handling.history(resolved.id(), false)).extracting(RequestUpdate::to).containsExactly(
				RequestState.NEW, RequestState.ACCEPTED, RequestState.IN_PROGRESS, RequestState.RESOLVED);
		Awaitility.await().untilAsserted(() -> assertThat(audit.latest(50, ServiceRequestSubmitted.RESOURCE_TYPE))
			.anySatisfy(entry -> {
				assertThat(entry.action()).isEqualTo("service-request.resolved");
				assertThat(entry.summary()).isEqualTo(id + " IN_PROGRESS → RESOLVED");
			}));
	}

	@Test
	void aStepThatNoLongerFitsIsAConflictAndChangesNothing() {
		String id = newRequest();
		handling.accept(id, null, UNIT);

		assertThatThrownBy(() -> handling.accept(id, null, UNIT)).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
		assertThatThrownBy(() -> handling.resume(id, null, UNIT)).isInstanceOf(DomainException.class);
		assertThat(handling.history(handling.get(id).id(), true)).hasSize(2);
	}

	@Test
	void ofTwoPeopleAcceptingAtTheSameMomentOneWinsAndTheOtherIsTold() throws Exception {
		String id = newRequest();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<String>> outcomes = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			outcomes.add(pool.submit(() -> {
				start.await();
				try {
					handling.accept(id, null, UNIT);
					return "won";
				}
				catch (DomainException e) {
					return e.kind().name();
				}
			}));
		}
		start.countDown();
		List<String> results = new ArrayList<>();
		for (Future<String> outcome : outcomes) {
			results.add(outcome.get());
		}
		pool.shutdown();

		assertThat(results).containsExactlyInAnyOrder("won", "CONFLICT");
		assertThat(handling.history(handling.get(id).id(), true)).filteredOn(u -> u.to() == RequestState.ACCEPTED)
			.hasSize(1);
	}

	@Test
	void waitingForTheResidentMovesTheDueTimeOnByTheTimeWaited() {
		String id = newRequest();
		handling.accept(id, null, UNIT);
		HandledRequest waiting = handling.waitForResident(id, "Direk numarasını yazar mısınız?", UNIT);
		OffsetDateTime due = waiting.due();
		jdbc.sql("UPDATE service_request SET waiting_since = ? WHERE id = ?")
			.params(waiting.waitingSince().minusHours(3), waiting.id()).update();
		assertThat(handling.get(id).overdue(OffsetDateTime.now().plusYears(1))).as("not overdue while waiting").isFalse();

		HandledRequest resumed = handling.resume(id, "Numara geldi", UNIT);

		assertThat(resumed.state()).isEqualTo(RequestState.ACCEPTED);
		assertThat(resumed.waitingSince()).isNull();
		assertThat(Duration.between(due, resumed.due()).toMinutes()).isBetween(180L, 181L);
		assertThat(resumed.pausedSeconds()).isBetween(3 * 3600L, 3 * 3600L + 60);
	}

	@Test
	void theReporterConfirmsWithinSevenDaysOnce() {
		String id = newRequest();
		handling.accept(id, null, UNIT);
		handling.resolve(id, "Tamam", null, UNIT);

		HandledRequest confirmed = handling.confirm(id, RESIDENT);

		assertThat(confirmed.confirmedAt()).isNotNull();
		assertThatThrownBy(() -> handling.confirm(id, RESIDENT)).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> handling.reopen(id, "Yine yanmıyor", RESIDENT))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("requests.already-confirmed"));
	}

	@Test
	void theReporterReopensWithinSevenDaysAndTheUnitHasItAgain() {
		String id = newRequest();
		handling.accept(id, null, UNIT);
		handling.resolve(id, "Tamam", null, UNIT);

		assertThatThrownBy(() -> handling.reopen(id, " ", RESIDENT)).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo("requests.note-missing"));
		HandledRequest reopened = handling.reopen(id, "Yine yanmıyor", RESIDENT);

		assertThat(reopened.state()).isEqualTo(RequestState.ACCEPTED);
		assertThat(reopened.resolvedAt()).isNull();
		assertThat(reopened.due()).isAfter(OffsetDateTime.now().plusHours(47));
		assertThat(requests.find(id).orElseThrow().status()).isEqualTo("open");
	}

	@Test
	void afterSevenDaysTheFixCanNeitherBeConfirmedNorReopened() {
		String id = newRequest();
		handling.accept(id, null, UNIT);
		HandledRequest resolved = handling.resolve(id, "Tamam", null, UNIT);
		jdbc.sql("UPDATE service_request SET resolved_at = ? WHERE id = ?")
			.params(resolved.resolvedAt().minusDays(7).minusMinutes(1), resolved.id()).update();

		assertThatThrownBy(() -> handling.confirm(id, RESIDENT)).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo("requests.confirmation-window-over"));
		assertThatThrownBy(() -> handling.reopen(id, "Yine", RESIDENT)).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo("requests.confirmation-window-over"));
	}

	@Test
	void aRejectionNeedsAReasonAndClosesTheRequest() {
		String id = newRequest();

		assertThatThrownBy(() -> handling.reject(id, "", UNIT)).isInstanceOf(DomainException.class);
		assertThat(handling.get(id).state()).isEqualTo(RequestState.NEW);
		handling.reject(id, "Bu lamba özel bir siteye ait.", UNIT);

		assertThat(requests.find(id).orElseThrow().status()).isEqualTo("closed");
		assertThat(requests.find(id).orElseThrow().statusNotes()).isEqualTo("Bu lamba özel bir siteye ait.");
	}

	@Test
	void aDuplicateIsMergedIntoAnOpenRequestOnly() {
		String original = newRequest();
		String duplicate = newRequest();
		String closed = newRequest();
		handling.reject(closed, "Yinelenen", UNIT);

		assertThatThrownBy(() -> handling.merge(duplicate, duplicate, UNIT)).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> handling.merge(duplicate, closed, UNIT)).isInstanceOf(DomainException.class);
		HandledRequest merged = handling.merge(duplicate, original, UNIT);

		assertThat(merged.state()).isEqualTo(RequestState.MERGED);
		assertThat(merged.mergedInto()).isEqualTo(handling.get(original).id());
		assertThat(requests.find(duplicate).orElseThrow().status()).isEqualTo("closed");
	}

	@Test
	void priorityAndCategorySetTheDueTimeAndTheUnit() {
		String id = newRequest();
		HandledRequest before = handling.get(id);
		assertThat(Duration.between(before.requested(), before.due())).isEqualTo(Duration.ofHours(48));

		HandledRequest urgent = handling.prioritize(id, Priority.URGENT, UNIT);
		assertThat(Duration.between(urgent.requested(), urgent.due())).isEqualTo(Duration.ofHours(4));

		HandledRequest moved = handling.recategorize(id, TREE, UNIT);
		assertThat(moved.unit()).isEqualTo("park-bahce");
		assertThat(moved.serviceCode()).isEqualTo(TREE);
		assertThat(moved.due()).as("the tree category has no URGENT target").isNull();
	}

	@Test
	void internalNotesAreNotInThePublicHistory() {
		String id = newRequest();
		long requestId = handling.get(id).id();

		handling.note(id, "Vatandaş daha önce de aradı", true, UNIT);
		handling.note(id, "Malzeme bekleniyor", false, UNIT);

		assertThat(handling.history(requestId, false)).extracting(RequestUpdate::note).contains("Malzeme bekleniyor")
			.doesNotContain("Vatandaş daha önce de aradı");
		assertThat(handling.history(requestId, true)).extracting(RequestUpdate::note).contains("Vatandaş daha önce de aradı");
		assertThat(requests.find(id).orElseThrow().statusNotes()).isEqualTo("Malzeme bekleniyor");
	}
}
