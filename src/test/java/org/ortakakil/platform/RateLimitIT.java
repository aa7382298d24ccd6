package org.ortakakil.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A small limit, so that the test reaches it; other addresses and other paths are not affected. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ortakakil.rate-limit.burst=3", "ortakakil.rate-limit.requests-per-minute=1" })
@AutoConfigureMockMvc
class RateLimitIT {

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Test
	void overHttpTheRefusalIsAProblemDetailInTheClientsLanguage() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Accept-Language", "en").header("Accept", "application/json").build();
		HttpResponse<String> response = null;
		for (int i = 0; i < 5; i++) {
			response = http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("Retry-After")).isPresent();
		assertThat(response.body()).contains("\"type\":\"/problems/rate-limit.exceeded\"").contains("Too many requests");
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void anAddressThatAsksTooOftenWaitsAndIsToldHowLong() throws Exception {
		for (int i = 0; i < 3; i++) {
			mvc.perform(get("/api/v1/geo/locate?lat=40.99&lon=29.03").with(from("192.0.2.1"))).andExpect(status().isOk());
		}
		mvc.perform(get("/api/v1/geo/locate?lat=40.99&lon=29.03").with(from("192.0.2.1")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		mvc.perform(get("/api/v1/geo/locate?lat=40.99&lon=29.03").with(from("192.0.2.2"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/districts").with(from("192.0.2.1"))).andExpect(status().isOk());
	}
}
