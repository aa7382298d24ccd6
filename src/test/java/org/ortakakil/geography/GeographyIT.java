package org.ortakakil.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ortakakil.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class GeographyIT {

	@Autowired
	Geography geography;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void loadsThe39DistrictsAnd960NeighbourhoodsOfIstanbul() {
		assertThat(geography.districts()).hasSize(39);
		assertThat(geography.districts().stream().mapToInt(District::neighbourhoodCount).sum()).isEqualTo(960);
		assertThat(jdbc.sql("SELECT SUM(population) FROM geo_neighbourhood").query(Long.class).single()).isEqualTo(15_655_791L);
		assertThat(geography.districts().stream().filter(d -> d.side() == Side.ASIA)).hasSize(14);
		assertThat(geography.requireDistrict("adalar").side()).isEqualTo(Side.ASIA);
		assertThat(geography.requireDistrict("fatih").side()).isEqualTo(Side.EUROPE);
	}

	@Test
	void knows84LandPairsAnd22PairsAcrossWater() {
		assertThat(jdbc.sql("SELECT COUNT(*) FROM geo_adjacency WHERE crossing = 'LAND'").query(Integer.class).single()).isEqualTo(84);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM geo_adjacency WHERE crossing = 'WATER'").query(Integer.class).single()).isEqualTo(22);
		assertThat(geography.neighbours("adalar")).isEmpty();
		assertThat(geography.neighbours("beyoglu")).contains(new Neighbour("fatih", "Fatih", Crossing.WATER, 243));
	}

	@Test
	void knowsTheElevenMarmaraProvinces() {
		assertThat(geography.marmaraProvinces()).extracting(Province::name).containsExactly("İstanbul", "Balıkesir",
				"Bilecik", "Bursa", "Çanakkale", "Edirne", "Kırklareli", "Kocaeli", "Sakarya", "Tekirdağ", "Yalova");
	}

	@ParameterizedTest
	@CsvSource({ "Kadıköy,kadikoy", "Üsküdar,uskudar", "Eyüpsultan,eyupsultan", "Çatalca,catalca", "Beyoğlu,beyoglu",
			"Şişli,sisli", "Kağıthane,kagithane", "Büyükçekmece,buyukcekmece", "Gaziosmanpaşa,gaziosmanpasa" })
	void everyDistrictHasAnAsciiSlug(String name, String slug) {
		assertThat(geography.requireDistrict(slug).name()).isEqualTo(name);
	}

	@Test
	void neighbourhoodSlugsHandleTheDottedCapitalI() {
		List<Neighbourhood> withCapitalI = geography.districts().stream()
			.flatMap(d -> geography.neighbourhoods(d.slug()).stream())
			.filter(n -> n.name().startsWith("İ"))
			.toList();
		assertThat(withCapitalI).isNotEmpty().allSatisfy(n -> assertThat(n.slug()).startsWith("i").matches("[a-z0-9-]+"));
	}

	@ParameterizedTest
	@CsvSource({ "40.984492,29.145657,atasehir", "40.990,29.030,kadikoy", "41.043,29.008,besiktas",
			"40.876259,29.091027,adalar", "41.0370,28.9850,beyoglu" })
	void locatesAPointInItsDistrict(double lat, double lon, String slug) throws Exception {
		assertThat(geography.locate(new GeoPoint(lat, lon))).get().extracting(District::slug).isEqualTo(slug);
		mvc.perform(get("/api/v1/geo/locate").param("lat", "" + lat).param("lon", "" + lon))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.slug").value(slug));
	}

	@Test
	void aPointInTheSeaIsInNoDistrict() throws Exception {
		assertThat(geography.locate(new GeoPoint(40.93, 28.95))).isEmpty();
		mvc.perform(get("/api/v1/geo/locate?lat=40.93&lon=28.95"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.type").value("/problems/geo.outside-istanbul"))
			.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void aMissingOrMalformedCoordinateIsABadRequest() throws Exception {
		mvc.perform(get("/api/v1/geo/locate?lon=29.0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("/problems/request.parameter-missing"))
			.andExpect(jsonPath("$.detail").value("\"lat\" değeri eksik."));
		mvc.perform(get("/api/v1/geo/locate?lat=kırk&lon=29.0").header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("/problems/request.parameter-malformed"))
			.andExpect(jsonPath("$.detail").value("The value \"lat\" is not valid."));
		mvc.perform(get("/api/v1/geo/locate?lat=91&lon=29.0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("/problems/geo.coordinate-out-of-range"));
		mvc.perform(get("/api/v1/geo/locate?lat=NaN&lon=29.0")).andExpect(status().isBadRequest());
	}

	@Test
	void listsTheDistrictsAsJson() throws Exception {
		mvc.perform(get("/api/v1/districts"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "max-age=3600, public"))
			.andExpect(jsonPath("$", hasSize(39)))
			.andExpect(jsonPath("$[?(@.slug == 'kadikoy')].side").value("ASIA"))
			.andExpect(jsonPath("$[0].name").value("Adalar"))
			.andExpect(jsonPath("$[0].neighbourhoodCount").value(5))
			.andExpect(jsonPath("$[0].centroid.lat").isNumber())
			.andExpect(jsonPath("$[0].areaKm2").isNumber())
			.andExpect(jsonPath("$[0].population").isNumber());
	}

	@Test
	void aClientThatHasTheBoundariesAlreadyGetsA304() throws Exception {
		String etag = mvc.perform(get("/api/v1/geo/districts.geojson"))
			.andExpect(status().isOk())
			.andExpect(header().exists("ETag"))
			.andReturn().getResponse().getHeader("ETag");
		mvc.perform(get("/api/v1/geo/districts.geojson").header("If-None-Match", etag))
			.andExpect(status().isNotModified())
			.andExpect(content().string(""));
	}

	@Test
	void answersForOneDistrictItsNeighbourhoodsAndNeighbours() throws Exception {
		mvc.perform(get("/api/v1/districts/kadikoy"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Kadıköy"))
			.andExpect(jsonPath("$.neighbourhoodCount").value(21));
		mvc.perform(get("/api/v1/districts/kadikoy/neighbourhoods"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(21)))
			.andExpect(jsonPath("$[?(@.slug == 'caferaga')].name").value("Caferağa"));
		mvc.perform(get("/api/v1/districts/kadikoy/neighbours"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].slug", containsInAnyOrder("atasehir", "maltepe", "uskudar")))
			.andExpect(jsonPath("$[*].crossing", containsInAnyOrder("LAND", "LAND", "LAND")));
	}

	@Test
	void anUnknownDistrictIsAProblemDetail404() throws Exception {
		mvc.perform(get("/api/v1/districts/atlantis").header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.type").value("/problems/district.not-found"))
			.andExpect(jsonPath("$.title").value("Not found"))
			.andExpect(jsonPath("$.detail").value("There is no district called \"atlantis\"."))
			.andExpect(jsonPath("$.instance").value("/api/v1/districts/atlantis"));
		mvc.perform(get("/api/v1/districts/atlantis/neighbours")).andExpect(status().isNotFound());
	}

	@Test
	void servesTheAttributionAndTheBoundaries() throws Exception {
		mvc.perform(get("/api/v1/geo/attribution"))
			.andExpect(jsonPath("$.attribution", is(geography.attribution())));
		assertThat(geography.attribution()).contains("© OpenStreetMap contributors (ODbL 1.0)").contains("TÜİK");
		mvc.perform(get("/api/v1/geo/districts.geojson"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/geo+json"))
			.andExpect(jsonPath("$.features", hasSize(39)));
	}

	@Test
	void theDistrictPagesListDistrictsNeighbourhoodsAndNeighbours() throws Exception {
		mvc.perform(get("/districts/kadikoy"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Caferağa")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Üsküdar")));
		mvc.perform(get("/districts?sort=POPULATION&desc=true"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("aria-sort=\"descending\"")));
		mvc.perform(get("/districts?sort=AREA").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.startsWith("<div id=\"district-table\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<html"))));
		mvc.perform(get("/districts?sort=SIZE").header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("The value &quot;sort&quot; is not valid.")));
		mvc.perform(get("/districts/atlantis"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("text/html"));
	}
}
