package org.ortakakil.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.identity.AccountSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import jakarta.servlet.http.Cookie;

/**
 * The thread's pages and forms through HTTP, without JavaScript (redirects back to the anchor) and with
 * htmx (fragments): reading anonymously, writing only when logged in, refused bodies shown again (422).
 */
@IntegrationTest
class CommentPagesIT {

	static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	String target() {
		return TestThings.TYPE + ":p" + IDS.incrementAndGet();
	}

	@Test
	void writingWithoutJavascriptRedirectsBackToTheComment() throws Exception {
		String target = target();
		Cookie session = new AccountSupport(mvc, context).newAccount("yorum", "Yorum Yazan");
		MvcResult anonymous = mvc.perform(post("/comments").with(csrf()).param("target", target).param("body", "Merhaba"))
			.andReturn();
		assertThat(anonymous.getResponse().getStatus()).isEqualTo(302);
		assertThat(anonymous.getResponse().getRedirectedUrl()).contains("/login");

		MvcResult written = mvc.perform(post("/comments").cookie(session).with(csrf()).param("target", target)
			.param("alignment", "FOR").param("body", "Harika bir fikir.\n<script>alert(1)</script>")).andReturn();
		assertThat(written.getResponse().getStatus()).isEqualTo(302);
		long id = jdbc.sql("SELECT id FROM comment WHERE target_id = ?").param(target.substring(target.indexOf(':') + 1))
			.query(Long.class).single();
		assertThat(written.getResponse().getRedirectedUrl()).isEqualTo("/comments?target=" + target + "#comment-" + id);

		String page = mvc.perform(get("/comments").param("target", target).cookie(session)).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("<html", "id=\"comment-" + id + "\"", "Harika bir fikir.<br>&lt;script&gt;",
				"aria-level=\"3\"", "Yorum Yazan",
				"id=\"comment-form-reply-" + id + "\"", "for=\"comment-form-reply-" + id + "-body\"").doesNotContain("<script>alert");

		MvcResult vote = mvc.perform(post("/comments/" + id + "/vote").cookie(session).with(csrf()).param("vote", "up")
			.param("back", "//evil.example/x")).andReturn();
		assertThat(vote.getResponse().getStatus()).isEqualTo(403);

		Cookie other = new AccountSupport(mvc, context).newAccount("oy", "Oy Veren");
		MvcResult voted = mvc.perform(post("/comments/" + id + "/vote").cookie(other).with(csrf()).param("vote", "up")
			.param("back", "//evil.example/x")).andReturn();
		assertThat(voted.getResponse().getRedirectedUrl()).startsWith("/comments?target=" + target + "#comment-");
		String fragment = mvc.perform(post("/comments/" + id + "/vote").cookie(other).with(csrf()).param("vote", "down")
			.header("HX-Request", "true")).andReturn().getResponse().getContentAsString();
		assertThat(fragment).doesNotContain("<html").contains("aria-pressed=\"true\"", "Olumsuz oy: 1", "Olumlu oy: 0");

		String reply = mvc.perform(post("/comments").cookie(other).with(csrf()).param("target", target)
			.param("parent", String.valueOf(id)).param("body", "Katılıyorum.").header("HX-Request", "true"))
			.andReturn().getResponse().getContentAsString();
		assertThat(reply).doesNotContain("<html").contains("id=\"comment-" + id + "\"", "Katılıyorum.", "aria-level=\"4\"");

		String htmxPage = mvc.perform(get("/comments").param("target", target).header("HX-Request", "true"))
			.andReturn().getResponse().getContentAsString();
		assertThat(htmxPage).doesNotContain("<html").contains("comment-page", "Katılıyorum.");
	}

	@Test
	void refusedBodiesAreShownAgainWithWhy() throws Exception {
		String target = target();
		Cookie session = new AccountSupport(mvc, context).newAccount("bos", "Boş Yazan");
		MvcResult empty = mvc.perform(post("/comments").cookie(session).with(csrf()).param("target", target)
			.param("body", "  ")).andReturn();
		assertThat(empty.getResponse().getStatus()).isEqualTo(422);
		assertThat(empty.getResponse().getContentAsString()).contains("Yorum boş olamaz.", "aria-invalid=\"true\"",
				"aria-describedby=\"comment-form-new-thread-error\"");
		MvcResult huge = mvc.perform(post("/comments").cookie(session).with(csrf()).param("target", target)
			.param("body", "y".repeat(10 * 1024 * 1024))).andReturn();
		assertThat(huge.getResponse().getStatus()).isIn(413, 422, 400);
		MvcResult htmx = mvc.perform(post("/comments").cookie(session).with(csrf()).param("target", target)
			.param("body", "").header("HX-Request", "true")).andReturn();
		assertThat(htmx.getResponse().getStatus()).isEqualTo(422);
		assertThat(htmx.getResponse().getHeader("HX-Retarget")).isEqualTo("#comment-form-new-thread");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM comment WHERE target_id = ?").param(target.substring(target.indexOf(':') + 1))
			.query(Integer.class).single()).isZero();

		MvcResult closed = mvc.perform(post("/comments").cookie(session).with(csrf())
			.param("target", TestThings.TYPE + ":closed-1").param("body", "Kapalı")).andReturn();
		assertThat(closed.getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/comments").param("target", "nothing:1")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}
}
