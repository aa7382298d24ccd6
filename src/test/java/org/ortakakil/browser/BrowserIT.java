package org.ortakakil.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ortakakil.identity.census.CensusFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * The platform's own pages in headless Chromium: languages, districts, places, accounts, administration.
 */
class BrowserIT extends BrowserSupport {


	@Test
	void theHomePageSpeaksTurkishAndShowsTheFlagshipProcesses() {
		page.navigate(url("/"));
		assertThat(page.getAttribute("html", "lang")).isEqualTo("tr");
		assertThat(page.getAttribute("html", "dir")).isEqualTo("ltr");
		assertThat(page.textContent("h1")).isEqualTo("İstanbul’u birlikte yönetiyoruz");
		assertThat(page.textContent("main")).contains("Vizyon 2050", "Katılımcı Bütçe 2027");
		assertThat(page.textContent("footer")).contains("© OpenStreetMap contributors (ODbL 1.0)");
		screenshot("home-tr");
	}

	@Test
	void theHomePageSpeaksEnglishWhenAsked() {
		page.navigate(url("/?lang=en"));
		assertThat(page.getAttribute("html", "lang")).isEqualTo("en");
		assertThat(page.textContent("h1")).isEqualTo("Governing İstanbul together");
		screenshot("home-en");
		page.navigate(url("/processes?lang=en"));
		screenshot("processes-en");
		page.navigate(url("/assemblies/ilce-kent-konseyleri-koordinasyon-masasi?lang=ar"));
		assertThat(page.textContent("main")).contains("Kadıköy Kent Konseyi");
		screenshot("assembly-ar");
	}

	@Test
	void switchingToArabicTurnsThePageRightToLeftAndIsRemembered() {
		page.navigate(url("/"));
		page.click(".languages summary");
		page.click("a[hreflang=ar]");
		page.waitForURL("**lang=ar");
		assertThat(page.getAttribute("html", "lang")).isEqualTo("ar");
		assertThat(page.getAttribute("html", "dir")).isEqualTo("rtl");
		assertThat(page.textContent("main")).contains("الميزانية التشاركية 2027", "رؤية 2050");
		assertThat(page.getAttribute("h3 a:has-text('رؤية 2050')", "lang")).isEqualTo("ar");
		page.waitForLoadState();
		screenshot("home-ar");

		page.navigate(url("/districts"));
		assertThat(page.getAttribute("html", "dir")).isEqualTo("rtl");
	}

	@Test
	void aDistrictPageListsItsNeighbourhoodsNeighboursAndSpaces() {
		page.navigate(url("/districts/kadikoy"));
		assertThat(page.textContent("h1")).isEqualTo("Kadıköy");
		assertThat(page.locator("section[aria-labelledby=neighbourhoods-title] tbody tr").count()).isEqualTo(21);
		assertThat(page.textContent("main")).contains("Caferağa", "Ataşehir", "Üsküdar", "Kadıköy Kent Konseyi");
		page.waitForSelector(".map path.leaflet-interactive");
		page.waitForFunction("document.querySelectorAll('.map path.leaflet-interactive').length === 40");
		assertThat(page.getAttribute(".leaflet-control-zoom-in", "title")).isEqualTo("Yakınlaştır");
		screenshot("district-kadikoy");
	}

	@Test
	void thePlacesMapRedrawsItsMarkersWhenFilteredByType() {
		page.navigate(url("/places"));
		Locator markers = page.locator(".map path.leaflet-interactive");
		Locator rows = page.locator("#results tbody tr");
		page.waitForCondition(() -> markers.count() == 39 + rows.count());
		page.selectOption("#filter-type", "WIFI_HOTSPOT");
		page.waitForURL("**type=WIFI_HOTSPOT**");
		Locator types = page.locator("#results tbody td:nth-child(2)");
		page.waitForCondition(() -> types.allTextContents().stream().allMatch("Wi-Fi noktası"::equals));
		int hotspots = rows.count();
		assertThat(hotspots).isGreaterThanOrEqualTo(5);
		page.waitForCondition(() -> markers.count() == 39 + hotspots);
		screenshot("places");
	}

	@Test
	void theDistrictTableSortsInPlaceWithHtmx() {
		page.navigate(url("/districts"));
		page.click("th >> text=Nüfus");
		page.waitForURL("**sort=POPULATION**");
		page.waitForSelector("th[aria-sort=ascending] >> text=Nüfus");
		assertThat(page.textContent("tbody tr:first-child th a")).isEqualTo("Adalar");
		page.click("th >> text=Nüfus");
		page.waitForSelector("th[aria-sort=descending] >> text=Nüfus");
		assertThat(page.textContent("tbody tr:first-child th a")).isEqualTo("Esenyurt");
		screenshot("districts");
	}

	@Test
	void theApiDocumentationRendersUnderTheContentSecurityPolicy() {
		page.navigate(url("/swagger-ui.html"));
		page.waitForSelector(".opblock", new Page.WaitForSelectorOptions().setTimeout(15000));
		assertThat(page.textContent("#swagger-ui")).contains("Ortak Akıl API");
		assertThat(page.locator(".opblock").count()).isGreaterThanOrEqualTo(8);
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("api-docs-desktop.png")));
	}

	/** Every page of this issue, in Turkish and in Arabic, on a phone and a desktop: screenshot, width, axe. */
	@ParameterizedTest
	@ValueSource(strings = { "tr", "ar" })
	void everyPageInTurkishAndArabic(String language) {
		for (String path : List.of("/", "/districts", "/districts/kadikoy", "/processes", "/processes/vizyon-2050",
				"/assemblies", "/assemblies/ilce-kent-konseyleri-koordinasyon-masasi", "/places",
				"/places/mobil-cozum-merkezi-anadolu", "/login", "/login?locked=1900000000",
				"/account/register", "/account/registered", "/account/forgot", "/account/resend", "/account/reset?token=x",
				"/account/confirm?token=x", "/dev/mailbox")) {
			visit(path, language);
		}
		logIn();
		for (String path : List.of("/account", "/account/verify", "/account/consent", "/account/delete", "/admin",
				"/admin/processes", "/admin/processes/new", "/admin/assemblies", "/admin/assemblies/new", "/admin/audit",
				"/admin/users", "/admin/users/1", "/admin/consent", "/admin/census", "/admin/services",
				"/admin/services/sokak-lambasi-yanmiyor", "/admin/open311-keys", "/staff/requests?unit=aydinlatma-anadolu")) {
			visit(path, language);
		}
		page.navigate(url("/staff/requests?unit=aydinlatma-anadolu"));
		page.click("tbody a >> nth=0");
		visit(java.net.URI.create(page.url()).getPath(), language);
		page.navigate(url("/admin/processes"));
		page.click("tbody a >> nth=0");
		visit(java.net.URI.create(page.url()).getPath(), language);
		page.navigate(url("/admin/assemblies"));
		page.click("tbody a >> nth=0");
		visit(java.net.URI.create(page.url()).getPath(), language);
		page.navigate(url("/admin/census"));
		page.click("tbody a >> nth=0");
		visit(java.net.URI.create(page.url()).getPath(), language);
	}



	@Test
	void aNewcomerRegistersConfirmsVerifiesSeesTheirDistrictDownloadsTheirDataAndDeletesTheAccount() throws Exception {
		demoResidentsInTheCensus();
		String email = "yeni." + System.nanoTime() + "@örnek.istanbul";
		page.navigate(url("/"));
		page.click("text=Giriş");
		page.click("text=Hesabınız yok mu? Hesap açın");
		page.fill("#email", email);
		page.fill("#displayName", "Zeynep Newcomer");
		page.fill("#password", "Moda sahilinde çay 2050");
		page.check("input[name=consentVersion]");
		screenshot("newcomer-1-register");
		page.click("main form button[type=submit]");
		page.waitForURL("**/account/registered");
		assertThat(page.textContent("main")).contains(email);
		screenshot("newcomer-2-check-mail");

		page.navigate(url("/dev/mailbox"));
		screenshot("newcomer-3-mailbox");
		page.click("article:has-text('" + email + "') a[href*='/account/confirm']");
		page.waitForURL("**/login?confirmed");
		assertThat(page.textContent("[role=status]")).contains("E-posta adresiniz doğrulandı");
		page.fill("#username", email);
		page.fill("#password", "Moda sahilinde çay 2050");
		page.click("main form button[type=submit]");
		page.waitForURL("**/account");
		assertThat(page.textContent("main")).contains("Henüz mahalle sakini olarak doğrulanmadınız");
		screenshot("newcomer-4-account");

		page.click("main a[href='/account/verify']");
		page.waitForURL("**/account/verify");
		page.fill("#tckn", "10000000145");
		page.fill("#birthDate", "1985-04-23");
		page.click("main form button[type=submit]");
		assertThat(page.textContent("[role=alert]")).contains("kontrol haneleri");
		assertThat(page.getAttribute("#tckn", "aria-invalid")).isEqualTo("true");
		screenshot("newcomer-5-verify-error");
		page.fill("#tckn", NEWCOMER_TCKN);
		page.fill("#birthDate", "1985-04-23");
		page.click("main form button[type=submit]");
		page.waitForURL("**/account");
		assertThat(page.textContent("main")).contains("Doğrulanmış sakin", "Kadıköy", "Caferağa");
		assertNoSeriousAccessibilityViolations("account, verified");
		screenshot("newcomer-6-verified");

		Download download = page.waitForDownload(() -> page.click("text=Verilerimi indir (JSON)"));
		String data = Files.readString(download.path());
		assertThat(data).contains(email, "Zeynep Newcomer", "\"districtId\":1421");

		page.click("main >> text=Hesabımı sil");
		page.waitForURL("**/account/delete");
		page.check("input[name=understood]");
		page.fill("#password", "Moda sahilinde çay 2050");
		screenshot("newcomer-7-delete");
		page.click("main form button[type=submit]");
		page.waitForURL(url("/"));
		assertThat(page.textContent("[role=status]")).contains("Hesabınız silindi");
		assertThat(page.textContent("header")).contains("Giriş");
		screenshot("newcomer-8-deleted");
	}

	@Test
	void anOfficeClerkStartsAnAssistedSessionForAResidentWhoIsPresent() {
		demoResidentsInTheCensus();
		logIn("ofis@ortakakil.demo", "demo-katilim-2050");
		page.click("header >> text=Katılım ofisi");
		page.waitForURL("**/office");
		page.fill("#tckn", VISITOR_TCKN);
		page.fill("#birthDate", "1990-05-19");
		page.fill("#displayName", "Kuzguncuklu Ayten");
		page.check("input[name=informed]");
		screenshot("office-1-desk");
		page.click("main form button[type=submit]");
		page.waitForURL("**/office/assist");
		assertThat(page.textContent(".assisted-banner")).contains("Yardımlı oturum", "Kuzguncuklu Ayten",
				"Deniz Kaya (Kadıköy Katılım Ofisi)");
		assertNoSeriousAccessibilityViolations("assisted session");
		screenshot("office-2-assisting");
		page.navigate(url("/processes/katilimci-butce-2027"));
		assertThat(page.isVisible(".assisted-banner")).isTrue();
		screenshot("office-3-acting-for-resident");
		page.navigate(url("/processes/katilimci-butce-2027?lang=ar"));
		assertThat(page.isVisible(".assisted-banner")).isTrue();
		screenshot("office-4-acting-for-resident-ar");
		page.click(".assisted-banner button");
		page.waitForURL("**/office");
		assertThat(page.isVisible(".assisted-banner")).isFalse();
		screenshot("office-5-ended");
	}

	@Test
	void theKeyboardReachesTheMainContentFirst() {
		page.navigate(url("/"));
		page.keyboard().press("Tab");
		assertThat(page.evaluate("document.activeElement.className")).isEqualTo("skip-link");
		page.keyboard().press("Enter");
		assertThat(page.evaluate("document.activeElement.id")).isEqualTo("main");
	}

	@Test
	void anAdministratorLogsInCreatesAPhasedProcessAndPublishesIt() {
		String slug = "tarayici-" + System.nanoTime();
		page.navigate(url("/admin/processes/new"));
		page.waitForURL("**/login**");
		logIn();
		page.navigate(url("/admin/processes/new"));

		page.fill("#title-tr", "Tarayıcıdan süreç");
		page.fill("#slug", slug);
		page.click("form.stack button[type=submit]");
		page.waitForURL("**/admin/processes/*");
		assertThat(page.textContent("[role=status]")).contains("kaydedildi");

		page.fill("#new-phase-start", "2027-01-10");
		page.fill("#new-phase-end", "2027-01-05");
		page.fill("#phases-title ~ form #title-tr", "Ters aşama");
		page.click("text=Aşama ekle");
		assertThat(page.textContent("[role=alert]")).contains("bitiş tarihi başlangıç tarihinden önce olamaz");
		screenshot("admin-process-error");

		page.fill("#new-phase-end", "2027-02-05");
		page.click("text=Aşama ekle");
		assertThat(page.locator("ol.phases li").count()).isEqualTo(1);
		assertNoSeriousAccessibilityViolations("admin process page");
		page.click("button:has-text('Yayınla')");
		page.navigate(url("/processes/" + slug));
		assertThat(page.textContent("h1")).isEqualTo("Tarayıcıdan süreç");
		assertThat(page.textContent("main")).contains("Ters aşama");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/?lang=ar", "/?lang=en", "/districts", "/districts/kadikoy", "/processes",
			"/processes/vizyon-2050", "/assemblies", "/assemblies/istanbul-kent-konseyi", "/login", "/nowhere" })
	void axeFindsNoSeriousOrCriticalViolations(String path) {
		page.navigate(url(path));
		page.waitForLoadState();
		assertNoSeriousAccessibilityViolations(path);
	}

}
