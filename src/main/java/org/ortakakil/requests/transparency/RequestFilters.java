package org.ortakakil.requests.transparency;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ortakakil.geography.District;
import org.ortakakil.geography.Geography;
import org.ortakakil.geography.Neighbourhood;
import org.ortakakil.requests.RequestState;
import org.ortakakil.requests.ServiceCategoryView;
import org.ortakakil.requests.internal.CatalogueStore;
import org.ortakakil.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Reads the filters of the public pages, the CSVs and the JSON from their query parameters, the same way
 * for all: an unknown district or category, a status that is neither open/closed nor a state, a
 * neighbourhood that is not a number or not known, or a date that is not {@code yyyy-MM-dd} is INVALID
 * with a message naming it. A neighbourhood outside the chosen district is left out rather than refused:
 * it is what a page sends when the district was changed and the neighbourhood list not yet refreshed.
 * Also the names the pages and CSVs show for districts, neighbourhoods and categories.
 */
@Component
class RequestFilters {

	static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

	private final Geography geography;
	private final CatalogueStore catalogue;
	private final Clock clock;

	RequestFilters(Geography geography, CatalogueStore catalogue, Clock clock) {
		this.geography = geography;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	RequestFilter parse(String district, String neighbourhood, String category, String status) {
		District chosen = district(district);
		Neighbourhood place = neighbourhood(neighbourhood);
		if (place != null && chosen != null && place.districtId() != chosen.id()) {
			place = null;
		}
		if (place != null && chosen == null) {
			chosen = geography.district(place.districtId()).orElse(null);
		}
		String code = blankToNull(category);
		if (code != null && catalogue.any(code).isEmpty()) {
			throw DomainException.invalid("transparency.category-unknown", code);
		}
		String choice = blankToNull(status);
		if (choice == null) {
			return new RequestFilter(chosen, place, code, null, null);
		}
		if (choice.equals("open") || choice.equals("closed")) {
			return new RequestFilter(chosen, place, code, choice, null);
		}
		try {
			return new RequestFilter(chosen, place, code, null, RequestState.valueOf(choice.toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException e) {
			throw DomainException.invalid("transparency.status-invalid", choice);
		}
	}

	/** The district with the slug; null for none; INVALID for an unknown one. */
	District district(String slug) {
		String given = blankToNull(slug);
		if (given == null) {
			return null;
		}
		return geography.district(given)
			.orElseThrow(() -> DomainException.invalid("transparency.district-unknown", given));
	}

	/** The date, {@code yyyy-MM-dd} as a date field sends it; {@code absent} when empty. */
	LocalDate date(String name, String value, LocalDate absent) {
		String given = blankToNull(value);
		if (given == null) {
			return absent;
		}
		try {
			return LocalDate.parse(given);
		}
		catch (DateTimeParseException e) {
			throw DomainException.invalid("transparency.date-invalid", name, given);
		}
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(ISTANBUL));
	}

	List<District> districts() {
		return geography.districts();
	}

	Map<Integer, District> districtsById() {
		return geography.districts().stream().collect(Collectors.toMap(District::id, Function.identity()));
	}

	List<Neighbourhood> neighbourhoods(District district) {
		return district == null ? List.of() : geography.neighbourhoods(district.slug());
	}

	String neighbourhoodName(Integer id) {
		return id == null ? "" : geography.neighbourhood(id).map(Neighbourhood::name).orElse("");
	}

	/** Every category (inactive ones too: old requests have them) by code, in the order of their names. */
	Map<String, ServiceCategoryView> categories(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return catalogue.all().stream()
			.sorted(Comparator.comparing(c -> c.name().in(locale), collator))
			.collect(Collectors.toMap(ServiceCategoryView::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	private Neighbourhood neighbourhood(String id) {
		String given = blankToNull(id);
		if (given == null) {
			return null;
		}
		try {
			return geography.neighbourhood(Integer.parseInt(given))
				.orElseThrow(() -> DomainException.invalid("transparency.neighbourhood-unknown", given));
		}
		catch (NumberFormatException e) {
			throw DomainException.invalid("transparency.neighbourhood-unknown", given);
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
