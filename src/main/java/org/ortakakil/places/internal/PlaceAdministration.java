package org.ortakakil.places.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.ortakakil.geography.District;
import org.ortakakil.geography.Geography;
import org.ortakakil.places.OpeningHours;
import org.ortakakil.places.PlaceService;
import org.ortakakil.places.TimetableStop;
import org.ortakakil.places.WifiStatus;
import org.ortakakil.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates places and keeps their Wi-Fi status. Checks what only the geography and the database can
 * tell: the district and neighbourhood exist and hold the position, the slug is free. All or nothing.
 */
@Service
@Transactional
public class PlaceAdministration {

	private final JdbcClient jdbc;
	private final Geography geography;
	private final Clock clock;

	PlaceAdministration(JdbcClient jdbc, Geography geography, Clock clock) {
		this.jdbc = jdbc;
		this.geography = geography;
		this.clock = clock;
	}

	public long create(PlaceDraft draft) {
		District district = geography.district(draft.districtId())
			.orElseThrow(() -> DomainException.invalid("district.unknown", draft.districtId()));
		if (draft.neighbourhoodId() != null && geography.neighbourhood(draft.neighbourhoodId())
			.filter(n -> n.districtId() == district.id()).isEmpty()) {
			throw DomainException.invalid("neighbourhood.unknown", draft.neighbourhoodId());
		}
		if (geography.locate(draft.position()).filter(d -> d.id() == district.id()).isEmpty()) {
			throw DomainException.invalid("places.position-outside-district", district.name());
		}
		if (jdbc.sql("SELECT COUNT(*) FROM place WHERE slug = ?").param(draft.slug().value()).query(Integer.class)
			.single() > 0) {
			throw DomainException.conflict("places.slug-taken", draft.slug().value());
		}
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO place (place_type, slug, name, address, district_id, neighbourhood_id, latitude, longitude,
				    accessibility, wifi_ssid, wifi_status, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(draft.type().name(), draft.slug().value(), draft.name().toJson(), draft.address(), district.id(),
					draft.neighbourhoodId(), draft.position().lat(), draft.position().lon(),
					draft.accessibility() == null ? null : draft.accessibility().toJson(),
					draft.wifi() == null ? null : draft.wifi().ssid(),
					draft.wifi() == null ? null : draft.wifi().status().name(), OffsetDateTime.now(clock))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		for (OpeningHours hours : draft.hours()) {
			jdbc.sql("INSERT INTO place_hours (place_id, weekday, opens, closes) VALUES (?, ?, ?, ?)")
				.params(id, hours.day().getValue(), hours.opens(), hours.closes())
				.update();
		}
		for (PlaceService service : draft.services()) {
			jdbc.sql("INSERT INTO place_service (place_id, service) VALUES (?, ?)").params(id, service.code()).update();
		}
		for (TimetableStop stop : draft.timetable()) {
			if (geography.locate(stop.position()).filter(d -> d.id() == stop.districtId()).isEmpty()) {
				throw DomainException.invalid("places.position-outside-district",
						geography.district(stop.districtId()).map(District::name).orElse(String.valueOf(stop.districtId())));
			}
			jdbc.sql("""
					INSERT INTO place_stop (place_id, weekday, starts_at, ends_at, address, district_id, latitude, longitude)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, stop.day().getValue(), stop.from(), stop.until(), stop.address(), stop.districtId(),
						stop.position().lat(), stop.position().lon())
				.update();
		}
		return id;
	}

	/** What the network operations centre reports; only a place with Wi-Fi has a status. */
	public void reportWifi(long placeId, WifiStatus status) {
		if (jdbc.sql("UPDATE place SET wifi_status = ? WHERE id = ? AND wifi_ssid IS NOT NULL")
			.params(status.name(), placeId).update() == 0) {
			throw DomainException.notFound("places.not-found", placeId);
		}
	}
}
