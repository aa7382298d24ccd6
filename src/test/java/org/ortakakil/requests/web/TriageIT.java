package org.ortakakil.requests.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.audit.AuditLog;
import org.ortakakil.identity.AccountSupport;
import org.ortakakil.identity.Role;
import org.ortakakil.requests.Channel;
import org.ortakakil.requests.Priority;
import org.ortakakil.requests.RequestState;
import org.ortakakil.requests.ServiceGroup;
import org.ortakakil.requests.ServiceRequestSubmitted;
import org.ortakakil.requests.internal.CatalogueAdministration;
import org.ortakakil.requests.internal.CatalogueStore;
import org.ortakakil.requests.internal.CategoryDraft;
import org.ortakakil.requests.internal.DeadlineWatch;
import org.ortakakil.requests.internal.HandledRequest;
import org.ortakakil.platform.JobLease;
import org.ortakakil.requests.internal.RequestDraft;
import org.ortakakil.requests.internal.RequestHandling;
import org.ortakakil.requests.internal.ServiceRequests;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/**
 * A unit's triage pages and the deadline watch: only the unit's staff see its requests and their
 * contact details; accepting, rejecting without a reason, internal notes, a change of category that
 * sends the request to another unit; warnings and escalations once each (the unit's staff are
 * mailed), none while waiting, and the
 * job's lease held by one instance at a time. Units and categories are this class's own.
 */
@IntegrationTest
class TriageIT {

	static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
	static final String UNIT = "triage-unit-" + SUFFIX;
	static final String OTHER_UNIT = "triage-other-" + SUFFIX;
	static final String LIGHT = "triage-light-" + SUFFIX;
	static final String TREE = "triage-tree-" + SUFFIX;
	static Cookie staff;
	static Cookie stranger;
	static long staffId;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ServiceRequests requests;

	@Autowired
	RequestHandling handling;

	@Autowired
	DeadlineWatch deadlines;

	@Autowired
	JobLease leases;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void unitAndStaff() throws Exception {
		CatalogueStore store = context.getBean(CatalogueStore.class);
		if (store.any(LIGHT).isPresent()) {
			return;
		}
		CatalogueAdministration administration = context.getBean(CatalogueAdministration.class);
		administration.create(new CategoryDraft(LIGHT, LocalizedText.of("Lamba " + SUFFIX, "Light"), null,
				ServiceGroup.LIGHTING, List.of(), false, true, true, UNIT, Map.of(Priority.NORMAL, 48)), Actor.SYSTEM);
		administration.create(new CategoryDraft(TREE, LocalizedText.of("Ağaç " + SUFFIX, "Tree"), null,
				ServiceGroup.PARKS, List.of(), false, true, true, OTHER_UNIT, Map.of(Priority.NORMAL, 24)), Actor.SYSTEM);
		AccountSupport accounts = new AccountSupport(mvc, context);
		staff = accounts.newAccount("triage", "Birim Çalışanı");
		staffId = accounts.idOf(staff);
		accounts.grant(staffId, Role.STAFF, UNIT);
		stranger = accounts.newAccount("stranger", "Başka Birim");
		accounts.grant(accounts.idOf(stranger), Role.STAFF, "another-" + SUFFIX);
	}

	String newRequest() {
		return requests.create(new RequestDraft(LIGHT, "40.9903", "29.0290", null, null, "kisi." + SUFFIX + "@example.org",
				null, null, null, null, "5321234567", "Lamba yanmıyor " + SUFFIX, null, Map.of(), Channel.WEB, null, null,
				"tr"), Actor.SYSTEM).serviceRequestId();
	}

	@Test
	void theUnitSeesItsQueueAndTheContactDetailsOthersDoNot() throws Exception {
		String id = newRequest();

		mvc.perform(get("/staff/requests").param("unit", UNIT).cookie(staff).header("Accept-Language", "en"))
			.andExpect(status().isOk()).andExpect(content().string(containsString(id)));
		mvc.perform(get("/staff/requests/" + id).cookie(staff).header("Accept-Language", "en"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("kisi." + SUFFIX + "@example.org")))
			.andExpect(content().string(containsString("5321234567")));
		mvc.perform(get("/staff/requests/" + id).cookie(stranger)).andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("5321234567"))));
		mvc.perform(get("/staff/requests").param("unit", UNIT).cookie(stranger)).andExpect(status().isForbidden());
		mvc.perform(get("/staff/requests/" + id)).andExpect(status().is3xxRedirection());
	}

	@Test
	void acceptingTakesTheRequestAndARejectionWithoutReasonIsShownAgain() throws Exception {
		String id = newRequest();

		mvc.perform(post("/staff/requests/" + id + "/accept").with(csrf()).cookie(staff).param("note", ""))
			.andExpect(redirectedUrl("/staff/requests/" + id));
		mvc.perform(post("/staff/requests/" + id + "/reject").with(csrf()).cookie(staff).param("note", " ")
			.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Bir açıklama yazın.")));
		mvc.perform(post("/staff/requests/" + id + "/accept").with(csrf()).cookie(staff).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("bu arada değişti")));
		mvc.perform(post("/staff/requests/" + id + "/accept").with(csrf()).cookie(stranger))
			.andExpect(status().isForbidden());

		assertThat(handling.get(id).state()).isEqualTo(RequestState.ACCEPTED);
	}

	@Test
	void anInternalNoteIsForTheUnitOnly() throws Exception {
		String id = newRequest();

		mvc.perform(post("/staff/requests/" + id + "/note").with(csrf()).cookie(staff)
			.param("note", "Komşu da aradı " + SUFFIX).param("internal", "true"))
			.andExpect(redirectedUrl("/staff/requests/" + id));

		mvc.perform(get("/staff/requests/" + id).cookie(staff))
			.andExpect(content().string(containsString("Komşu da aradı " + SUFFIX)));
		assertThat(handling.history(handling.get(id).id(), false)).noneMatch(u -> u.note() != null
				&& u.note().contains("Komşu"));
	}

	@Test
	void anotherCategorySendsTheRequestToItsUnit() throws Exception {
		String id = newRequest();

		mvc.perform(post("/staff/requests/" + id + "/category").with(csrf()).cookie(staff).param("target", TREE))
			.andExpect(redirectedUrl("/staff/requests?unit=" + UNIT));

		assertThat(handling.get(id).unit()).isEqualTo(OTHER_UNIT);
		mvc.perform(get("/staff/requests/" + id).cookie(staff)).andExpect(status().isForbidden());
	}

	@Test
	void anOverdueRequestIsEscalatedOnceAndAudited() {
		String id = newRequest();
		HandledRequest request = handling.get(id);
		jdbc.sql("UPDATE service_request SET requested_datetime = ?, expected_datetime = ? WHERE id = ?")
			.params(request.requested().minusHours(50), request.requested().minusHours(2), request.id()).update();

		deadlines.check();
		OffsetDateTime escalated = handling.get(id).escalatedAt();
		deadlines.check();

		assertThat(escalated).isNotNull();
		assertThat(handling.get(id).escalatedAt()).isEqualTo(escalated);
		Awaitility.await().untilAsserted(() -> assertThat(audit.latest(200, ServiceRequestSubmitted.RESOURCE_TYPE))
			.filteredOn(e -> e.action().equals("service-request.escalated") && e.summary().startsWith(id)).hasSize(1));
		Awaitility.await().untilAsserted(() -> assertThat(jdbc.sql("""
				SELECT m.subject FROM mail_outbox m JOIN account a ON a.email = m.recipient
				WHERE a.id = ? AND m.subject LIKE ?""").params(staffId, "%" + id + "%").query(String.class).list())
			.containsExactly("Bildirim " + id + " hedef süresini aştı"));
	}

	@Test
	void aRequestWithAQuarterOfItsTimeLeftIsWarnedAndOneWithMoreIsNot() {
		String nearlyDue = newRequest();
		String fresh = newRequest();
		HandledRequest request = handling.get(nearlyDue);
		jdbc.sql("UPDATE service_request SET requested_datetime = ?, expected_datetime = ? WHERE id = ?")
			.params(request.requested().minusHours(40), request.requested().plusHours(8), request.id()).update();

		deadlines.check();

		assertThat(handling.get(nearlyDue).warnedAt()).isNotNull();
		assertThat(handling.get(nearlyDue).escalatedAt()).isNull();
		assertThat(handling.get(fresh).warnedAt()).isNull();
	}

	@Test
	void aRequestWaitingForTheResidentIsNotEscalated() {
		String id = newRequest();
		handling.accept(id, null, Actor.SYSTEM);
		handling.waitForResident(id, "Hangi direk?", Actor.SYSTEM);
		jdbc.sql("UPDATE service_request SET expected_datetime = ? WHERE service_request_id = ?")
			.params(OffsetDateTime.now().minusHours(1), id).update();

		deadlines.check();

		assertThat(handling.get(id).escalatedAt()).isNull();
	}

	@Test
	void oneInstanceHoldsAJobLeaseUntilItRunsOut() {
		String job = "test-" + SUFFIX;
		jdbc.sql("INSERT INTO job_lease (name, locked_until, locked_by) VALUES (?, ?, 'nobody')")
			.params(job, OffsetDateTime.now().minusMinutes(1)).update();

		assertThat(leases.take(job, java.time.Duration.ofMinutes(1))).isTrue();
		assertThat(leases.take(job, java.time.Duration.ofMinutes(1))).isFalse();
		jdbc.sql("UPDATE job_lease SET locked_until = ? WHERE name = ?")
			.params(OffsetDateTime.now().minusSeconds(1), job).update();
		assertThat(leases.take(job, java.time.Duration.ofMinutes(1))).isTrue();
	}
}
