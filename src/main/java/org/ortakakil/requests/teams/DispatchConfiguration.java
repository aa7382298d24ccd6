package org.ortakakil.requests.teams;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The travel-time estimate's settings, from {@code ortakakil.dispatch.*}: average speeds per side of
 * the Bosphorus (km/h), the minutes a crossing adds and how long a reported position counts.
 */
@Configuration(proxyBeanMethods = false)
class DispatchConfiguration {

	@Bean
	DispatchSuggestion dispatchSuggestion(@Value("${ortakakil.dispatch.europe-kmh:22}") double europeKmh,
			@Value("${ortakakil.dispatch.asia-kmh:25}") double asiaKmh,
			@Value("${ortakakil.dispatch.crossing-minutes:25}") int crossingMinutes,
			@Value("${ortakakil.dispatch.position-valid-for:PT2H}") Duration positionValidFor) {
		return new DispatchSuggestion(new DispatchSuggestion.Settings(europeKmh, asiaKmh, crossingMinutes,
				positionValidFor));
	}
}
