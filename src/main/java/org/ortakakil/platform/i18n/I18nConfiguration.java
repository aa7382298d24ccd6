package org.ortakakil.platform.i18n;

import org.ortakakil.platform.LanguagePreference;
import org.ortakakil.platform.Languages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class I18nConfiguration implements WebMvcConfigurer {

	private final LanguageResolver resolver;

	I18nConfiguration(Languages languages, ObjectProvider<LanguagePreference> preferences) {
		this.resolver = new LanguageResolver(languages, preferences);
	}

	@Bean
	LocaleResolver localeResolver() {
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageChangeInterceptor(resolver)).excludePathPatterns("/webjars/**", "/assets/**");
	}
}
