package org.ortakakil.places.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.ortakakil.geography.District;
import org.ortakakil.geography.Geography;
import org.ortakakil.places.PlaceType;
import org.ortakakil.places.PlaceView;
import org.ortakakil.places.Places;
import org.ortakakil.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * What the pages and the API share: reading the type and district filters as a client wrote them,
 * and the wall-clock time in İstanbul that "open now" is judged by.
 */
@Component
class PlaceFilters {

	private final Places places;
	private final Geography geography;
	private final Clock clock;

	PlaceFilters(Places places, Geography geography, Clock clock) {
		this.places = places;
		this.geography = geography;
		this.clock = clock;
	}

	/** An unknown slug is a client's mistake, answered with a clear error rather than an empty list. */
	Optional<District> district(String slug) {
		if (slug == null || slug.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(geography.district(slug.strip())
			.orElseThrow(() -> DomainException.invalid("district.unknown", slug)));
	}

	List<PlaceView> find(PlaceType type, Optional<District> district) {
		return places.find(type, district.map(District::id).orElse(null));
	}

	/** The clock is the application's, in Europe/Istanbul: opening hours are İstanbul's wall-clock times. */
	LocalDateTime now() {
		return LocalDateTime.now(clock);
	}

	String districtSlug(int id) {
		return geography.district(id).map(District::slug).orElse(null);
	}
}
