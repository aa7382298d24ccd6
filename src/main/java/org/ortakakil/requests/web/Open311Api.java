package org.ortakakil.requests.web;

import static org.ortakakil.platform.GeoReportDocument.element;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ortakakil.platform.GeoReportDocument;
import org.ortakakil.platform.GeoReportDocument.Many;
import org.ortakakil.platform.Languages;
import org.ortakakil.requests.ServiceAttributeView;
import org.ortakakil.requests.ServiceCategoryView;
import org.ortakakil.requests.internal.CatalogueStore;
import org.ortakakil.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Open311 GeoReport v2, as {@code ../shared/reference/GeoReport_v2.md} specifies it: service discovery,
 * the service list and a service's definition, each as {@code .xml} or {@code .json}. One jurisdiction,
 * {@value #JURISDICTION}; another one is the specification's 404. Names and descriptions are in the
 * language of the {@code locale} parameter (an addition of ours: the specification has none), else of the
 * request (Accept-Language), else Turkish. Units and routing are the city's business and never shown.
 * Errors are answered by the platform in the specification's error list.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Api {

	static final String JURISDICTION = "istanbul.bel.tr";
	static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

	private final CatalogueStore catalogue;
	private final MessageSource messages;
	private final Languages languages;

	Open311Api(CatalogueStore catalogue, MessageSource messages, Languages languages) {
		this.catalogue = catalogue;
		this.messages = messages;
		this.languages = languages;
	}

	@GetMapping("/discovery.{format:json|xml}")
	ResponseEntity<Object> discovery(@RequestParam(name = "locale", required = false) String language,
			HttpServletRequest request, Locale locale) {
		Locale asked = locale(language, locale);
		String changeset = DateTimeFormatter.ISO_INSTANT.format(catalogue.lastChanged()
			.map(t -> t.toInstant()).orElse(Instant.EPOCH).truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
		String url = ServletUriComponentsBuilder.fromContextPath(request).path("/open311/v2").toUriString();
		Map<String, Object> endpoint = element("specification", SPECIFICATION, "url", url, "changeset", changeset,
				"type", "production", "formats", new Many("format", List.of("text/xml", "application/json")));
		return document(request, "discovery", element("changeset", changeset,
				"contact", messages.getMessage("services.open311.contact", null, asked),
				"key_service", messages.getMessage("services.open311.key-service", null, asked),
				"endpoints", new Many("endpoint", List.of(endpoint))));
	}

	@GetMapping("/services.{format:json|xml}")
	ResponseEntity<Object> services(@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
			@RequestParam(name = "locale", required = false) String language, HttpServletRequest request,
			Locale locale) {
		checkJurisdiction(jurisdiction);
		Locale asked = locale(language, locale);
		List<Map<String, Object>> services = catalogue.categories().stream().map(c -> service(c, asked)).toList();
		return document(request, "services", new Many("service", services));
	}

	@GetMapping("/services/{code}.{format:json|xml}")
	ResponseEntity<Object> definition(@PathVariable String code,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
			@RequestParam(name = "locale", required = false) String language, HttpServletRequest request,
			Locale locale) {
		checkJurisdiction(jurisdiction);
		Locale asked = locale(language, locale);
		ServiceCategoryView category = catalogue.category(code)
			.orElseThrow(() -> DomainException.notFound("services.not-found", code));
		List<Map<String, Object>> attributes = category.attributes().stream().map(a -> attribute(a, asked)).toList();
		return document(request, "service_definition",
				element("service_code", category.code(), "attributes", new Many("attribute", attributes)));
	}

	private Map<String, Object> service(ServiceCategoryView category, Locale locale) {
		String description = category.description() == null ? "" : category.description().in(locale);
		if (category.isPrivate()) {
			description = (description + " " + messages.getMessage("services.open311.private-note", null, locale))
				.strip();
		}
		return element("service_code", category.code(), "service_name", category.name().in(locale),
				"description", description, "metadata", category.hasAttributes(), "type", "realtime",
				"keywords", String.join(", ", category.keywords()), "group", category.group().code());
	}

	private static Map<String, Object> attribute(ServiceAttributeView attribute, Locale locale) {
		List<Map<String, Object>> values = attribute.values().stream()
			.map(v -> element("key", v.key(), "name", v.name().in(locale)))
			.toList();
		return element("variable", attribute.variable(), "code", attribute.code(), "datatype",
				attribute.datatype().name(), "required", attribute.required(), "datatype_description",
				attribute.datatypeDescription(), "order", attribute.order(), "description",
				attribute.description().in(locale), "values", new Many("value", values));
	}

	/** Optional, as the specification allows for one jurisdiction: absent and empty are the same. */
	static void checkJurisdiction(String jurisdiction) {
		if (jurisdiction != null && !jurisdiction.isBlank() && !JURISDICTION.equals(jurisdiction.strip())) {
			throw DomainException.notFound("services.jurisdiction-unknown", jurisdiction.strip());
		}
	}

	private Locale locale(String language, Locale request) {
		if (language == null || language.isBlank()) {
			return request;
		}
		return languages.find(Locale.forLanguageTag(language.strip().replace('_', '-')).getLanguage())
			.map(found -> Locale.forLanguageTag(found.code()))
			.orElse(request);
	}

	private static ResponseEntity<Object> document(HttpServletRequest request, String root, Object content) {
		return GeoReportDocument.respond(HttpStatus.OK, request.getRequestURI(), root, content);
	}
}
