package org.ortakakil.geography.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ortakakil.geography.Crossing;
import org.ortakakil.geography.District;
import org.ortakakil.geography.GeoPoint;
import org.ortakakil.geography.Geography;
import org.ortakakil.geography.Neighbour;
import org.ortakakil.geography.Neighbourhood;
import org.ortakakil.geography.Province;
import org.ortakakil.geography.Side;
import org.ortakakil.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the geography tables once, on first use, into an {@link Atlas}. The data changes only with a
 * migration, that is with a new release, so nothing here ever needs to be refreshed.
 */
@Service("geography")
class JdbcGeography implements Geography {

	static final String ATTRIBUTION = "Map and boundary data © OpenStreetMap contributors (ODbL 1.0). "
			+ "Neighbourhood list and population: TÜİK, via turkiye-api (MIT).";

	private final JdbcClient jdbc;
	private final JsonMapper json = JsonMapper.builder().build();
	private volatile Atlas atlas;

	JdbcGeography(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Atlas atlas() {
		Atlas current = atlas;
		if (current == null) {
			synchronized (this) {
				if (atlas == null) {
					atlas = load();
				}
				current = atlas;
			}
		}
		return current;
	}

	@Override
	public List<District> districts() {
		return atlas().districts();
	}

	@Override
	public Optional<District> district(String slug) {
		return Optional.ofNullable(slug == null ? null : atlas().districtsBySlug().get(slug));
	}

	@Override
	public Optional<District> district(int id) {
		return Optional.ofNullable(atlas().districtsById().get(id));
	}

	@Override
	public District requireDistrict(String slug) {
		return district(slug).orElseThrow(() -> DomainException.notFound("district.not-found", slug));
	}

	@Override
	public List<Neighbourhood> neighbourhoods(String districtSlug) {
		return atlas().neighbourhoodsByDistrict().getOrDefault(requireDistrict(districtSlug).id(), List.of());
	}

	@Override
	public Optional<Neighbourhood> neighbourhood(int id) {
		return Optional.ofNullable(atlas().neighbourhoodsById().get(id));
	}

	@Override
	public List<Neighbour> neighbours(String districtSlug) {
		return atlas().neighboursByDistrict().getOrDefault(requireDistrict(districtSlug).id(), List.of());
	}

	@Override
	public List<Province> marmaraProvinces() {
		return atlas().provinces();
	}

	@Override
	public Optional<Province> province(int id) {
		return atlas().provinces().stream().filter(p -> p.id() == id).findFirst();
	}

	@Override
	public Optional<District> locate(GeoPoint point) {
		return atlas().locate(point);
	}

	@Override
	public void requireDistricts(Collection<Integer> districtIds) {
		for (Integer id : districtIds) {
			if (id == null || district(id).isEmpty()) {
				throw DomainException.invalid("district.unknown", String.valueOf(id));
			}
		}
	}

	@Override
	public String attribution() {
		return ATTRIBUTION;
	}

	@Override
	public String boundariesGeoJson() {
		return atlas().boundariesGeoJson();
	}

	private Atlas load() {
		Map<Integer, Integer> neighbourhoodCounts = new HashMap<>();
		jdbc.sql("SELECT district_id, COUNT(*) AS n FROM geo_neighbourhood GROUP BY district_id")
				.query((rs, i) -> neighbourhoodCounts.put(rs.getInt("district_id"), rs.getInt("n")))
				.list();
		Map<Integer, Boundary> boundaries = new HashMap<>();
		ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
		ArrayNode features = collection.putArray("features");
		List<District> districts = jdbc.sql("SELECT * FROM geo_district").query((rs, i) -> {
			int id = rs.getInt("id");
			JsonNode geometry = json.readTree(rs.getString("boundary_geojson"));
			boundaries.put(id, Boundary.fromGeoJson(geometry));
			District district = new District(id, rs.getString("slug"), rs.getString("name"),
					Side.valueOf(rs.getString("side")), rs.getLong("population"), rs.getBigDecimal("area_km2"),
					neighbourhoodCounts.getOrDefault(id, 0),
					new GeoPoint(rs.getDouble("centroid_lat"), rs.getDouble("centroid_lon")));
			ObjectNode feature = features.addObject().put("type", "Feature");
			feature.putObject("properties").put("slug", district.slug()).put("name", district.name())
					.put("side", district.side().name());
			feature.set("geometry", geometry);
			return district;
		}).list();
		List<Neighbourhood> neighbourhoods = jdbc.sql("SELECT * FROM geo_neighbourhood")
				.query((rs, i) -> new Neighbourhood(rs.getInt("id"), rs.getInt("district_id"), rs.getString("slug"),
						rs.getString("name"), rs.getLong("population")))
				.list();
		Map<Integer, District> byId = new HashMap<>();
		districts.forEach(d -> byId.put(d.id(), d));
		Map<Integer, List<Neighbour>> neighbours = new HashMap<>();
		jdbc.sql("SELECT district_a, district_b, crossing, distance_m FROM geo_adjacency").query((rs, i) -> {
			District a = byId.get(rs.getInt("district_a"));
			District b = byId.get(rs.getInt("district_b"));
			Crossing crossing = Crossing.valueOf(rs.getString("crossing"));
			int distance = rs.getInt("distance_m");
			neighbours.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(new Neighbour(b.slug(), b.name(), crossing, distance));
			neighbours.computeIfAbsent(b.id(), k -> new ArrayList<>()).add(new Neighbour(a.slug(), a.name(), crossing, distance));
			return null;
		}).list();
		Map<Integer, List<Neighbour>> sortedNeighbours = new HashMap<>();
		neighbours.forEach((id, list) -> sortedNeighbours.put(id, list.stream()
				.sorted(Comparator.comparing(Neighbour::crossing).thenComparing(Neighbour::name, Atlas.TURKISH))
				.toList()));
		List<Province> provinces = jdbc.sql("SELECT id, slug, name FROM geo_province")
				.query((rs, i) -> new Province(rs.getInt("id"), rs.getString("slug"), rs.getString("name")))
				.list().stream()
				// İstanbul first, then the others alphabetically
				.sorted(Comparator.comparing((Province p) -> p.id() != 34).thenComparing(Province::name, Atlas.TURKISH))
				.toList();
		return Atlas.of(districts, neighbourhoods, sortedNeighbours, boundaries, provinces, json.writeValueAsString(collection));
	}
}
