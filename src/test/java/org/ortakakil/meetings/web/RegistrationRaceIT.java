package org.ortakakil.meetings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.meetings.MeetingType;
import org.ortakakil.meetings.OrganiserKind;
import org.ortakakil.meetings.RegistrationStatus;
import org.ortakakil.meetings.internal.MeetingDraft;
import org.ortakakil.meetings.internal.MeetingStore;
import org.ortakakil.meetings.internal.Meetings;
import org.ortakakil.meetings.internal.Registrations;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.shared.Slug;
import org.ortakakil.spaces.AssemblyType;
import org.ortakakil.spaces.SpaceKind;
import org.ortakakil.spaces.internal.AssemblyAdministration;
import org.ortakakil.spaces.internal.AssemblyDraft;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A hundred people racing for the last ten places, all released at once: exactly ten are registered,
 * ninety wait, and the meeting's count agrees. The meeting row's lock makes them take turns.
 */
@IntegrationTest
class RegistrationRaceIT {

	static final Actor ACTOR = new Actor("test", "127.0.0.1");

	@Autowired
	Meetings meetings;
	@Autowired
	Registrations registrations;
	@Autowired
	MeetingStore store;
	@Autowired
	AssemblyAdministration assemblies;

	@Test
	void aHundredPeopleRacingForTenPlacesLeaveTenRegisteredAndNinetyWaiting() throws Exception {
		long space = assemblies.createAssembly(new AssemblyDraft(new Slug("yaris-" + System.nanoTime()),
				AssemblyType.DISTRICT_COUNCIL, LocalizedText.of("Yarış meclisi"), null, null, Set.of(1421), Set.of()), ACTOR);
		assemblies.setAssemblyPublished(space, true, ACTOR);
		OffsetDateTime start = OffsetDateTime.now().plusDays(5).withNano(0);
		long id = meetings.create(new MeetingDraft(SpaceKind.ASSEMBLY, space, LocalizedText.of("Son on yer"), null,
				MeetingType.IN_PERSON, "Moda Caddesi 1", null, null, null, 1421, null, null, start, start.plusHours(2),
				OrganiserKind.COUNCIL, null, false, false, false, List.of("tr"), true, 10, 0, List.of()), null, ACTOR);
		int people = 100;
		CountDownLatch ready = new CountDownLatch(people);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(people);
		try {
			List<Future<RegistrationStatus>> results = new java.util.ArrayList<>();
			for (int i = 0; i < people; i++) {
				String principal = "yarisci-" + id + "-" + i;
				results.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					return registrations.register(id, principal, "tr", Map.of(), null).status();
				}));
			}
			ready.await(30, TimeUnit.SECONDS);
			go.countDown();
			long registered = 0;
			long waiting = 0;
			for (Future<RegistrationStatus> result : results) {
				RegistrationStatus status = result.get(120, TimeUnit.SECONDS);
				registered += status == RegistrationStatus.REGISTERED ? 1 : 0;
				waiting += status == RegistrationStatus.WAITING ? 1 : 0;
			}
			assertThat(registered).isEqualTo(10);
			assertThat(waiting).isEqualTo(90);
			assertThat(store.get(id).registeredCount()).isEqualTo(10);
			assertThat(registrations.ofMeeting(id).stream().filter(r -> r.status() == RegistrationStatus.REGISTERED))
				.hasSize(10);
		}
		finally {
			pool.shutdownNow();
		}
	}
}
