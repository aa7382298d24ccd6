package org.ortakakil.requests.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.ortakakil.identity.Role;
import org.ortakakil.identity.RoleGrant;
import org.ortakakil.identity.internal.AccountStore;
import org.ortakakil.identity.internal.ConsentTexts;
import org.ortakakil.identity.internal.EmailAddress;
import org.ortakakil.requests.Channel;
import org.ortakakil.requests.Priority;
import org.ortakakil.requests.ServiceGroup;
import org.ortakakil.requests.internal.CatalogueAdministration;
import org.ortakakil.requests.internal.CategoryDraft;
import org.ortakakil.requests.internal.RequestDraft;
import org.ortakakil.requests.internal.ServiceRequests;
import org.ortakakil.requests.photos.TestPhotos;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.LocalizedText;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import jakarta.servlet.http.Cookie;

/**
 * What the teams' tests need: a category and a unit of their own (the database is shared), logged-in
 * accounts with a role, teams with shifts, requests in Kadıköy, and a small PNG.
 */
final class TeamFixtures {

	static final String PASSWORD = "Haydarpaşa garı 1908";
	static final AtomicInteger ADDRESSES = new AtomicInteger();
	/** Moda, Kadıköy: on the Asian side. */
	static final String LAT = "40.9850";
	static final String LON = "29.0270";
	static final List<String> ALL_DAY = Collections.nCopies(7, "00:00");

	record Person(String principal, String email, Cookie session) {
	}

	final String suffix = UUID.randomUUID().toString().substring(0, 8);
	final String category = "teams-lamp-" + suffix;
	final String unit = "teams-unit-" + suffix;
	private final MockMvc mvc;
	private final ApplicationContext context;

	TeamFixtures(MockMvc mvc, ApplicationContext context) {
		this.mvc = mvc;
		this.context = context;
		context.getBean(CatalogueAdministration.class).create(new CategoryDraft(category,
				LocalizedText.of("Ekip testi lamba", "Team test lamp"), null, ServiceGroup.LIGHTING, List.of("lamba"),
				false, true, true, unit, Map.of(Priority.NORMAL, 24)), Actor.SYSTEM);
	}

	/** A confirmed account holding the role (or none), logged in. */
	Person person(String name, Role role, String scope) throws Exception {
		String email = name + "." + UUID.randomUUID().toString().substring(0, 8) + "@ekip.example.org";
		AccountStore accounts = context.getBean(AccountStore.class);
		Instant now = Instant.now();
		long id = accounts.insert(EmailAddress.parse(email), name, context.getBean(PasswordEncoder.class).encode(PASSWORD),
				"tr", context.getBean(ConsentTexts.class).currentVersion(), now, false, now);
		if (role != null) {
			accounts.grant(id, new RoleGrant(role, scope), "test", now);
		}
		int n = ADDRESSES.incrementAndGet();
		MvcResult login = mvc.perform(post("/login").with(csrf()).with(request -> {
			request.setRemoteAddr("192.0." + (2 + n / 250) + "." + (n % 250 + 1));
			return request;
		}).param("username", email).param("password", PASSWORD)).andReturn();
		Cookie session = login.getResponse().getCookie("SESSION");
		assertThat(session).as("logged in as " + email).isNotNull();
		return new Person(String.valueOf(id), email, session);
	}

	/** A team of the unit, skilled for the category, based in Kadıköy. */
	long team(String name, List<String> starts, List<String> ends, String members, int capacity) {
		return context.getBean(TeamAdministration.class).save(0, unit, new TeamDraft(name + " " + suffix, "34 T 1",
				"VAN", "40.9900", "29.0300", String.valueOf(capacity), true, members, List.of(category), starts, ends, ""), Actor.SYSTEM);
	}

	long allDayTeam(String name, String members) {
		return team(name, ALL_DAY, ALL_DAY, members, 3);
	}

	/** A new request of the category at Moda; its public id. */
	String request() {
		return context.getBean(ServiceRequests.class).create(new RequestDraft(category, LAT, LON, null, null,
				"sakin@example.org", null, null, null, null, null, "Lamba yanmıyor", null, Map.of(), Channel.WEB),
				Actor.SYSTEM).serviceRequestId();
	}

}
