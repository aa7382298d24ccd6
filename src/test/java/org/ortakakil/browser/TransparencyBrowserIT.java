package org.ortakakil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ortakakil.requests.Channel;
import org.ortakakil.requests.Priority;
import org.ortakakil.requests.ServiceGroup;
import org.ortakakil.requests.internal.CatalogueAdministration;
import org.ortakakil.requests.internal.CatalogueStore;
import org.ortakakil.requests.internal.CategoryDraft;
import org.ortakakil.requests.internal.RequestDraft;
import org.ortakakil.requests.internal.RequestHandling;
import org.ortakakil.requests.internal.ServiceRequests;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;

/**
 * The public list and map of requests with its filters, and the statistics page, in Turkish and Arabic
 * (right to left), checked by axe and photographed on a desktop and a 360 px phone. Its categories and
 * requests are its own: two public ones in Kadıköy (one resolved), one in Fatih and one private.
 */
class TransparencyBrowserIT extends BrowserSupport {

	static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
	static final String BENCH = "tb-bench-" + SUFFIX;
	static final String SUPPORT = "tb-support-" + SUFFIX;
	static String resolved;

	@Autowired
	CatalogueAdministration administration;

	@Autowired
	CatalogueStore store;

	@Autowired
	ServiceRequests requests;

	@Autowired
	RequestHandling handling;

	@BeforeEach
	void requests() {
		if (store.any(BENCH).isPresent()) {
			return;
		}
		administration.create(new CategoryDraft(BENCH, LocalizedText.of("Kırık bank", "Broken bench"), null,
				ServiceGroup.PARKS, List.of(), false, false, true, "park-bahce", Map.of(Priority.NORMAL, 24)),
				Actor.SYSTEM);
		administration.create(new CategoryDraft(SUPPORT, LocalizedText.of("Evde bakım desteği", "Home care support"),
				null, ServiceGroup.OTHER, List.of(), true, false, true, "sosyal-hizmetler", Map.of()), Actor.SYSTEM);
		create(BENCH, "40.9903", "29.0290", 40512, "Moda sahilinde bankın oturağı kırık");
		resolved = create(BENCH, "40.9870", "29.0270", 40512, "Parktaki bank sallanıyor");
		handling.accept(resolved, null, Actor.SYSTEM);
		handling.resolve(resolved, "Bank onarıldı", null, Actor.SYSTEM);
		create(BENCH, "41.0082", "28.9784", null, "Sultanahmet’te bank kırık");
		create(SUPPORT, "40.9920", "29.0300", 40512, "Gizli bilgi: yaşlı komşu yalnız");
	}

	String create(String code, String lat, String lon, Integer neighbourhood, String description) {
		return requests.create(new RequestDraft(code, lat, lon, null, null, null, null, null, null, null, null,
				description, null, Map.of(), Channel.WEB, neighbourhood, null, "tr"), Actor.SYSTEM).serviceRequestId();
	}

	@Test
	void theListFiltersAndItsMapShowsThePublicRequests() {
		page.navigate(url("/requests?category=" + BENCH));
		Locator rows = page.locator("#results tbody tr");
		assertThat(rows.count()).isEqualTo(3);
		Locator markers = page.locator(".map path.leaflet-interactive");
		page.waitForCondition(() -> markers.count() == 39 + 3);
		page.selectOption("#filter-district", "kadikoy");
		page.click("form.filters button[type=submit]");
		page.waitForURL("**district=kadikoy**");
		assertThat(rows.count()).isEqualTo(2);
		page.selectOption("#filter-neighbourhood", "40512");
		page.selectOption("#filter-status", "RESOLVED");
		page.click("form.filters button[type=submit]");
		page.waitForURL("**status=RESOLVED**");
		assertThat(rows.count()).isEqualTo(1);
		assertThat(rows.first().textContent()).contains("Kırık bank", "Kadıköy", "Caferağa", "Çözüldü");
		page.waitForCondition(() -> markers.count() == 39 + 1);
		screenshot("requests-filtered");
		rows.first().locator("a").first().click();
		page.waitForURL("**/requests/" + resolved);
	}

	@Test
	void aPrivateRequestIsListedWithoutItsDescriptionAndNotOnTheMap() {
		page.navigate(url("/requests?category=" + SUPPORT));
		assertThat(page.locator("#results tbody tr").count()).isEqualTo(1);
		assertThat(page.textContent("main")).contains("Evde bakım desteği", "Kişisel kategori")
			.doesNotContain("Gizli bilgi");
		page.waitForSelector(".map path.leaflet-interactive");
		page.waitForTimeout(500);
		assertThat(page.locator(".map path.leaflet-interactive").count()).isEqualTo(39);
	}

	@Test
	void theListAndTheStatisticsReadWellInTurkishAndArabic() {
		for (String language : List.of("tr", "ar")) {
			visit("/requests", language);
			visit("/requests/statistics", language);
		}
		visit("/requests/statistics?district=kadikoy", "tr");
		assertThat(page.textContent("main")).contains("Kırık bank", "Kadıköy ilçesinde kategorilere göre");
	}
}
