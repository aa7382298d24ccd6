package org.ortakakil.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

/** What the OpenAPI document at /v3/api-docs says about the API as a whole. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI ortakAkilApi() {
		return new OpenAPI().info(new Info()
			.title("Ortak Akıl API")
			.version("v1")
			.description("""
					Public, read-only JSON for İstanbul's participation platform: districts, neighbourhoods,
					participatory processes and assemblies. Errors are RFC 9457 problem details
					(application/problem+json) whose `type` is `/problems/{code}`, a stable code; `detail` is
					in the language asked for with `Accept-Language` or `?lang=`. Some endpoints are rate
					limited per client address (429 with Retry-After).""")
			.license(new License().name("Geographic data: © OpenStreetMap contributors (ODbL 1.0); TÜİK via turkiye-api (MIT)")));
	}
}
