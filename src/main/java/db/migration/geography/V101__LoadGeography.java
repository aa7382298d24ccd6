package db.migration.geography;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.ortakakil.shared.Slug;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the project's copy of the İstanbul geography (src/main/resources/geo, see SOURCES.md there)
 * once per database, under Flyway's lock, so several instances starting together load it once.
 * A Flyway Java migration of the geography module: Flyway finds it by its package and name, so every
 * application context, whichever modules it starts, migrates the same way.
 */
public class V101__LoadGeography extends BaseJavaMigration {

	static final String[] FILES = { "istanbul-districts-2025.csv", "istanbul-district-centroids.csv",
			"istanbul-district-sides.csv", "istanbul-mahalleler-2023.csv", "istanbul-district-adjacency.csv",
			"istanbul-district-near-pairs.csv", "istanbul-ilceler-simplified.geojson" };

	@Override
	public Integer getChecksum() {
		CRC32 crc = new CRC32();
		for (String file : FILES) {
			try (InputStream in = resource(file)) {
				crc.update(in.readAllBytes());
			}
			catch (IOException e) {
				throw new IllegalStateException("Cannot read geo/" + file, e);
			}
		}
		return (int) crc.getValue();
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		Map<String, Integer> idsByName = insertDistricts(connection);
		insertNeighbourhoods(connection);
		insertAdjacency(connection, idsByName);
	}

	private Map<String, Integer> insertDistricts(Connection connection) throws IOException, SQLException {
		Map<String, String[]> centroids = byFirstColumn(read("istanbul-district-centroids.csv"));
		Map<String, String[]> sides = byFirstColumn(read("istanbul-district-sides.csv"));
		Map<String, JsonNode> boundaries = new HashMap<>();
		try (InputStream in = resource("istanbul-ilceler-simplified.geojson")) {
			for (JsonNode feature : JsonMapper.builder().build().readTree(in).get("features")) {
				boundaries.put(feature.get("properties").get("name").asString(), feature);
			}
		}
		Map<String, Integer> ids = new HashMap<>();
		String sql = "INSERT INTO geo_district (id, slug, name, side, population, area_km2, centroid_lat, centroid_lon,"
				+ " osm_relation_id, boundary_geojson) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
		try (PreparedStatement insert = connection.prepareStatement(sql)) {
			for (String[] row : read("istanbul-districts-2025.csv")) {
				String name = row[0];
				String[] centroid = require(centroids.get(name), name, "centroid");
				JsonNode feature = require(boundaries.get(name), name, "boundary");
				int id = Integer.parseInt(row[1]);
				ids.put(name, id);
				insert.setInt(1, id);
				insert.setString(2, Slug.from(name).value());
				insert.setString(3, name);
				insert.setString(4, require(sides.get(name), name, "side")[1]);
				insert.setLong(5, Long.parseLong(row[2]));
				insert.setBigDecimal(6, new BigDecimal(centroid[6]));
				insert.setDouble(7, Double.parseDouble(centroid[2]));
				insert.setDouble(8, Double.parseDouble(centroid[3]));
				insert.setLong(9, Long.parseLong(centroid[1]));
				insert.setString(10, feature.get("geometry").toString());
				insert.addBatch();
			}
			insert.executeBatch();
		}
		return ids;
	}

	private void insertNeighbourhoods(Connection connection) throws IOException, SQLException {
		String sql = "INSERT INTO geo_neighbourhood (id, district_id, slug, name, population) VALUES (?, ?, ?, ?, ?)";
		try (PreparedStatement insert = connection.prepareStatement(sql)) {
			for (String[] row : read("istanbul-mahalleler-2023.csv")) {
				insert.setInt(1, Integer.parseInt(row[3]));
				insert.setInt(2, Integer.parseInt(row[1]));
				insert.setString(3, Slug.from(row[2]).value());
				insert.setString(4, row[2]);
				insert.setLong(5, Long.parseLong(row[4]));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private void insertAdjacency(Connection connection, Map<String, Integer> ids) throws IOException, SQLException {
		String sql = "INSERT INTO geo_adjacency (district_a, district_b, crossing, distance_m) VALUES (?, ?, ?, ?)";
		try (PreparedStatement insert = connection.prepareStatement(sql)) {
			addPairs(insert, ids, read("istanbul-district-adjacency.csv"), "LAND");
			addPairs(insert, ids, read("istanbul-district-near-pairs.csv"), "WATER");
			insert.executeBatch();
		}
	}

	/** Land pairs carry the shared border length, water pairs the gap; both fit in distance_m. */
	private static void addPairs(PreparedStatement insert, Map<String, Integer> ids, List<String[]> rows,
			String crossing) throws SQLException {
		for (String[] row : rows) {
			int a = require(ids.get(row[0]), row[0], "district");
			int b = require(ids.get(row[1]), row[1], "district");
			insert.setInt(1, Math.min(a, b));
			insert.setInt(2, Math.max(a, b));
			insert.setString(3, crossing);
			insert.setInt(4, Integer.parseInt(row[2]));
			insert.addBatch();
		}
	}

	private static <T> T require(T value, String district, String what) {
		if (value == null) {
			throw new IllegalStateException("Geography data has no " + what + " for " + district);
		}
		return value;
	}

	private static Map<String, String[]> byFirstColumn(List<String[]> rows) {
		Map<String, String[]> map = new HashMap<>();
		rows.forEach(row -> map.put(row[0], row));
		return map;
	}

	/** The files are plain CSV without quoted fields; the header line is skipped. */
	private static List<String[]> read(String file) throws IOException {
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource(file), StandardCharsets.UTF_8))) {
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank()) {
					rows.add(line.split(",", -1));
				}
			}
		}
		return rows;
	}

	private static InputStream resource(String file) throws IOException {
		return new ClassPathResource("geo/" + file).getInputStream();
	}
}
