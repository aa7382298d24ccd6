package org.ortakakil.requests.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ortakakil.geography.District;
import org.ortakakil.geography.GeoPoint;
import org.ortakakil.geography.Geography;
import org.ortakakil.requests.AttributeDatatype;
import org.ortakakil.requests.AttributeValue;
import org.ortakakil.requests.Priority;
import org.ortakakil.requests.ServiceAttributeView;
import org.ortakakil.requests.ServiceCategoryView;
import org.ortakakil.requests.ServiceRequestSubmitted;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service requests: makes one after checking it as GeoReport v2 asks (an active category, a location,
 * the required answers of the right datatypes, a description of at most 4,000 characters, a point in
 * İstanbul), routes it to the category's unit for the district and publishes that for the audit log;
 * and finds requests as the public may see them. Ids are given at once (GeoReport's {@code realtime}).
 */
@Service
@Transactional
public class ServiceRequests {

	public static final int DESCRIPTION_MAX = 4000;
	public static final int PAGE_MAX = 1000;

	private static final String VIEW = """
			SELECT r.service_request_id, r.status, r.status_notes, r.category_code, r.description,
			r.agency_responsible, r.service_notice, r.requested_datetime, r.updated_datetime, r.expected_datetime,
			r.address_string, r.address_id, r.lat, r.lon, r.media_url, c.is_private
			FROM service_request r LEFT JOIN service_category c ON c.code = r.category_code""";

	private final JdbcClient jdbc;
	private final CatalogueStore catalogue;
	private final Geography geography;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ServiceRequests(JdbcClient jdbc, CatalogueStore catalogue, Geography geography, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.geography = geography;
		this.events = events;
		this.clock = clock;
	}

	/** Checks, stores and routes the request; its public id. */
	public ServiceRequestView create(RequestDraft draft, Actor actor) {
		String code = blankToNull(draft.serviceCode());
		if (code == null) {
			throw DomainException.invalid("requests.service-code-missing");
		}
		ServiceCategoryView category = catalogue.category(code)
			.orElseThrow(() -> DomainException.notFound("services.not-found", code));
		GeoPoint point = point(draft.lat(), draft.lon());
		String address = blankToNull(draft.addressString());
		String addressId = blankToNull(draft.addressId());
		if (point == null && address == null && addressId == null) {
			throw DomainException.invalid("requests.location-missing");
		}
		Integer districtId = null;
		if (point != null) {
			districtId = geography.locate(point).map(District::id)
				.orElseThrow(() -> DomainException.invalid("requests.outside-istanbul"));
		}
		Integer neighbourhoodId = draft.neighbourhoodId();
		if (neighbourhoodId != null) {
			Integer district = districtId;
			boolean inDistrict = geography.neighbourhood(neighbourhoodId)
				.filter(n -> district == null || n.districtId() == district).isPresent();
			if (!inDistrict) {
				throw DomainException.invalid("requests.neighbourhood-outside-district");
			}
			if (districtId == null) {
				districtId = geography.neighbourhood(neighbourhoodId).orElseThrow().districtId();
			}
		}
		String description = blankToNull(draft.description());
		if (description != null && description.length() > DESCRIPTION_MAX) {
			throw DomainException.invalid("requests.description-too-long", DESCRIPTION_MAX);
		}
		Map<String, List<String>> answers = answers(category, draft.attributes());
		String unit = category.unitFor(districtId == null ? 0 : districtId);
		OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
			.truncatedTo(ChronoUnit.SECONDS);
		Integer hours = category.targetHours().get(Priority.NORMAL);
		OffsetDateTime expected = hours == null ? null : now.plusHours(hours);
		String publicId = UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO service_request (service_request_id, category_code, status, state, description,
				lat, lon, address_string, address_id, district_id, neighbourhood_id, email, device_id, account_id,
				first_name, last_name, phone, media_url, channel, agency_responsible, requested_datetime,
				updated_datetime, expected_datetime, reporter, language)
				VALUES (?, ?, 'open', 'NEW', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(publicId, code, description, point == null ? null : point.lat(), point == null ? null : point.lon(),
					address, addressId, districtId, neighbourhoodId, blankToNull(draft.email()),
					blankToNull(draft.deviceId()), blankToNull(draft.accountId()), blankToNull(draft.firstName()),
					blankToNull(draft.lastName()), blankToNull(draft.phone()), blankToNull(draft.mediaUrl()),
					draft.channel().name(), unit, now, now, expected, blankToNull(draft.reporter()), draft.language())
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		answers.forEach((attribute, values) -> values.forEach(value -> jdbc
			.sql("INSERT INTO service_request_attribute (request_id, attribute_code, answer) VALUES (?, ?, ?)")
			.params(id, attribute, value).update()));
		jdbc.sql("""
				INSERT INTO service_request_update (request_id, happened_at, visibility, state_to, actor, assisted_by)
				VALUES (?, ?, 'PUBLIC', 'NEW', ?, ?)""").params(id, now, actor.name(), actor.assistedBy()).update();
		events.publishEvent(new ServiceRequestSubmitted(id, publicId, code, unit, draft.channel(), actor,
				now.toInstant()));
		return find(publicId).orElseThrow();
	}

	/** The request with the public id, as the public may see it. */
	@Transactional(readOnly = true)
	public Optional<ServiceRequestView> find(String serviceRequestId) {
		return jdbc.sql(VIEW + " WHERE r.service_request_id = ?").param(serviceRequestId).query(ServiceRequests::view)
			.optional();
	}

	/** The requests the query asks for, newest first, one page. */
	@Transactional(readOnly = true)
	public List<ServiceRequestView> search(RequestQuery query) {
		StringBuilder sql = new StringBuilder(VIEW).append(" WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		if (!query.ids().isEmpty()) {
			sql.append(" AND r.service_request_id IN (").append(marks(query.ids().size())).append(')');
			params.addAll(query.ids());
		}
		else {
			if (query.districtId() != null) {
				sql.append(" AND r.district_id = ?");
				params.add(query.districtId());
			}
			if (query.serviceCode() != null) {
				sql.append(" AND r.category_code = ?");
				params.add(query.serviceCode());
			}
			if (!query.statuses().isEmpty()) {
				sql.append(" AND r.status IN (").append(marks(query.statuses().size())).append(')');
				params.addAll(query.statuses());
			}
			condition(sql, params, "r.requested_datetime >= ?", query.from());
			condition(sql, params, "r.requested_datetime <= ?", query.to());
			condition(sql, params, "r.updated_datetime > ?", query.updatedAfter());
			condition(sql, params, "r.updated_datetime < ?", query.updatedBefore());
		}
		sql.append(" ORDER BY r.requested_datetime DESC, r.id DESC OFFSET ? ROWS FETCH FIRST ? ROWS ONLY");
		params.add((long) (query.page() - 1) * query.pageSize());
		params.add(query.pageSize());
		return jdbc.sql(sql.toString()).params(params).query(ServiceRequests::view).list();
	}

	/** The public id of the request a token stands for; empty while it is not known. NOT_FOUND for an unknown token. */
	@Transactional(readOnly = true)
	public Optional<String> byToken(String token) {
		List<Optional<String>> found = jdbc.sql("""
				SELECT r.service_request_id FROM open311_token t
				LEFT JOIN service_request r ON r.id = t.request_id WHERE t.token = ?""").param(token)
			.query((rs, n) -> Optional.ofNullable(rs.getString(1))).list();
		if (found.isEmpty()) {
			throw DomainException.notFound("requests.token-not-found", token);
		}
		return found.get(0);
	}

	private Map<String, List<String>> answers(ServiceCategoryView category, Map<String, List<String>> given) {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		for (String code : given.keySet()) {
			if (category.attributes().stream().noneMatch(a -> a.code().equals(code))) {
				throw DomainException.invalid("requests.attribute-unknown", code);
			}
		}
		for (ServiceAttributeView attribute : category.attributes()) {
			List<String> values = given.getOrDefault(attribute.code(), List.of()).stream().map(String::strip)
				.filter(v -> !v.isEmpty()).toList();
			if (values.isEmpty()) {
				if (attribute.required() && attribute.variable()) {
					throw DomainException.invalid("requests.attribute-missing", attribute.code());
				}
				continue;
			}
			if (!attribute.variable()) {
				continue;
			}
			if (!valid(attribute, values)) {
				throw DomainException.invalid("requests.attribute-invalid", attribute.code(),
						attribute.datatype().name());
			}
			answers.put(attribute.code(), values);
		}
		return answers;
	}

	private static boolean valid(ServiceAttributeView attribute, List<String> values) {
		if (attribute.datatype() == AttributeDatatype.multivaluelist) {
			return values.stream().allMatch(v -> isKey(attribute, v));
		}
		if (values.size() != 1) {
			return false;
		}
		String value = values.get(0);
		return switch (attribute.datatype()) {
			case number -> isNumber(value);
			case datetime -> isDateTime(value);
			case singlevaluelist -> isKey(attribute, value);
			default -> value.length() <= DESCRIPTION_MAX;
		};
	}

	private static boolean isKey(ServiceAttributeView attribute, String value) {
		return attribute.values().stream().map(AttributeValue::key).anyMatch(value::equals);
	}

	private static boolean isNumber(String value) {
		try {
			new BigDecimal(value);
			return true;
		}
		catch (NumberFormatException e) {
			return false;
		}
	}

	private static boolean isDateTime(String value) {
		try {
			OffsetDateTime.parse(value);
			return true;
		}
		catch (DateTimeParseException e) {
			try {
				LocalDateTime.parse(value);
				return true;
			}
			catch (DateTimeParseException again) {
				return false;
			}
		}
	}

	private static GeoPoint point(String lat, String lon) {
		String latitude = blankToNull(lat);
		String longitude = blankToNull(lon);
		if (latitude == null && longitude == null) {
			return null;
		}
		if (latitude == null || longitude == null) {
			throw DomainException.invalid("requests.location-missing");
		}
		try {
			return new GeoPoint(Double.parseDouble(latitude), Double.parseDouble(longitude));
		}
		catch (NumberFormatException e) {
			throw DomainException.invalid("geo.coordinate-out-of-range");
		}
	}

	private static void condition(StringBuilder sql, List<Object> params, String condition, OffsetDateTime value) {
		if (value != null) {
			sql.append(" AND ").append(condition);
			params.add(value);
		}
	}

	private static String marks(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static ServiceRequestView view(ResultSet rs, int number) throws SQLException {
		boolean isPrivate = rs.getBoolean("is_private");
		Double lat = rs.getObject("lat", Double.class);
		Double lon = rs.getObject("lon", Double.class);
		return new ServiceRequestView(rs.getString("service_request_id"), rs.getString("status"),
				rs.getString("status_notes"), rs.getString("category_code"), rs.getString("description"),
				rs.getString("agency_responsible"), rs.getString("service_notice"), time(rs, "requested_datetime"),
				time(rs, "updated_datetime"), time(rs, "expected_datetime"),
				isPrivate ? null : rs.getString("address_string"), isPrivate ? null : rs.getString("address_id"),
				isPrivate ? blur(lat) : lat, isPrivate ? blur(lon) : lon, isPrivate ? null : rs.getString("media_url"));
	}

	private static Double blur(Double degrees) {
		return degrees == null ? null : BigDecimal.valueOf(degrees).setScale(2, RoundingMode.HALF_UP).doubleValue();
	}

	private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC);
	}
}
