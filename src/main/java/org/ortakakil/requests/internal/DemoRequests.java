package org.ortakakil.requests.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.ortakakil.geography.District;
import org.ortakakil.geography.Geography;
import org.ortakakil.geography.Neighbourhood;
import org.ortakakil.requests.Channel;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's service requests, made once when there are none, after the demo catalogue: a few dozen
 * reports in several districts and every state, some resolved weeks ago, so the public list, the
 * statistics, the units' queues and the muhtar's page have something to show. Made through the same
 * services as real ones; only their times are moved back afterwards.
 */
@Component
@Profile("demo")
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoRequests implements ApplicationRunner {

	private record Demo(String code, String district, int neighbourhoodIndex, double dLat, double dLon,
			String description, Map<String, List<String>> answers, String outcome, int daysAgo, int hoursToResolve) {
	}

	private static final Actor UNIT = new Actor("demo-birim", "-");

	private static final List<Demo> DEMO = List.of(
			new Demo("sokak-lambasi-yanmiyor", "kadikoy", 0, 0.002, 0.001, "Moda Caddesi’nde iki direk karanlık.",
					Map.of("LIGHTS_OUT", List.of("2")), "NEW", 0, 0),
			new Demo("sokak-lambasi-yanmiyor", "kadikoy", 0, -0.001, 0.002, "Parkın girişindeki lamba yanıp sönüyor.",
					Map.of("LIGHTS_OUT", List.of("1")), "RESOLVED", 12, 20),
			new Demo("yolda-cukur", "kadikoy", 1, 0.003, -0.002, "Otobüs durağının önünde derin çukur.",
					Map.of("SIZE", List.of("large")), "ACCEPTED", 2, 0),
			new Demo("konteyner-tasmis", "kadikoy", 0, -0.002, -0.001, "Konteynerin etrafı çöp dolu.", Map.of(),
					"RESOLVED", 20, 9),
			new Demo("kacak-dokum", "kadikoy", 2, 0.001, 0.003, "Kaldırıma inşaat molozu bırakılmış.",
					Map.of("WASTE_TYPE", List.of("rubble")), "IN_PROGRESS", 3, 0),
			new Demo("devrilen-agac", "uskudar", 0, 0.002, 0.002, "Fırtınada devrilen ağaç yolu kapatıyor.", Map.of(),
					"RESOLVED", 30, 5),
			new Demo("su-kacagi", "uskudar", 1, -0.002, 0.001, "Kaldırımdan sürekli su fışkırıyor.", Map.of(),
					"RESOLVED", 8, 30),
			new Demo("sokak-lambasi-yanmiyor", "uskudar", 2, 0.001, -0.002, "Sahil yolunda lambalar yanmıyor.",
					Map.of("LIGHTS_OUT", List.of("4")), "NEW", 1, 0),
			new Demo("yolda-cukur", "fatih", 0, 0.002, -0.001, "Tramvay hattının yanında çukur.",
					Map.of("SIZE", List.of("medium")), "RESOLVED", 40, 60),
			new Demo("duvar-yazisi", "fatih", 1, -0.001, 0.001, "Tarihî çeşmenin duvarına yazı yazılmış.", Map.of(),
					"WAITING", 5, 0),
			new Demo("konteyner-tasmis", "fatih", 2, 0.001, 0.002, "Pazar yerinin yanında taşan konteyner.", Map.of(),
					"REJECTED", 15, 0),
			new Demo("kaldirim-bozuk", "beyoglu", 0, 0.001, 0.001, "Yokuşta kaldırım taşları yerinden çıkmış.", Map.of(),
					"ACCEPTED", 6, 0),
			new Demo("rogar-kapagi-yok", "beyoglu", 1, -0.001, -0.001, "Rögar kapağı açık, çok tehlikeli.", Map.of(),
					"RESOLVED", 3, 2),
			new Demo("devrilen-agac", "besiktas", 0, 0.002, 0.001, "Dal elektrik hattına yaslanmış.", Map.of(),
					"RESOLVED", 25, 14),
			new Demo("yolda-cukur", "besiktas", 1, -0.002, 0.002, "Sahil yolunda bisiklet için tehlikeli çukur.",
					Map.of("SIZE", List.of("small")), "NEW", 0, 0),
			new Demo("su-baskini", "atasehir", 0, 0.001, 0.001, "Alt geçitte su birikti.", Map.of(), "RESOLVED", 50, 4),
			new Demo("sokak-lambasi-yanmiyor", "atasehir", 1, -0.001, 0.002, "Okul yolunda karanlık sokak.",
					Map.of("LIGHTS_OUT", List.of("3")), "ACCEPTED", 1, 0),
			new Demo("konteyner-tasmis", "bakirkoy", 0, 0.002, -0.002, "Sahildeki konteynerler dolu.", Map.of(),
					"RESOLVED", 10, 16),
			new Demo("kaldirim-bozuk", "bakirkoy", 1, -0.001, 0.001, "Tekerlekli sandalyeyle geçilemiyor.", Map.of(),
					"NEW", 2, 0),
			new Demo("tikali-mazgal", "sisli", 0, 0.001, 0.002, "Yağmurda mazgal su almıyor.", Map.of(), "RESOLVED", 18,
					70));

	private final ServiceRequests requests;
	private final RequestHandling handling;
	private final CatalogueStore catalogue;
	private final Geography geography;
	private final JdbcClient jdbc;

	DemoRequests(ServiceRequests requests, RequestHandling handling, CatalogueStore catalogue, Geography geography,
			JdbcClient jdbc) {
		this.requests = requests;
		this.handling = handling;
		this.catalogue = catalogue;
		this.geography = geography;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("SELECT COUNT(*) FROM service_request").query(Long.class).single() > 0) {
			return;
		}
		for (Demo demo : DEMO) {
			if (catalogue.category(demo.code()).isPresent()) {
				make(demo);
			}
		}
	}

	private void make(Demo demo) {
		District district = geography.requireDistrict(demo.district());
		List<Neighbourhood> neighbourhoods = geography.neighbourhoods(demo.district());
		Neighbourhood neighbourhood = neighbourhoods.get(Math.min(demo.neighbourhoodIndex(), neighbourhoods.size() - 1));
		double lat = district.centroid().lat() + demo.dLat();
		double lon = district.centroid().lon() + demo.dLon();
		String id;
		try {
			id = requests.create(new RequestDraft(demo.code(), String.valueOf(lat), String.valueOf(lon), null, null,
					null, null, null, null, null, null, demo.description(), null, demo.answers(), Channel.WEB,
					neighbourhood.id(), null, "tr"), Actor.SYSTEM).serviceRequestId();
		}
		catch (DomainException outsideTheDistrict) {
			return;
		}
		switch (demo.outcome()) {
			case "ACCEPTED" -> handling.accept(id, null, UNIT);
			case "IN_PROGRESS" -> {
				handling.accept(id, null, UNIT);
				handling.startWork(id, "Ekip yönlendirildi.", UNIT);
			}
			case "WAITING" -> {
				handling.accept(id, null, UNIT);
				handling.waitForResident(id, "Yazının tam yerini tarif eder misiniz?", UNIT);
			}
			case "RESOLVED" -> {
				handling.accept(id, null, UNIT);
				handling.resolve(id, "Sorun giderildi.", null, UNIT);
			}
			case "REJECTED" -> handling.reject(id, "Bu alan özel mülk; sahibine bildirildi.", UNIT);
			default -> {
			}
		}
		OffsetDateTime requested = OffsetDateTime.now().minusDays(demo.daysAgo()).minusHours(demo.hoursToResolve() + 1);
		HandledRequest request = handling.get(id);
		long shift = java.time.Duration.between(requested, request.requested()).toSeconds();
		jdbc.sql("""
				UPDATE service_request SET requested_datetime = ?, updated_datetime = ?, expected_datetime = ?,
				resolved_at = ? WHERE id = ?""")
			.params(requested, request.resolvedAt() == null ? requested : requested.plusHours(demo.hoursToResolve()),
					request.due() == null ? null : request.due().minusSeconds(shift),
					request.resolvedAt() == null ? null : requested.plusHours(demo.hoursToResolve()), request.id())
			.update();
		jdbc.sql("UPDATE service_request_update SET happened_at = ? WHERE request_id = ?")
			.params(requested, request.id()).update();
		if (request.resolvedAt() != null) {
			jdbc.sql("UPDATE service_request_update SET happened_at = ? WHERE request_id = ? AND state_to = 'RESOLVED'")
				.params(requested.plusHours(demo.hoursToResolve()), request.id()).update();
		}
	}
}
