package org.ortakakil.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** With a provider configured, the login page offers it and the login goes to the provider. */
@SpringBootTest(properties = {
		"spring.security.oauth2.client.registration.city.client-id=ortakakil",
		"spring.security.oauth2.client.registration.city.client-secret=secret",
		"spring.security.oauth2.client.registration.city.client-name=e-Devlet",
		"spring.security.oauth2.client.registration.city.scope=openid,email,profile",
		"spring.security.oauth2.client.registration.city.authorization-grant-type=authorization_code",
		"spring.security.oauth2.client.registration.city.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
		"spring.security.oauth2.client.provider.city.authorization-uri=https://id.example.org/auth",
		"spring.security.oauth2.client.provider.city.token-uri=https://id.example.org/token",
		"spring.security.oauth2.client.provider.city.jwk-set-uri=https://id.example.org/certs",
		"spring.security.oauth2.client.provider.city.user-name-attribute=sub" })
@AutoConfigureMockMvc
class OidcLoginIT {

	@Autowired
	MockMvc mvc;

	@Test
	void theLoginPageOffersTheProviderAndSendsThePersonThere() throws Exception {
		String page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("href=\"/oauth2/authorization/city\"").contains("e-Devlet ile giriş yap")
			.contains("name=\"username\"");
		String location = mvc.perform(get("/oauth2/authorization/city")).andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("https://id.example.org/auth?").contains("client_id=ortakakil")
			.contains("scope=openid").contains("redirect_uri=");
	}
}
