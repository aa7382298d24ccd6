package org.ortakakil.geography.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The geography changes only with a release, so its API answers carry an ETag: an app that already
 * holds the 39 boundaries asks with If-None-Match and gets a 304 with no body.
 */
@Configuration(proxyBeanMethods = false)
class GeographyWebConfiguration {

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> geographyEtags() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter());
		registration.addUrlPatterns("/api/v1/districts", "/api/v1/districts/*", "/api/v1/geo/districts.geojson",
				"/api/v1/geo/provinces", "/api/v1/geo/attribution");
		registration.setName("geographyEtags");
		return registration;
	}
}
