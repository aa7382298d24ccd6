package org.ortakakil.requests.web;

import static org.ortakakil.platform.GeoReportDocument.element;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ortakakil.geography.District;
import org.ortakakil.geography.Geography;
import org.ortakakil.platform.GeoReportDocument;
import org.ortakakil.platform.GeoReportDocument.Many;
import org.ortakakil.requests.Channel;
import org.ortakakil.requests.internal.CatalogueStore;
import org.ortakakil.requests.internal.Open311Keys;
import org.ortakakil.requests.internal.RequestDraft;
import org.ortakakil.requests.internal.RequestQuery;
import org.ortakakil.requests.internal.ServiceRequestView;
import org.ortakakil.requests.internal.ServiceRequests;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Open311 GeoReport v2 service requests, as {@code ../shared/reference/GeoReport_v2.md} specifies them:
 * POST a request (form-encoded, with an {@code api_key}; answers as {@code attribute[code]=value}, a
 * multivaluelist as {@code attribute[code][]=value}), GET requests, GET a request, GET a token. Ids are
 * given at once ({@code realtime}), so POST answers a {@code service_request_id} and never a token; the
 * token call answers tokens the city issued otherwise. GET requests defaults to the last 90 days and at
 * most 1000 results, newest first; {@code page}/{@code page_size}, {@code updated_after}/
 * {@code updated_before} and {@code district} (a district's slug) are additions of ours. Nothing personal is ever shown; a private category's
 * point is blurred and its address and media left out. Errors are the specification's error list.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311RequestsApi {

	static final int DEFAULT_DAYS = 90;
	private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\]]+)\\](\\[\\])?");

	private final ServiceRequests requests;
	private final CatalogueStore catalogue;
	private final Open311Keys keys;
	private final MessageSource messages;
	private final Clock clock;
	private final Geography geography;

	Open311RequestsApi(ServiceRequests requests, CatalogueStore catalogue, Open311Keys keys, MessageSource messages,
			Clock clock, Geography geography) {
		this.requests = requests;
		this.catalogue = catalogue;
		this.keys = keys;
		this.messages = messages;
		this.clock = clock;
		this.geography = geography;
	}

	@PostMapping("/requests.{format:json|xml}")
	ResponseEntity<Object> create(@RequestParam Map<String, String> form,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction, HttpServletRequest request,
			Actor actor, Locale locale) {
		String application = keys.require(form.get("api_key"));
		Open311Api.checkJurisdiction(jurisdiction);
		RequestDraft draft = new RequestDraft(form.get("service_code"), form.get("lat"), form.get("long"),
				form.get("address_string"), form.get("address_id"), form.get("email"), form.get("device_id"),
				form.get("account_id"), form.get("first_name"), form.get("last_name"), form.get("phone"),
				form.get("description"), form.get("media_url"), attributes(request), Channel.OPEN311);
		ServiceRequestView created = requests.create(draft,
				new Actor(actor.name() + " (" + application + ")", actor.address()));
		String notice = created.expected() == null ? messages.getMessage("requests.open311.notice", null, locale)
				: messages.getMessage("requests.open311.notice-expected", new Object[] { w3(created.expected()) },
						locale);
		String accountId = form.get("account_id") == null || form.get("account_id").isBlank() ? null
				: form.get("account_id").strip();
		return document(request, new Many("request", List.of(element("service_request_id",
				created.serviceRequestId(), "service_notice", notice, "account_id", accountId))));
	}

	@GetMapping("/requests.{format:json|xml}")
	ResponseEntity<Object> search(@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
			@RequestParam(name = "service_request_id", required = false) String ids,
			@RequestParam(name = "service_code", required = false) String serviceCode,
			@RequestParam(name = "start_date", required = false) String start,
			@RequestParam(name = "end_date", required = false) String end,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "updated_after", required = false) String updatedAfter,
			@RequestParam(name = "updated_before", required = false) String updatedBefore,
			@RequestParam(name = "page", required = false) String page,
			@RequestParam(name = "page_size", required = false) String pageSize,
			@RequestParam(name = "district", required = false) String district, HttpServletRequest request,
			Locale locale) {
		Open311Api.checkJurisdiction(jurisdiction);
		Integer districtId = blank(district) ? null : geography.district(district.strip()).map(District::id)
			.orElseThrow(() -> DomainException.invalid("transparency.district-unknown", district.strip()));
		OffsetDateTime from = date("start_date", start);
		OffsetDateTime to = date("end_date", end);
		if (from == null && to == null) {
			to = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
		}
		if (from == null) {
			from = to.minusDays(DEFAULT_DAYS);
		}
		else if (to == null) {
			to = from.plusDays(DEFAULT_DAYS);
		}
		if (to.isBefore(from) || from.plusDays(DEFAULT_DAYS).isBefore(to)) {
			throw DomainException.invalid("requests.date-range-invalid", DEFAULT_DAYS);
		}
		RequestQuery query = new RequestQuery(list(ids), blank(serviceCode) ? null : serviceCode.strip(),
				statuses(status), from, to, date("updated_after", updatedAfter), date("updated_before", updatedBefore),
				number("page", page, 1, Integer.MAX_VALUE, 1),
				number("page_size", pageSize, 1, ServiceRequests.PAGE_MAX, ServiceRequests.PAGE_MAX), districtId);
		return list(request, requests.search(query), locale);
	}

	@GetMapping("/requests/{id}.{format:json|xml}")
	ResponseEntity<Object> one(@PathVariable String id,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction, HttpServletRequest request,
			Locale locale) {
		Open311Api.checkJurisdiction(jurisdiction);
		ServiceRequestView found = requests.find(id)
			.orElseThrow(() -> DomainException.notFound("requests.not-found", id));
		return list(request, List.of(found), locale);
	}

	@GetMapping("/tokens/{token}.{format:json|xml}")
	ResponseEntity<Object> token(@PathVariable String token,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
			HttpServletRequest request) {
		Open311Api.checkJurisdiction(jurisdiction);
		String id = requests.byToken(token).orElse(null);
		return document(request, new Many("request", List.of(element("service_request_id", id, "token", token))));
	}

	/** The catalogue is read once for the whole list: a page may hold 1000 requests. */
	private ResponseEntity<Object> list(HttpServletRequest request, List<ServiceRequestView> found, Locale locale) {
		Map<String, String> names = new HashMap<>();
		catalogue.all().forEach(c -> names.put(c.code(), c.name().in(locale)));
		List<Map<String, Object>> elements = found.stream().map(r -> request(r, names)).toList();
		return document(request, new Many("request", elements));
	}

	private static Map<String, Object> request(ServiceRequestView r, Map<String, String> names) {
		String name = names.getOrDefault(r.serviceCode(), r.serviceCode());
		return element("service_request_id", r.serviceRequestId(), "status", r.status(), "status_notes",
				r.statusNotes(), "service_name", name, "service_code", r.serviceCode(), "description", r.description(),
				"agency_responsible", r.agencyResponsible(), "service_notice", r.serviceNotice(),
				"requested_datetime", w3(r.requested()), "updated_datetime", w3(r.updated()), "expected_datetime",
				w3(r.expected()), "address", r.address(), "address_id", r.addressId(), "zipcode", null, "lat", r.lat(),
				"long", r.lon(), "media_url", r.mediaUrl());
	}

	/** The answers, from {@code attribute[code]=value} and {@code attribute[code][]=value} fields. */
	static Map<String, List<String>> attributes(HttpServletRequest request) {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			Matcher matcher = ATTRIBUTE.matcher(name);
			if (matcher.matches()) {
				answers.computeIfAbsent(matcher.group(1), code -> new ArrayList<>()).addAll(Arrays.asList(values));
			}
		});
		return answers;
	}

	private static OffsetDateTime date(String name, String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw DomainException.invalid("requests.date-invalid", name, value.strip());
		}
	}

	private static int number(String name, String value, int min, int max, int absent) {
		if (blank(value)) {
			return absent;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException e) {
			// answered below
		}
		throw DomainException.invalid("requests.number-invalid", name, min, max);
	}

	private static List<String> statuses(String status) {
		List<String> statuses = list(status);
		for (String s : statuses) {
			if (!s.equals("open") && !s.equals("closed")) {
				throw DomainException.invalid("requests.status-invalid", s);
			}
		}
		return statuses;
	}

	private static List<String> list(String commaSeparated) {
		return blank(commaSeparated) ? List.of()
				: Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String w3(OffsetDateTime time) {
		return time == null ? null
				: DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC)
					.truncatedTo(ChronoUnit.SECONDS));
	}

	private static ResponseEntity<Object> document(HttpServletRequest request, Object content) {
		return GeoReportDocument.respond(HttpStatus.OK, request.getRequestURI(), "service_requests", content);
	}
}
