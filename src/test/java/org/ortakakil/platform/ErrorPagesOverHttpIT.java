package org.ortakakil.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Errors raised by filters, before any controller, as a real server answers them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesOverHttpIT {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aFormFromAStalePageIsExplainedNotCalledForbiddenAccess() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/processes"))
			.header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString("title%5Btr%5D=X&_csrf=stale")));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
		assertThat(response.body()).contains("Reload the page and try again").doesNotContain("Exception");
	}

	@Test
	void anUnknownPathIsAPageForAPersonAndAProblemForAClient() throws Exception {
		HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/nowhere"))
			.header("Accept", "text/html"));
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("<html lang=\"en\"").contains("does not exist");
		HttpResponse<String> problem = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/nowhere")));
		assertThat(problem.statusCode()).isEqualTo(404);
		assertThat(problem.headers().firstValue("Content-Type")).contains("application/problem+json");
		assertThat(problem.body()).contains("\"type\":\"/problems/resource.not-found\"");
	}
}
