package org.ortakakil.places.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.geography.GeoPoint;
import org.ortakakil.geography.Geography;
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
import org.ortakakil.shared.Slug;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * Places through their service, API and pages. The database is shared with every other test, so
 * each test makes its own places, with unique slugs, around a random point in rural Çatalca, and
 * asserts about those.
 */
@IntegrationTest
class PlacesIT {

	static final int CATALCA = 1237;
	static final GeoPoint CATALCA_SURFACE = new GeoPoint(41.320344, 28.413898);

	@Autowired
	PlaceAdministration administration;

	@Autowired
	PlaceDirectory directory;

	@Autowired
	Places places;

	@Autowired
	Geography geography;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	GeoPoint here;

	@BeforeEach
	void somewhereInCatalca() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		here = Distance.offset(CATALCA_SURFACE, random.nextDouble(0, 4_000), random.nextDouble(0, 360));
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	PlaceDraft draft(String slug, PlaceType type, GeoPoint position, Set<PlaceService> services) {
		return new PlaceDraft(new Slug(slug), type, LocalizedText.of("Deneme " + slug, "Test " + slug),
				"Test Sok. No: 1, Çatalca", CATALCA, null, position,
				List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))), services,
				LocalizedText.of("Rampa var.", "There is a ramp."),
				type == PlaceType.WIFI_HOTSPOT ? new Wifi("IBB WiFi", WifiStatus.UP) : null, List.of());
	}

	long create(String slug, PlaceType type, GeoPoint position, Set<PlaceService> services) {
		return administration.create(draft(slug, type, position, services));
	}

	long count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	@Test
	void theDemoPlacesLieInTheirDistrictsAndCoverEveryType() {
		new DemoPlaces(administration, directory).run(null);
		assertThat(places.place(DemoPlaces.OFFICE)).get().extracting(PlaceView::type).isEqualTo(PlaceType.PARTICIPATION_OFFICE);
		for (PlaceType type : PlaceType.values()) {
			assertThat(places.find(type, null)).as("%s", type).isNotEmpty();
		}
		assertThat(places.find(PlaceType.CIVIL_SOCIETY_CENTRE, null)).extracting(PlaceView::slug)
			.contains("anadolu-stk-calisma-merkezi", "avrupa-kuzey-stk-calisma-merkezi", "avrupa-guney-stk-calisma-merkezi");
		assertThat(places.find(PlaceType.MUHTAR_OFFICE, 1421)).anySatisfy(p -> assertThat(p.neighbourhoodId()).isEqualTo(40512));
		assertThat(places.find(PlaceType.WIFI_HOTSPOT, null)).anySatisfy(p -> assertThat(p.wifi().status()).isEqualTo(WifiStatus.DOWN));
		PlaceView mobile = places.place("mobil-cozum-merkezi-anadolu").orElseThrow();
		assertThat(mobile.timetable()).extracting(TimetableStop::districtId).containsOnly(1449, 2049, 1708);
		for (PlaceView place : places.find(null, null)) {
			assertThat(geography.locate(place.position())).as(place.slug()).get().extracting(d -> d.id())
				.isEqualTo(place.districtId());
		}
	}

	@Test
	void filtersByTypeAndDistrict() throws Exception {
		String office = unique("ofis");
		String hotspot = unique("wifi");
		create(office, PlaceType.SOLUTION_POINT, here, Set.of(PlaceService.REQUEST_INTAKE));
		create(hotspot, PlaceType.WIFI_HOTSPOT, Distance.offset(here, 300, 90), Set.of(PlaceService.WIFI));

		mvc.perform(get("/api/v1/places").param("type", "WIFI_HOTSPOT").param("district", "catalca"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].slug", hasItem(hotspot)))
			.andExpect(jsonPath("$[*].slug", not(hasItem(office))))
			.andExpect(jsonPath("$[*].type", everyItem(is("WIFI_HOTSPOT"))))
			.andExpect(jsonPath("$[*].district", everyItem(is("catalca"))));
		mvc.perform(get("/api/v1/places").param("district", "kadikoy"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].slug", not(hasItem(office))));
		mvc.perform(get("/api/v1/places").param("type", "solution_point"))
			.andExpect(jsonPath("$[*].slug", hasItem(office)));

		long id = directory.place(hotspot).orElseThrow().id();
		mvc.perform(get("/api/v1/places/{id}", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.slug").value(hotspot))
			.andExpect(jsonPath("$.name.tr").value("Deneme " + hotspot))
			.andExpect(jsonPath("$.name.en").value("Test " + hotspot))
			.andExpect(jsonPath("$.wifi.ssid").value("IBB WiFi"))
			.andExpect(jsonPath("$.wifi.status").value("UP"))
			.andExpect(jsonPath("$.openingHours[0].day").value("MONDAY"))
			.andExpect(jsonPath("$.openingHours[0].opens").value("09:00"))
			.andExpect(jsonPath("$.openNow").isBoolean())
			.andExpect(jsonPath("$.services[0]").value("wifi"));
	}

	@Test
	void theNearestComeFirstAndTheServiceFilterLeavesOutPlacesWithoutIt() throws Exception {
		String at = unique("burada");
		String near = unique("yakin");
		String far = unique("uzak");
		create(at, PlaceType.SOLUTION_POINT, here, Set.of(PlaceService.LEGAL_ADVICE));
		create(near, PlaceType.SOLUTION_POINT, Distance.offset(here, 1_000, 0), Set.of(PlaceService.LEGAL_ADVICE));
		create(far, PlaceType.SOLUTION_POINT, Distance.offset(here, 3_000, 180), Set.of(PlaceService.WIFI));

		String json = mvc.perform(get("/api/v1/places/nearest").param("lat", "" + here.lat()).param("lon", "" + here.lon())
				.param("type", "SOLUTION_POINT").param("limit", "50"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].place.slug").value(at))
			.andExpect(jsonPath("$[0].distanceMetres").value(0))
			.andReturn().getResponse().getContentAsString();
		List<String> slugs = JsonPath.read(json, "$[*].place.slug");
		List<Integer> distances = JsonPath.read(json, "$[*].distanceMetres");
		assertThat(distances).isSorted();
		assertThat(slugs.indexOf(near)).isPositive().isLessThan(slugs.indexOf(far));
		assertThat(distances.get(slugs.indexOf(near))).isBetween(990, 1_010);
		assertThat(distances.get(slugs.indexOf(far))).isBetween(2_990, 3_010);

		mvc.perform(get("/api/v1/places/nearest").param("lat", "" + here.lat()).param("lon", "" + here.lon())
				.param("service", "legal-advice").param("limit", "50"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].place.slug", hasItem(near)))
			.andExpect(jsonPath("$[*].place.slug", not(hasItem(far))))
			.andExpect(jsonPath("$[*].place.services", everyItem(hasItem("legal-advice"))));
		mvc.perform(get("/api/v1/places/nearest").param("lat", "" + here.lat()).param("lon", "" + here.lon()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(5));
	}

	@Test
	void theSearchWidensUntilItFindsEnough() {
		String lonely = unique("tek");
		create(lonely, PlaceType.CIVIL_SOCIETY_CENTRE, here, Set.of(PlaceService.CERTIFICATES));
		GeoPoint kadikoy = new GeoPoint(40.990, 29.030);
		assertThat(places.nearest(kadikoy, PlaceType.CIVIL_SOCIETY_CENTRE, "certificates", 50))
			.extracting(n -> n.place().slug()).contains(lonely);
		assertThat(places.nearest(kadikoy, PlaceType.CIVIL_SOCIETY_CENTRE, "certificates", 50))
			.filteredOn(n -> n.place().slug().equals(lonely))
			.singleElement().satisfies(n -> assertThat(n.distanceMetres()).isGreaterThan(50_000));
	}

	@Test
	void aPointOutsideIstanbulIsAClearBadRequest() throws Exception {
		for (String[] point : List.of(new String[] { "39.93", "32.85" }, new String[] { "40.93", "28.95" },
				new String[] { "40.765", "29.94" })) {
			mvc.perform(get("/api/v1/places/nearest").param("lat", point[0]).param("lon", point[1])
					.header("Accept-Language", "en"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType("application/problem+json"))
				.andExpect(jsonPath("$.type").value("/problems/places.outside-istanbul"))
				.andExpect(jsonPath("$.detail").value("This point is outside İstanbul; give a point in İstanbul."));
		}
		mvc.perform(get("/api/v1/places/nearest?lat=39.93&lon=32.85"))
			.andExpect(jsonPath("$.detail").value("Bu konum İstanbul’un dışında; İstanbul içinde bir nokta verin."));
	}

	@Test
	void badValuesAreProblemDetailsInTheCallersLanguage() throws Exception {
		mvc.perform(get("/api/v1/places?type=CASTLE").header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("/problems/places.type-unknown"))
			.andExpect(jsonPath("$.detail").value("There is no type of place called \"CASTLE\"."));
		mvc.perform(get("/api/v1/places?district=atlantis").header("Accept-Language", "de"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("/problems/district.unknown"));
		mvc.perform(get("/api/v1/places/nearest?lat=41.0&lon=29.0&service=teleport"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("/problems/places.service-unknown"));
		mvc.perform(get("/api/v1/places/nearest?lat=40.99&lon=29.03&limit=51"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("/problems/places.limit-invalid"));
		mvc.perform(get("/api/v1/places/nearest?lon=29.03"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("/problems/request.parameter-missing"));
		mvc.perform(get("/api/v1/places/nearest?lat=kırk&lon=29.03"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("/problems/request.parameter-malformed"));
		mvc.perform(get("/api/v1/places/nearest?lat=95&lon=29.03"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("/problems/geo.coordinate-out-of-range"));
		mvc.perform(get("/api/v1/places/999999999").header("Accept-Language", "ar"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("/problems/places.not-found"));
	}

	@Test
	void aPlaceOutsideItsDistrictOrWithATakenSlugIsRefusedAndNothingIsStored() {
		long before = count("place");
		long hoursBefore = count("place_hours");
		assertThatThrownBy(() -> create(unique("kayik"), PlaceType.SOLUTION_POINT, new GeoPoint(40.990, 29.030), Set.of()))
			.isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).code()).isEqualTo("places.position-outside-district");
		String slug = unique("ayni");
		create(slug, PlaceType.SOLUTION_POINT, here, Set.of());
		assertThatThrownBy(() -> create(slug, PlaceType.SOLUTION_POINT, here, Set.of()))
			.isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).kind()).isEqualTo(DomainException.Kind.CONFLICT);
		TimetableStop stopInKadikoy = new TimetableStop(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(12, 0),
				"Moda", CATALCA, new GeoPoint(40.990, 29.030));
		PlaceDraft mobile = draft(unique("mobil"), PlaceType.MOBILE_SOLUTION_CENTRE, here, Set.of());
		assertThatThrownBy(() -> administration.create(new PlaceDraft(mobile.slug(), mobile.type(), mobile.name(),
				mobile.address(), CATALCA, null, here, mobile.hours(), Set.of(), null, null, List.of(stopInKadikoy))))
			.isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).code()).isEqualTo("places.position-outside-district");
		assertThat(count("place")).isEqualTo(before + 1);
		assertThat(count("place_hours")).isEqualTo(hoursBefore + 1);
		assertThatThrownBy(() -> new PlaceDraft(new Slug(unique("x")), PlaceType.WIFI_HOTSPOT, LocalizedText.of("X"), "Adres",
				CATALCA, null, here, List.of(), Set.of(), null, null, List.of()))
			.isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).code()).isEqualTo("places.hotspot-needs-wifi");
		assertThatThrownBy(() -> new PlaceDraft(new Slug(unique("x")), PlaceType.SOLUTION_POINT, LocalizedText.of("X"),
				"Adres", CATALCA, null, here, List.of(), Set.of(), null, null, List.of(stopInKadikoy)))
			.isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).code()).isEqualTo("places.timetable-only-mobile");
	}

	@Test
	void thePagesShowTheMapTheTableAndOnePlace() throws Exception {
		String slug = unique("sayfa");
		List<TimetableStop> stops = new ArrayList<>();
		stops.add(new TimetableStop(DayOfWeek.TUESDAY, LocalTime.of(10, 0), LocalTime.of(16, 0), "Çatalca Meydanı",
				CATALCA, Distance.offset(here, 500, 270)));
		PlaceDraft base = draft(slug, PlaceType.MOBILE_SOLUTION_CENTRE, here, Set.of(PlaceService.SIGN_LANGUAGE_VIDEO_CALL));
		administration.create(new PlaceDraft(base.slug(), base.type(), base.name(), base.address(), CATALCA, null, here,
				base.hours(), base.services(), base.accessibility(), new Wifi("IBB WiFi", WifiStatus.DOWN), stops));

		mvc.perform(get("/places?type=MOBILE_SOLUTION_CENTRE&district=catalca"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Deneme " + slug)))
			.andExpect(content().string(containsString("data-points=")))
			.andExpect(content().string(containsString("/places/" + slug)))
			.andExpect(content().string(containsString("<option value=\"MOBILE_SOLUTION_CENTRE\" selected=\"selected\">")));
		// a hotspot that is down says so in the list, whatever its hours
		String down = unique("kapali-wifi");
		PlaceDraft hotspot = draft(down, PlaceType.WIFI_HOTSPOT, here, Set.of(PlaceService.WIFI));
		administration.create(new PlaceDraft(hotspot.slug(), hotspot.type(), hotspot.name(), hotspot.address(), CATALCA,
				null, here, hotspot.hours(), hotspot.services(), hotspot.accessibility(),
				new Wifi("IBB WiFi", WifiStatus.DOWN), List.of()));
		mvc.perform(get("/places?type=WIFI_HOTSPOT&district=catalca").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("<section id=\"results\"")))
			.andExpect(content().string(containsString("Deneme " + down)))
			.andExpect(content().string(containsString("Wi-Fi: Çalışmıyor")))
			.andExpect(content().string(not(containsString("Deneme " + slug))));
		mvc.perform(get("/places/" + slug))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Test Sok. No: 1, Çatalca")))
			.andExpect(content().string(containsString("Pazartesi")))
			.andExpect(content().string(containsString("aria-current=\"date\"")))
			.andExpect(content().string(containsString("İşaret dilinde görüntülü görüşme")))
			.andExpect(content().string(containsString("Çalışmıyor")))
			.andExpect(content().string(containsString("Çatalca Meydanı")));
		mvc.perform(get("/places/" + slug + "?lang=en"))
			.andExpect(content().string(containsString("Test " + slug)))
			.andExpect(content().string(containsString("Weekly route")));
		mvc.perform(get("/districts/catalca"))
			.andExpect(content().string(containsString("Bu ilçedeki hizmet noktaları")))
			.andExpect(content().string(containsString("/places/" + slug)));
		mvc.perform(get("/places?type=CASTLE").header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(content().string(containsString("There is no type of place called &quot;CASTLE&quot;.")));
		mvc.perform(get("/places/yok-" + slug)).andExpect(status().isNotFound());
		mvc.perform(get("/")).andExpect(content().string(containsString("href=\"/places\"")));
	}

	@Test
	void wifiStatusIsReportedOnlyForPlacesWithWifi() {
		long hotspot = create(unique("durum"), PlaceType.WIFI_HOTSPOT, here, Set.of(PlaceService.WIFI));
		administration.reportWifi(hotspot, WifiStatus.MAINTENANCE);
		assertThat(places.place(hotspot)).get().extracting(p -> p.wifi().status()).isEqualTo(WifiStatus.MAINTENANCE);
		long office = create(unique("wifisiz"), PlaceType.MUHTAR_OFFICE, here, Set.of());
		assertThatThrownBy(() -> administration.reportWifi(office, WifiStatus.UP)).isInstanceOf(DomainException.class);
	}
}
