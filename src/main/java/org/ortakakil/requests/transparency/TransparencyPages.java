package org.ortakakil.requests.transparency;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.ortakakil.geography.District;
import org.ortakakil.requests.RequestState;
import org.ortakakil.requests.ServiceCategoryView;
import org.ortakakil.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Public transparency: the list of requests with a map of the page's points (drawn by
 * {@code requests-map.js} from {@code GET /api/v1/requests}; the table works without it), the statistics
 * per district and category with bars beside their numbers, and both as CSV. Nothing personal is shown
 * anywhere; a private category's request is listed with its category, district and state only.
 */
@Controller
class TransparencyPages {

	static final int PAGE_SIZE = 50;
	/** The statistics cover the last year unless a period is chosen. */
	static final int DEFAULT_DAYS = 365;

	private final PublicRequests requests;
	private final RequestFilters filters;

	TransparencyPages(PublicRequests requests, RequestFilters filters) {
		this.requests = requests;
		this.filters = filters;
	}

	@GetMapping("/requests")
	String list(@RequestParam(required = false) String district, @RequestParam(required = false) String neighbourhood,
			@RequestParam(required = false) String category, @RequestParam(required = false) String status,
			@RequestParam(required = false) String cursor, Model model, Locale locale) {
		RequestFilter filter = filters.parse(district, neighbourhood, category, status);
		PublicRequests.Page page = requests.page(filter, cursor, PAGE_SIZE);
		model.addAttribute("filter", filter);
		model.addAttribute("page", page);
		model.addAttribute("districts", filters.districts());
		model.addAttribute("districtsById", filters.districtsById());
		model.addAttribute("neighbourhoods", filters.neighbourhoods(filter.district()));
		Map<Integer, String> neighbourhoodNames = new java.util.HashMap<>();
		page.requests().stream().map(PublicRequest::neighbourhoodId).filter(java.util.Objects::nonNull)
			.forEach(id -> neighbourhoodNames.put(id, filters.neighbourhoodName(id)));
		model.addAttribute("neighbourhoodNames", neighbourhoodNames);
		model.addAttribute("categories", filters.categories(locale));
		model.addAttribute("states", RequestState.values());
		model.addAttribute("zone", RequestFilters.ISTANBUL);
		model.addAttribute("first", cursor == null || cursor.isBlank());
		model.addAttribute("firstUrl", url("/requests", filter.parameters(), null));
		model.addAttribute("nextUrl", page.next() == null ? null : url("/requests", filter.parameters(), page.next()));
		model.addAttribute("csvUrl", url("/requests.csv", filter.parameters(), null));
		model.addAttribute("apiUrl", url("/api/v1/requests", apiParameters(filter), cursor));
		return "transparency/requests";
	}

	@GetMapping("/requests.csv")
	void listCsv(@RequestParam(required = false) String district, @RequestParam(required = false) String neighbourhood,
			@RequestParam(required = false) String category, @RequestParam(required = false) String status,
			HttpServletResponse response, Locale locale) throws IOException {
		RequestFilter filter = filters.parse(district, neighbourhood, category, status);
		Map<Integer, District> districts = filters.districtsById();
		Map<String, ServiceCategoryView> categories = filters.categories(locale);
		Csv csv = Csv.start(response, "requests.csv", "service_request_id", "requested_datetime", "updated_datetime",
				"service_code", "service_name", "district", "neighbourhood", "status", "state", "lat", "long",
				"description");
		requests.each(filter, r -> csv.row(r.serviceRequestId(), w3(r.requested()), w3(r.updated()), r.category(),
				name(categories, r.category(), locale), districtName(districts, r.districtId()),
				filters.neighbourhoodName(r.neighbourhoodId()), r.status(), r.state().name(), r.lat(), r.lon(),
				r.description()));
		csv.finish();
	}

	@GetMapping("/requests/statistics")
	String statistics(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String district, Model model, Locale locale) {
		Period period = period(from, to);
		District chosen = filters.district(district);
		PublicRequests.Statistics statistics = requests.statistics(period.start(), period.end(),
				chosen == null ? null : chosen.id());
		model.addAttribute("statistics", statistics);
		model.addAttribute("from", period.from());
		model.addAttribute("to", period.to());
		model.addAttribute("district", chosen);
		model.addAttribute("districts", filters.districts());
		model.addAttribute("districtsById", filters.districtsById());
		model.addAttribute("categories", filters.categories(locale));
		model.addAttribute("maxByDistrict", statistics.byDistrict().stream().mapToLong(StatisticsRow::count).max()
			.orElse(0));
		model.addAttribute("maxByCategory", statistics.byCategory().stream().mapToLong(StatisticsRow::count).max()
			.orElse(0));
		Map<String, String> parameters = new java.util.LinkedHashMap<>();
		parameters.put("from", period.from().toString());
		parameters.put("to", period.to().toString());
		if (chosen != null) {
			parameters.put("district", chosen.slug());
		}
		model.addAttribute("csvUrl", url("/requests/statistics.csv", parameters, null));
		return "transparency/statistics";
	}

	@GetMapping("/requests/statistics.csv")
	void statisticsCsv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String district, HttpServletResponse response, Locale locale)
			throws IOException {
		Period period = period(from, to);
		District chosen = filters.district(district);
		PublicRequests.Statistics statistics = requests.statistics(period.start(), period.end(),
				chosen == null ? null : chosen.id());
		Map<Integer, District> districts = filters.districtsById();
		Map<String, ServiceCategoryView> categories = filters.categories(locale);
		String scope = chosen == null ? "" : chosen.name();
		Csv csv = Csv.start(response, "requests-statistics.csv", "group", "district", "service_code", "service_name",
				"from", "to", "count", "open", "resolved", "median_hours", "p90_hours", "resolved_within_target_share");
		statisticsRow(csv, "total", scope, "", "", period, statistics.total());
		for (StatisticsRow row : statistics.byDistrict()) {
			statisticsRow(csv, "district", districtName(districts, row.key() == null ? null : Integer.valueOf(row.key())),
					"", "", period, row);
		}
		for (StatisticsRow row : statistics.byCategory()) {
			statisticsRow(csv, "category", scope, row.key(), name(categories, row.key(), locale), period, row);
		}
		csv.finish();
	}

	/** The chosen dates (the last year by default) and the instants they span in İstanbul. */
	record Period(LocalDate from, LocalDate to) {

		OffsetDateTime start() {
			return from.atStartOfDay(RequestFilters.ISTANBUL).toOffsetDateTime();
		}

		/** Exclusive: the start of the day after {@code to}. */
		OffsetDateTime end() {
			return to.plusDays(1).atStartOfDay(RequestFilters.ISTANBUL).toOffsetDateTime();
		}
	}

	private Period period(String from, String to) {
		LocalDate end = filters.date("to", to, filters.today());
		LocalDate start = filters.date("from", from, end.minusDays(DEFAULT_DAYS));
		if (end.isBefore(start)) {
			throw DomainException.invalid("transparency.period-reversed", start, end);
		}
		return new Period(start, end);
	}

	private static void statisticsRow(Csv csv, String group, String district, String code, String name, Period period,
			StatisticsRow row) {
		csv.row(group, district, code, name, period.from(), period.to(), row.count(), row.open(), row.resolved(),
				decimal(row.medianHours()), decimal(row.p90Hours()), decimal(row.withinTargetShare()));
	}

	static String name(Map<String, ServiceCategoryView> categories, String code, Locale locale) {
		ServiceCategoryView category = categories.get(code);
		return category == null ? code : category.name().in(locale);
	}

	private static String districtName(Map<Integer, District> districts, Integer id) {
		District district = id == null ? null : districts.get(id);
		return district == null ? "" : district.name();
	}

	private static String decimal(Double value) {
		return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
	}

	static String w3(OffsetDateTime time) {
		return time == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC));
	}

	/** The JSON API names the category {@code service_code}, as Open311 does. */
	private static Map<String, String> apiParameters(RequestFilter filter) {
		Map<String, String> parameters = new java.util.LinkedHashMap<>(filter.parameters());
		String category = parameters.remove("category");
		if (category != null) {
			parameters.put("service_code", category);
		}
		parameters.put("limit", String.valueOf(PAGE_SIZE));
		return parameters;
	}

	static String url(String path, Map<String, String> parameters, String cursor) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		parameters.forEach(builder::queryParam);
		if (cursor != null && !cursor.isBlank()) {
			builder.queryParam("cursor", cursor.strip());
		}
		return builder.encode().build().toUriString();
	}
}
