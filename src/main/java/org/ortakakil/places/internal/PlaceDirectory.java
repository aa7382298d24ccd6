package org.ortakakil.places.internal;

import java.text.Collator;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ortakakil.geography.GeoPoint;
import org.ortakakil.geography.Geography;
import org.ortakakil.places.Nearby;
import org.ortakakil.places.OpeningHours;
import org.ortakakil.places.PlaceService;
import org.ortakakil.places.PlaceType;
import org.ortakakil.places.PlaceView;
import org.ortakakil.places.Places;
import org.ortakakil.places.TimetableStop;
import org.ortakakil.places.Wifi;
import org.ortakakil.places.WifiStatus;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of places. The nearest search lets the database narrow the candidates by type,
 * service and a bounding box, widening the box until enough are found, and measures in Java.
 */
@Service
@Transactional(readOnly = true)
class PlaceDirectory implements Places {

	static final double FIRST_RADIUS_METRES = 20_000;
	/** Wider than İstanbul from Silivri to Şile: after this the whole table is the candidate set. */
	static final double LAST_RADIUS_METRES = 160_000;
	/** A point on the water this close to İstanbul's land (the Bosphorus, a ferry, the shore) still counts. */
	static final double SHORE_METRES = 2_000;

	private static final Comparator<PlaceView> BY_NAME = Comparator.comparing(p -> p.name().turkish(),
			Collator.getInstance(Locale.forLanguageTag("tr")));

	private final JdbcClient jdbc;
	private final Geography geography;

	PlaceDirectory(JdbcClient jdbc, Geography geography) {
		this.jdbc = jdbc;
		this.geography = geography;
	}

	@Override
	public Optional<PlaceView> place(long id) {
		return places("p.id = ?", id).stream().findFirst();
	}

	@Override
	public Optional<PlaceView> place(String slug) {
		return places("p.slug = ?", slug).stream().findFirst();
	}

	@Override
	public List<PlaceView> find(PlaceType type, Integer districtId) {
		return matching(type, districtId, null, null).stream().sorted(BY_NAME).toList();
	}

	@Override
	public List<Nearby> nearest(GeoPoint point, PlaceType type, String service, int limit) {
		if (limit < 1 || limit > MAX_NEAREST) {
			throw DomainException.invalid("places.limit-invalid", MAX_NEAREST);
		}
		PlaceService wanted = PlaceService.parse(service);
		if (!inIstanbul(point)) {
			throw DomainException.invalid("places.outside-istanbul");
		}
		for (double radius = FIRST_RADIUS_METRES;; radius *= 2) {
			boolean last = radius >= LAST_RADIUS_METRES;
			List<Nearby> found = within(point, type, wanted, last ? Double.POSITIVE_INFINITY : radius);
			if (last || found.size() >= limit) {
				return found.subList(0, Math.min(limit, found.size()));
			}
		}
	}

	/** Nearest first; a box's corners lie beyond the radius, so what is farther is left for a wider search. */
	private List<Nearby> within(GeoPoint point, PlaceType type, PlaceService service, double radius) {
		Distance.Box box = Double.isInfinite(radius) ? null : Distance.around(point, radius);
		return matching(type, null, service, box).stream()
			.map(p -> new Nearby(p, (int) Math.round(Distance.metres(point, p.position()))))
			.filter(n -> n.distanceMetres() <= radius)
			.sorted(Comparator.comparingInt(Nearby::distanceMetres).thenComparingLong(n -> n.place().id()))
			.toList();
	}

	/** On the land of a district, or on the water within {@link #SHORE_METRES} of it. */
	boolean inIstanbul(GeoPoint point) {
		if (geography.locate(point).isPresent()) {
			return true;
		}
		for (int bearing = 0; bearing < 360; bearing += 45) {
			if (geography.locate(Distance.offset(point, SHORE_METRES, bearing)).isPresent()) {
				return true;
			}
		}
		return false;
	}

	/** Every filter is optional; the conditions are constants, the values bound. */
	private List<PlaceView> matching(PlaceType type, Integer districtId, PlaceService service, Distance.Box box) {
		List<String> conditions = new ArrayList<>();
		List<Object> values = new ArrayList<>();
		if (type != null) {
			conditions.add("p.place_type = ?");
			values.add(type.name());
		}
		if (districtId != null) {
			conditions.add("p.district_id = ?");
			values.add(districtId);
		}
		if (service != null) {
			conditions.add("EXISTS (SELECT 1 FROM place_service s WHERE s.place_id = p.id AND s.service = ?)");
			values.add(service.code());
		}
		if (box != null) {
			conditions.add("p.latitude BETWEEN ? AND ? AND p.longitude BETWEEN ? AND ?");
			values.addAll(List.of(box.minLat(), box.maxLat(), box.minLon(), box.maxLon()));
		}
		return places(conditions.isEmpty() ? null : String.join(" AND ", conditions), values.toArray());
	}

	/**
	 * {@code condition} is made of constants with {@code ?} placeholders; the child tables are read
	 * with the same condition, so any number of places costs four queries.
	 */
	private List<PlaceView> places(String condition, Object... values) {
		String where = condition == null ? "" : " WHERE " + condition;
		Map<Long, List<OpeningHours>> hours = new HashMap<>();
		jdbc.sql("SELECT h.* FROM place_hours h JOIN place p ON p.id = h.place_id" + where
				+ " ORDER BY h.place_id, h.weekday, h.opens")
			.params(values)
			.query((rs, i) -> hours.computeIfAbsent(rs.getLong("place_id"), k -> new ArrayList<>())
				.add(new OpeningHours(DayOfWeek.of(rs.getInt("weekday")), rs.getObject("opens", LocalTime.class),
						rs.getObject("closes", LocalTime.class))))
			.list();
		Map<Long, List<PlaceService>> services = new HashMap<>();
		jdbc.sql("SELECT s.* FROM place_service s JOIN place p ON p.id = s.place_id" + where)
			.params(values)
			.query((rs, i) -> services.computeIfAbsent(rs.getLong("place_id"), k -> new ArrayList<>())
				.add(PlaceService.parse(rs.getString("service"))))
			.list();
		Map<Long, List<TimetableStop>> stops = new HashMap<>();
		jdbc.sql("SELECT t.* FROM place_stop t JOIN place p ON p.id = t.place_id" + where
				+ " ORDER BY t.place_id, t.weekday, t.starts_at")
			.params(values)
			.query((rs, i) -> stops.computeIfAbsent(rs.getLong("place_id"), k -> new ArrayList<>())
				.add(new TimetableStop(DayOfWeek.of(rs.getInt("weekday")), rs.getObject("starts_at", LocalTime.class),
						rs.getObject("ends_at", LocalTime.class), rs.getString("address"), rs.getInt("district_id"),
						new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")))))
			.list();
		return jdbc.sql("SELECT p.* FROM place p" + where + " ORDER BY p.id")
			.params(values)
			.query((rs, i) -> {
				long id = rs.getLong("id");
				String ssid = rs.getString("wifi_ssid");
				return new PlaceView(id, PlaceType.valueOf(rs.getString("place_type")), rs.getString("slug"),
						LocalizedText.fromJson(rs.getString("name")), rs.getString("address"), rs.getInt("district_id"),
						rs.getObject("neighbourhood_id", Integer.class),
						new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")),
						hours.getOrDefault(id, List.of()),
						services.getOrDefault(id, List.of()).stream().sorted().toList(),
						LocalizedText.fromJson(rs.getString("accessibility")),
						ssid == null ? null : new Wifi(ssid, WifiStatus.valueOf(rs.getString("wifi_status"))),
						stops.getOrDefault(id, List.of()));
			})
			.list();
	}
}
