package org.ortakakil.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;

import org.ortakakil.identity.internal.ConsentTexts;
import org.ortakakil.identity.internal.RoleAdministration;
import org.ortakakil.shared.Actor;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import jakarta.servlet.http.Cookie;

/** Opens confirmed, logged-in accounts for tests, the way a person does: register, mail, confirm, log in. */
public final class AccountSupport {

	private final MockMvc mvc;
	private final JdbcClient jdbc;
	private final ApplicationContext context;

	public AccountSupport(MockMvc mvc, ApplicationContext context) {
		this.mvc = mvc;
		this.jdbc = context.getBean(JdbcClient.class);
		this.context = context;
	}

	/** A new account, confirmed and logged in; returns its SESSION cookie. */
	public Cookie newAccount(String prefix, String name) throws Exception {
		String email = AccountsIT.uniqueEmail(prefix);
		mvc.perform(post("/account/register").with(csrf()).with(AccountsIT.from(AccountsIT.newAddress()))
			.param("email", email).param("displayName", name).param("password", AccountsIT.PASSWORD)
			.param("consentVersion", String.valueOf(context.getBean(ConsentTexts.class).current().version())));
		String body = jdbc.sql("SELECT body FROM mail_outbox WHERE recipient = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
			.param(email).query(String.class).single();
		Matcher token = AccountsIT.TOKEN.matcher(body);
		assertThat(token.find()).isTrue();
		mvc.perform(get("/account/confirm").param("token", token.group(1)));
		MvcResult login = mvc.perform(post("/login").with(csrf()).with(AccountsIT.from(AccountsIT.newAddress()))
			.param("username", email).param("password", AccountsIT.PASSWORD)).andReturn();
		assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/account");
		return AccountsIT.sessionOf(login);
	}

	public long idOf(Cookie session) throws Exception {
		String me = mvc.perform(get("/api/v1/me").cookie(session)).andReturn().getResponse().getContentAsString();
		return Long.parseLong(me.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
	}

	public void grant(long accountId, Role role, String scope) {
		context.getBean(RoleAdministration.class).grant(accountId, role, scope, new Actor("test", "127.0.0.1"));
	}
}
