package org.ortakakil.requests.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.ortakakil.geography.Geography;
import org.ortakakil.requests.AttributeValue;
import org.ortakakil.requests.Priority;
import org.ortakakil.requests.ServiceAttributeView;
import org.ortakakil.requests.ServiceCategoryChanged;
import org.ortakakil.requests.ServiceCategoryChanged.Change;
import org.ortakakil.requests.ServiceCategoryView;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' changes to the catalogue. Checks what only the database and the geography can
 * tell (free codes, real districts), stores all or nothing, and publishes each change for the audit log.
 */
@Service
@Transactional
public class CatalogueAdministration {

	private final JdbcClient jdbc;
	private final CatalogueStore store;
	private final Geography geography;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CatalogueAdministration(JdbcClient jdbc, CatalogueStore store, Geography geography,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.geography = geography;
		this.events = events;
		this.clock = clock;
	}

	public long create(CategoryDraft draft, Actor actor) {
		if (store.any(draft.code()).isPresent()) {
			throw DomainException.conflict("services.code-taken", draft.code());
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO service_category (code, name, description, service_group, keywords, is_private, motorized,
				    default_unit, active, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(draft.code(), draft.name().toJson(), json(draft), draft.group().name(),
					String.join(", ", draft.keywords()), draft.isPrivate(), draft.motorized(), draft.defaultUnit(),
					draft.active(), now, now)
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		targets(id, draft.targetHours());
		publish(id, draft.code(), Change.CREATED, "", actor);
		return id;
	}

	/** Everything but the code, which clients and routing know the category by. */
	public void edit(String code, CategoryDraft draft, Actor actor) {
		ServiceCategoryView category = category(code);
		if (!draft.code().equals(code)) {
			throw DomainException.invalid("services.code-fixed", code);
		}
		jdbc.sql("""
				UPDATE service_category SET name = ?, description = ?, service_group = ?, keywords = ?, is_private = ?,
				    motorized = ?, default_unit = ?, active = ? WHERE id = ?""")
			.params(draft.name().toJson(), json(draft), draft.group().name(), String.join(", ", draft.keywords()),
					draft.isPrivate(), draft.motorized(), draft.defaultUnit(), draft.active(), category.id())
			.update();
		jdbc.sql("DELETE FROM service_target WHERE category_id = ?").param(category.id()).update();
		targets(category.id(), draft.targetHours());
		changed(category, Change.EDITED, "", actor);
	}

	public void addAttribute(String code, AttributeDraft draft, Actor actor) {
		ServiceCategoryView category = category(code);
		if (category.attributes().stream().anyMatch(a -> a.code().equals(draft.code()))) {
			throw DomainException.conflict("services.attribute-code-taken", draft.code());
		}
		int order = category.attributes().stream().mapToInt(ServiceAttributeView::order).max().orElse(0) + 1;
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO service_attribute (category_id, code, sort_order, datatype, required, variable, description,
				    datatype_description)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(category.id(), draft.code(), order, draft.datatype().name(), draft.required(), draft.variable(),
					draft.description().toJson(), draft.datatypeDescription())
			.update(key, "id");
		long attributeId = key.getKeyAs(Number.class).longValue();
		int position = 1;
		for (AttributeValue value : draft.values()) {
			jdbc.sql("INSERT INTO service_attribute_value (attribute_id, value_key, name, sort_order) VALUES (?, ?, ?, ?)")
				.params(attributeId, value.key(), value.name().toJson(), position++)
				.update();
		}
		changed(category, Change.ATTRIBUTE_ADDED, draft.code(), actor);
	}

	public void removeAttribute(String code, String attributeCode, Actor actor) {
		ServiceCategoryView category = category(code);
		if (jdbc.sql("DELETE FROM service_attribute WHERE category_id = ? AND code = ?")
			.params(category.id(), attributeCode).update() == 0) {
			throw DomainException.notFound("services.attribute-not-found", attributeCode);
		}
		renumber(category.id());
		changed(category, Change.ATTRIBUTE_REMOVED, attributeCode, actor);
	}

	/** Moves the attribute one place up ({@code -1}) or down ({@code 1}); at either end it stays. */
	public void moveAttribute(String code, String attributeCode, int direction, Actor actor) {
		ServiceCategoryView category = category(code);
		List<ServiceAttributeView> attributes = category.attributes();
		int index = indexOf(attributes, attributeCode);
		int other = index + Integer.signum(direction);
		if (other < 0 || other >= attributes.size()) {
			return;
		}
		setOrder(category.id(), attributes.get(index).code(), attributes.get(other).order());
		setOrder(category.id(), attributes.get(other).code(), attributes.get(index).order());
		changed(category, Change.ATTRIBUTE_MOVED, attributeCode, actor);
	}

	/** Requests of the category in the district go to the unit; replaces the district's rule if it had one. */
	public void setRouting(String code, int districtId, String unitKey, Actor actor) {
		ServiceCategoryView category = category(code);
		String unit = CategoryDraft.unitKey(unitKey);
		if (geography.district(districtId).isEmpty()) {
			throw DomainException.invalid("district.unknown", districtId);
		}
		jdbc.sql("DELETE FROM service_routing_rule WHERE category_id = ? AND district_id = ?")
			.params(category.id(), districtId).update();
		jdbc.sql("INSERT INTO service_routing_rule (category_id, district_id, unit_key) VALUES (?, ?, ?)")
			.params(category.id(), districtId, unit).update();
		changed(category, Change.ROUTING_SET, districtId + " " + unit, actor);
	}

	public void removeRouting(String code, int districtId, Actor actor) {
		ServiceCategoryView category = category(code);
		if (jdbc.sql("DELETE FROM service_routing_rule WHERE category_id = ? AND district_id = ?")
			.params(category.id(), districtId).update() == 0) {
			throw DomainException.notFound("services.routing-not-found", districtId);
		}
		changed(category, Change.ROUTING_REMOVED, String.valueOf(districtId), actor);
	}

	private ServiceCategoryView category(String code) {
		return store.any(code).orElseThrow(() -> DomainException.notFound("services.not-found", code));
	}

	private static int indexOf(List<ServiceAttributeView> attributes, String code) {
		for (int i = 0; i < attributes.size(); i++) {
			if (attributes.get(i).code().equals(code)) {
				return i;
			}
		}
		throw DomainException.notFound("services.attribute-not-found", code);
	}

	private void renumber(long categoryId) {
		List<String> codes = jdbc.sql("SELECT code FROM service_attribute WHERE category_id = ? ORDER BY sort_order")
			.param(categoryId).query(String.class).list();
		for (int i = 0; i < codes.size(); i++) {
			setOrder(categoryId, codes.get(i), i + 1);
		}
	}

	private void setOrder(long categoryId, String attributeCode, int order) {
		jdbc.sql("UPDATE service_attribute SET sort_order = ? WHERE category_id = ? AND code = ?")
			.params(order, categoryId, attributeCode).update();
	}

	private void targets(long categoryId, Map<Priority, Integer> hours) {
		hours.forEach((priority, target) -> jdbc
			.sql("INSERT INTO service_target (category_id, priority, hours) VALUES (?, ?, ?)")
			.params(categoryId, priority.name(), target).update());
	}

	private static String json(CategoryDraft draft) {
		return draft.description() == null ? null : draft.description().toJson();
	}

	private void changed(ServiceCategoryView category, Change change, String detail, Actor actor) {
		jdbc.sql("UPDATE service_category SET updated_at = ? WHERE id = ?")
			.params(OffsetDateTime.now(clock), category.id()).update();
		publish(category.id(), category.code(), change, detail, actor);
	}

	private void publish(long id, String code, Change change, String detail, Actor actor) {
		events.publishEvent(new ServiceCategoryChanged(id, code, change, detail, actor, Instant.now(clock)));
	}
}
