package org.ortakakil.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ortakakil.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

@IntegrationTest
class PlatformIT {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@CsvSource({ "tr,ltr", "en,ltr", "ku,ltr", "ar,rtl", "fa,rtl", "ru,ltr", "de,ltr", "fr,ltr", "es,ltr", "uk,ltr" })
	void everyLanguageSetsLangAndDirectionAndIsRemembered(String language, String direction) throws Exception {
		mvc.perform(get("/?lang=" + language))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"" + language + "\" dir=\"" + direction + "\"")))
			.andExpect(cookie().value("lang", language));
	}

	@Test
	void theLanguageComesFromTheParameterThenTheCookieThenTheBrowserElseTurkish() throws Exception {
		mvc.perform(get("/")).andExpect(content().string(containsString("<html lang=\"tr\"")));
		mvc.perform(get("/").header("Accept-Language", "xx, de;q=0.8, en;q=0.5"))
			.andExpect(content().string(containsString("<html lang=\"de\"")));
		mvc.perform(get("/").header("Accept-Language", "en").cookie(new Cookie("lang", "fa")))
			.andExpect(content().string(containsString("<html lang=\"fa\" dir=\"rtl\"")));
		mvc.perform(get("/?lang=ar").cookie(new Cookie("lang", "fa")))
			.andExpect(content().string(containsString("<html lang=\"ar\"")));
		mvc.perform(get("/?lang=zz").header("Accept-Language", "!!!"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"tr\"")));
	}

	@Test
	void pagesCarryAStrictContentSecurityPolicyAndNoInlineScript() throws Exception {
		mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(content().string(not(containsString("<script>"))))
			.andExpect(content().string(not(containsString("style=\""))));
	}

	@Test
	void aPersonGetsAPageInTheirLanguageAndNeverAStackTrace() throws Exception {
		mvc.perform(get("/no-such-page").header("Accept-Language", "en").accept("text/html"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(content().string(containsString("does not exist")))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void anApiClientGetsProblemDetailsWithAStableType() throws Exception {
		mvc.perform(get("/api/v1/no-such-thing"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.type").value("/problems/resource.not-found"))
			.andExpect(jsonPath("$.status").value(404));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/districts")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(jsonPath("$.type").value("/problems/request.method-not-allowed"));
		mvc.perform(get("/problems/resource.not-found")).andExpect(status().isOk());
		mvc.perform(get("/problems/no.such.problem")).andExpect(status().isNotFound());
	}

	@Test
	void actuatorShowsHealthInfoAndMetricsOnly() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/info")).andExpect(status().isOk());
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
		mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/actuator/env").with(org.springframework.security.test.web.servlet.request
				.SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMIN")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theOpenApiDocumentDescribesTheApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/districts']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/geo/locate']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/processes']").exists());
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}
}
