package org.ortakakil.requests.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.ortakakil.geography.Geography;
import org.ortakakil.identity.Authorization;
import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.Permission;
import org.ortakakil.requests.Channel;
import org.ortakakil.requests.RequestState;
import org.ortakakil.requests.ServiceCategoryView;
import org.ortakakil.requests.internal.CatalogueStore;
import org.ortakakil.requests.internal.RequestDraft;
import org.ortakakil.requests.internal.ServiceRequestView;
import org.ortakakil.requests.internal.ServiceRequests;
import org.ortakakil.requests.internal.Units;
import org.ortakakil.requests.photos.Photos;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.ResourceRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports made on the site: decides the channel from who files (the site, a participation office in an
 * assisted session, a muhtar for their neighbourhood, staff for a caller or from the field), asks an
 * e-mail of anonymous reporters and keeps private categories for accounts, stores the photo and hands
 * the rest to {@link ServiceRequests}. Also "me too" on an open request nearby instead of a duplicate,
 * the secret links of anonymous reporters, and a resident's own requests. All or nothing: a refused
 * report leaves no row.
 */
@Service
@Transactional
public class Intake {

	/** How close an open request of the same category must be to count as the same problem. */
	public static final int NEARBY_METRES = 250;
	private static final double EARTH_RADIUS_M = 6_371_000;
	private static final double METRES_PER_DEGREE = 111_320;
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	private static final SecureRandom RANDOM = new SecureRandom();

	private final ServiceRequests requests;
	private final CatalogueStore catalogue;
	private final Photos photos;
	private final Authorization authorization;
	private final Units units;
	private final Geography geography;
	private final JdbcClient jdbc;
	private final Clock clock;

	Intake(ServiceRequests requests, CatalogueStore catalogue, Photos photos, Authorization authorization,
			Units units, Geography geography, JdbcClient jdbc, Clock clock) {
		this.units = units;
		this.geography = geography;
		this.requests = requests;
		this.catalogue = catalogue;
		this.photos = photos;
		this.authorization = authorization;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Files the report; the stored request. INVALID with the field at fault otherwise, and nothing stored. */
	public ServiceRequestView submit(IntakeForm form, byte[] photo, CurrentAccount account, Actor actor,
			Locale locale) {
		ServiceCategoryView category = category(form.getServiceCode());
		if (!form.hasPoint() && form.getAddress().isEmpty()) {
			throw DomainException.invalid("intake.location-missing");
		}
		if (photo != null && photo.length > Photos.MAX_BYTES) {
			throw DomainException.invalid("photos.too-large", Photos.MAX_BYTES / (1024 * 1024));
		}
		Channel channel = channel(form, account);
		boolean forCaller = channel == Channel.CALL_CENTRE || channel == Channel.FIELD;
		if (account == null) {
			if (category.isPrivate()) {
				throw DomainException.invalid("intake.private-needs-account");
			}
			requireEmail(form.getEmail());
		}
		else if (forCaller && !form.getEmail().isEmpty()) {
			requireEmail(form.getEmail());
		}
		if (form.getDistrictId() != null && form.getNeighbourhoodId() != null) {
			requireNeighbourhoodIn(form.getNeighbourhoodId(), form.getDistrictId());
		}
		String reporter = account == null || forCaller ? null : account.principal();
		String email = account == null || forCaller ? blankToNull(form.getEmail()) : null;
		RequestDraft draft = new RequestDraft(category.code(), form.getLat(), form.getLon(),
				blankToNull(form.getAddress()), null, email, null, null,
				forCaller ? blankToNull(form.getCallerName()) : null, null,
				forCaller ? blankToNull(form.getCallerPhone()) : null, blankToNull(form.getDescription()), null,
				form.getAnswers(), channel, form.getNeighbourhoodId(), reporter, locale.getLanguage());
		ServiceRequestView created = requests.create(draft, actor);
		if (photo == null || photo.length == 0) {
			return created;
		}
		String key = photos.store(photo);
		jdbc.sql("UPDATE service_request SET media_url = ? WHERE service_request_id = ?")
			.params(photoUrl(key), created.serviceRequestId()).update();
		return requests.find(created.serviceRequestId()).orElseThrow();
	}

	/**
	 * Where a report comes in: an assisted session is the participation office's; staff of a unit choose
	 * the call centre or the field; a muhtar filing for their own neighbourhood is the muhtar channel; any
	 * other report is the site's.
	 */
	public Channel channel(IntakeForm form, CurrentAccount account) {
		if (account == null) {
			return Channel.WEB;
		}
		if (account.assisted()) {
			return Channel.OFFICE;
		}
		if (servesAUnit(account)) {
			return Channel.FIELD.name().equals(form.getChannel()) ? Channel.FIELD : Channel.CALL_CENTRE;
		}
		if (form.getNeighbourhoodId() != null && authorization.may(account, Permission.REPRESENT_NEIGHBOURHOOD,
				ResourceRef.of("neighbourhood", form.getNeighbourhoodId()))) {
			return Channel.MUHTAR;
		}
		return Channel.WEB;
	}

	/** Whether the account works on the requests of some unit (and so files for callers). */
	@Transactional(readOnly = true)
	public boolean servesAUnit(CurrentAccount account) {
		return units.servesAny(account);
	}

	/** Whether the account works on the requests of this unit. */
	public boolean serves(CurrentAccount account, String unit) {
		return units.serves(account, unit);
	}

	/** The open requests of the category within {@value #NEARBY_METRES} m, nearest first; none for a private one. */
	@Transactional(readOnly = true)
	public List<NearbyRequest> nearby(String serviceCode, double lat, double lon) {
		Optional<ServiceCategoryView> category = catalogue.category(serviceCode == null ? "" : serviceCode.strip());
		if (category.isEmpty() || category.get().isPrivate()) {
			return List.of();
		}
		double dLat = NEARBY_METRES / METRES_PER_DEGREE;
		double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(lat)));
		return jdbc.sql("""
				SELECT r.service_request_id, r.description, r.lat, r.lon, r.requested_datetime,
				(SELECT COUNT(*) FROM service_request_support s WHERE s.request_id = r.id) AS me_too
				FROM service_request r WHERE r.category_code = ? AND r.status = 'open'
				AND r.lat BETWEEN ? AND ? AND r.lon BETWEEN ? AND ?""")
			.params(category.get().code(), lat - dLat, lat + dLat, lon - dLon, lon + dLon)
			.query((rs, n) -> new NearbyRequest(rs.getString(1), rs.getString(2),
					Math.round(distance(lat, lon, rs.getDouble(3), rs.getDouble(4))),
					rs.getObject(5, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC), rs.getInt(6)))
			.list().stream().filter(r -> r.distanceM() <= NEARBY_METRES)
			.sorted(Comparator.comparingLong(NearbyRequest::distanceM)).toList();
	}

	/** The great-circle distance in metres (haversine). */
	static double distance(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
	}

	/**
	 * "Me too" on an open, public request: by the account, or by the e-mail an anonymous resident gives.
	 * Saying it twice changes nothing.
	 */
	public void meToo(String serviceRequestId, CurrentAccount account, String email, Locale locale) {
		long id = jdbc.sql("""
				SELECT r.id FROM service_request r JOIN service_category c ON c.code = r.category_code
				WHERE r.service_request_id = ? AND r.status = 'open' AND c.is_private = FALSE""")
			.param(serviceRequestId).query(Long.class).optional()
			.orElseThrow(() -> DomainException.invalid("intake.me-too-closed", serviceRequestId));
		String supporter;
		if (account != null) {
			supporter = account.principal();
		}
		else {
			requireEmail(email);
			supporter = email.strip().toLowerCase(Locale.ROOT);
		}
		jdbc.sql("""
				INSERT INTO service_request_support (request_id, supporter, is_account, language, created_at)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(id, supporter, account != null, locale.getLanguage(), OffsetDateTime.now(clock)).update();
	}

	/** How many said "me too" to the request. */
	@Transactional(readOnly = true)
	public int meTooCount(long requestId) {
		return jdbc.sql("SELECT COUNT(*) FROM service_request_support WHERE request_id = ?").param(requestId)
			.query(Integer.class).single();
	}

	/** A new secret link token for the reporter of the request; only its SHA-256 is kept. */
	public String issueReporterToken(long requestId) {
		byte[] random = new byte[24];
		RANDOM.nextBytes(random);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		jdbc.sql("INSERT INTO service_request_reporter_token (token_hash, request_id, created_at) VALUES (?, ?, ?)")
			.params(sha256(token), requestId, OffsetDateTime.now(clock)).update();
		return token;
	}

	/** Whether the token is one of the request's secret links. */
	@Transactional(readOnly = true)
	public boolean reporterToken(long requestId, String token) {
		return token != null && jdbc.sql("""
				SELECT COUNT(*) FROM service_request_reporter_token WHERE token_hash = ? AND request_id = ?""")
			.params(sha256(token), requestId).query(Integer.class).single() > 0;
	}

	/** The requests the resident filed and those they said "me too" to, newest first. */
	@Transactional(readOnly = true)
	public List<ReporterRequest> filedBy(String principal) {
		return reporterRequests("r.reporter = ?", principal);
	}

	@Transactional(readOnly = true)
	public List<ReporterRequest> supportedBy(String principal) {
		return reporterRequests("r.id IN (SELECT request_id FROM service_request_support WHERE supporter = ?)",
				principal);
	}

	private List<ReporterRequest> reporterRequests(String condition, String principal) {
		return jdbc.sql("SELECT r.service_request_id, r.category_code, r.state, r.requested_datetime"
				+ " FROM service_request r WHERE " + condition + " ORDER BY r.requested_datetime DESC, r.id DESC")
			.param(principal)
			.query((rs, n) -> new ReporterRequest(rs.getString(1), rs.getString(2), RequestState.valueOf(rs.getString(3)),
					rs.getObject(4, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC)))
			.list();
	}

	/** The request a photo belongs to (its own photo, or one of its public updates'); empty if none. */
	@Transactional(readOnly = true)
	Optional<PhotoOwner> photoOwner(String key) {
		return jdbc.sql("""
				SELECT r.reporter, r.agency_responsible, c.is_private FROM service_request r
				JOIN service_category c ON c.code = r.category_code WHERE r.media_url = ?
				UNION ALL
				SELECT r.reporter, r.agency_responsible, c.is_private FROM service_request_update u
				JOIN service_request r ON r.id = u.request_id JOIN service_category c ON c.code = r.category_code
				WHERE u.photo_key = ? AND u.visibility = 'PUBLIC'""").params(photoUrl(key), key)
			.query((rs, n) -> new PhotoOwner(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list().stream()
			.findFirst();
	}

	/** The address a request's photo is served at. */
	public static String photoUrl(String key) {
		return "/requests/photos/" + key + ".jpg";
	}

	private ServiceCategoryView category(String code) {
		if (code == null || code.isBlank()) {
			throw DomainException.invalid("intake.category-missing");
		}
		return catalogue.category(code.strip())
			.orElseThrow(() -> DomainException.invalid("intake.category-unknown", code.strip()));
	}

	private void requireNeighbourhoodIn(int neighbourhoodId, int districtId) {
		if (geography.neighbourhood(neighbourhoodId).filter(n -> n.districtId() == districtId).isEmpty()) {
			throw DomainException.invalid("requests.neighbourhood-outside-district");
		}
	}

	private static void requireEmail(String email) {
		if (email == null || email.isBlank()) {
			throw DomainException.invalid("intake.email-missing");
		}
		if (email.length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
			throw DomainException.invalid("intake.email-invalid", email.strip());
		}
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
