package org.ortakakil.requests.transparency;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ortakakil.geography.District;
import org.ortakakil.requests.ServiceCategoryView;
import org.ortakakil.shared.DomainException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The public list of requests as JSON, one page at a time, newest first: what the map of
 * {@code /requests} draws. Public fields only; a private category's request has no point, description
 * or photo.
 */
@RestController
@RequestMapping(path = "/api/v1/requests", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Service requests", description = "The public list of service requests, for maps and apps")
class PublicRequestsApi {

	static final int LIMIT_MAX = 500;

	/** One request; {@code lat}, {@code lon}, {@code description} and {@code mediaUrl} are null when private. */
	record Item(String id, String url, String serviceCode, String serviceName, String district,
			Integer neighbourhoodId, String status, String state, OffsetDateTime requested, OffsetDateTime updated,
			Double lat, Double lon, String description, String mediaUrl, boolean isPrivate) {
	}

	/** A page and the cursor of the next one (null on the last page). */
	record Listing(List<Item> requests, String next) {
	}

	private final PublicRequests requests;
	private final RequestFilters filters;

	PublicRequestsApi(PublicRequests requests, RequestFilters filters) {
		this.requests = requests;
		this.filters = filters;
	}

	@GetMapping
	@Operation(summary = "Service requests, newest first, filtered by district, neighbourhood, category and status; "
			+ "public fields only")
	Listing list(@Parameter(description = "district slug, e.g. kadikoy") @RequestParam(required = false) String district,
			@Parameter(description = "neighbourhood id; left out unless it lies in the district") @RequestParam(required = false) String neighbourhood,
			@Parameter(description = "category code, as Open311's service_code") @RequestParam(name = "service_code", required = false) String serviceCode,
			@Parameter(description = "open, closed, or a state: NEW, ACCEPTED, ASSIGNED, IN_PROGRESS, WAITING, RESOLVED, REJECTED, MERGED") @RequestParam(required = false) String status,
			@Parameter(description = "the next cursor of the previous page") @RequestParam(required = false) String cursor,
			@Parameter(description = "1 to 500, default 50") @RequestParam(required = false) String limit, Locale locale) {
		RequestFilter filter = filters.parse(district, neighbourhood, serviceCode, status);
		PublicRequests.Page page = requests.page(filter, cursor, limit(limit));
		Map<Integer, District> districts = filters.districtsById();
		Map<String, ServiceCategoryView> categories = filters.categories(locale);
		return new Listing(page.requests().stream().map(r -> item(r, districts, categories, locale)).toList(),
				page.next());
	}

	private static Item item(PublicRequest r, Map<Integer, District> districts,
			Map<String, ServiceCategoryView> categories, Locale locale) {
		District district = r.districtId() == null ? null : districts.get(r.districtId());
		return new Item(r.serviceRequestId(), "/requests/" + r.serviceRequestId(), r.category(),
				TransparencyPages.name(categories, r.category(), locale), district == null ? null : district.slug(),
				r.neighbourhoodId(), r.status(), r.state().name(), r.requested(), r.updated(), r.lat(), r.lon(),
				r.description(), r.mediaUrl(), r.isPrivate());
	}

	private static int limit(String limit) {
		if (limit == null || limit.isBlank()) {
			return TransparencyPages.PAGE_SIZE;
		}
		try {
			int value = Integer.parseInt(limit.strip());
			if (value >= 1 && value <= LIMIT_MAX) {
				return value;
			}
		}
		catch (NumberFormatException e) {
			// answered below
		}
		throw DomainException.invalid("transparency.limit-invalid", 1, LIMIT_MAX);
	}
}
