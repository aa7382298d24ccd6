package org.ortakakil.requests.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.ortakakil.requests.AttributeDatatype;
import org.ortakakil.requests.AttributeValue;
import org.ortakakil.requests.Priority;
import org.ortakakil.requests.RoutingRule;
import org.ortakakil.requests.ServiceAttributeView;
import org.ortakakil.requests.ServiceCatalogue;
import org.ortakakil.requests.ServiceCategoryView;
import org.ortakakil.requests.ServiceGroup;
import org.ortakakil.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the catalogue: a category with its attributes, values, targets and routing rules, in five
 * queries however many categories are read. Administrators see inactive categories too. The whole
 * catalogue is kept in memory and read again when its version (the number of categories and the last
 * change, which every administrative change moves) differs, so every instance sees a change at once
 * and a request costs one small query instead of five.
 */
@Service
@Transactional(readOnly = true)
public class CatalogueStore implements ServiceCatalogue {

	private static final String CATEGORIES = """
			SELECT id, code, name, description, service_group, keywords, is_private, motorized, active, default_unit
			FROM service_category""";

	private final JdbcClient jdbc;
	private volatile Snapshot snapshot = new Snapshot("", List.of());

	private record Snapshot(String version, List<ServiceCategoryView> all) {
	}

	CatalogueStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<ServiceCategoryView> category(String code) {
		return any(code).filter(ServiceCategoryView::active);
	}

	@Override
	public List<ServiceCategoryView> categories() {
		return all().stream().filter(ServiceCategoryView::active).toList();
	}

	@Override
	public Optional<String> unitFor(String code, int districtId) {
		return category(code).map(category -> category.unitFor(districtId));
	}

	/** The category with the code, active or not. */
	public Optional<ServiceCategoryView> any(String code) {
		return all().stream().filter(category -> category.code().equals(code)).findFirst();
	}

	/** Every category, active or not, by group and then code. */
	public List<ServiceCategoryView> all() {
		String version = jdbc.sql("SELECT COUNT(*), MAX(updated_at) FROM service_category")
			.query((rs, n) -> rs.getLong(1) + "/" + rs.getObject(2, OffsetDateTime.class)).single();
		Snapshot current = snapshot;
		if (!current.version().equals(version)) {
			List<ServiceCategoryView> categories = new ArrayList<>(read(CATEGORIES));
			categories.sort((a, b) -> a.group() != b.group() ? a.group().compareTo(b.group())
					: a.code().compareTo(b.code()));
			current = new Snapshot(version, List.copyOf(categories));
			snapshot = current;
		}
		return current.all();
	}

	/** When the catalogue last changed, for Open311 discovery's {@code changeset}; empty when it is empty. */
	public Optional<OffsetDateTime> lastChanged() {
		return jdbc.sql("SELECT MAX(updated_at) FROM service_category").query(OffsetDateTime.class).list().stream()
			.filter(Objects::nonNull).findFirst();
	}

	private List<ServiceCategoryView> read(String sql, Object... params) {
		List<Row> rows = jdbc.sql(sql).params(params).query(CatalogueStore::row).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<ServiceAttributeView>> attributes = attributes();
		Map<Long, Map<Priority, Integer>> targets = new HashMap<>();
		jdbc.sql("SELECT category_id, priority, hours FROM service_target").query(rs -> {
			targets.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(Priority.class))
				.put(Priority.valueOf(rs.getString(2)), rs.getInt(3));
		});
		Map<Long, List<RoutingRule>> routing = new HashMap<>();
		jdbc.sql("SELECT category_id, district_id, unit_key FROM service_routing_rule ORDER BY district_id").query(rs -> {
			routing.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
				.add(new RoutingRule(rs.getInt(2), rs.getString(3)));
		});
		return rows.stream().map(r -> new ServiceCategoryView(r.id, r.code, r.name, r.description, r.group,
				CategoryDraft.keywords(r.keywords).stream().map(String::strip).toList(), r.isPrivate, r.motorized,
				r.active, r.defaultUnit, attributes.getOrDefault(r.id, List.of()), targets.getOrDefault(r.id, Map.of()),
				routing.getOrDefault(r.id, List.of()))).toList();
	}

	private Map<Long, List<ServiceAttributeView>> attributes() {
		Map<Long, List<AttributeValue>> values = new HashMap<>();
		jdbc.sql("SELECT attribute_id, value_key, name FROM service_attribute_value ORDER BY attribute_id, sort_order")
			.query(rs -> {
				values.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
					.add(new AttributeValue(rs.getString(2), LocalizedText.fromJson(rs.getString(3))));
			});
		Map<Long, List<ServiceAttributeView>> attributes = new HashMap<>();
		jdbc.sql("""
				SELECT id, category_id, code, sort_order, datatype, required, variable, description, datatype_description
				FROM service_attribute ORDER BY category_id, sort_order""").query(rs -> {
			attributes.computeIfAbsent(rs.getLong(2), id -> new ArrayList<>())
				.add(new ServiceAttributeView(rs.getString(3), rs.getInt(4), AttributeDatatype.valueOf(rs.getString(5)),
						rs.getBoolean(6), rs.getBoolean(7), LocalizedText.fromJson(rs.getString(8)), rs.getString(9),
						values.getOrDefault(rs.getLong(1), List.of())));
		});
		return attributes;
	}

	private static Row row(ResultSet rs, int number) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("code"), LocalizedText.fromJson(rs.getString("name")),
				LocalizedText.fromJson(rs.getString("description")), ServiceGroup.valueOf(rs.getString("service_group")),
				rs.getString("keywords"), rs.getBoolean("is_private"), rs.getBoolean("motorized"),
				rs.getBoolean("active"), rs.getString("default_unit"));
	}

	private record Row(long id, String code, LocalizedText name, LocalizedText description, ServiceGroup group,
			String keywords, boolean isPrivate, boolean motorized, boolean active, String defaultUnit) {
	}
}
