package org.ortakakil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * My Neighbourhood, My Muhtar in the browser: Caferağa's demo muhtar adds a need on a 360 px phone and
 * moves it up; the muhtar's page, the district's needs and the printable monthly report pass the
 * accessibility check in Turkish and (right to left) in Arabic, with screenshots.
 */
class NeedsBrowserIT extends BrowserSupport {

	static final String MUHTAR = "muhtar@ortakakil.demo";
	static final String PASSWORD = "demo-katilim-2050";

	@Test
	void theMuhtarAddsANeedAndMovesItUpOnAPhone() {
		page.setViewportSize(360, 740);
		logIn(MUHTAR, PASSWORD);
		page.navigate(url("/muhtar?lang=tr"));
		assertThat(page.textContent("h1")).contains("Caferağa");
		String title = "Caferağa Spor Salonu önüne bank " + UUID.randomUUID().toString().substring(0, 4);
		page.fill("#new-title", title);
		page.fill("#new-description", "Yaşlılar otobüs beklerken oturacak yer bulamıyor.");
		page.fill("#new-cost", "45.000");
		page.click("form[action='/muhtar/needs'] button[type=submit]");
		page.waitForLoadState();
		Locator need = page.locator("li.need", new Page.LocatorOptions().setHasText(title));
		String rank = need.locator(".rank").textContent();
		int before = Integer.parseInt(rank.replace(".", "").strip());
		assertThat(before).isGreaterThan(1);
		screenshot("muhtar-need-added");
		need.locator("form:has(input[name=direction][value='-1']) button").click();
		page.waitForLoadState();
		need = page.locator("li.need", new Page.LocatorOptions().setHasText(title));
		assertThat(need.locator(".rank").textContent()).isEqualTo((before - 1) + ".");
		assertThat(page.locator(".notice").textContent()).isNotBlank();
		screenshot("muhtar-need-moved");

		page.fill("#new-title", "Eksi maliyet");
		page.fill("#new-cost", "-10");
		page.click("form[action='/muhtar/needs'] button[type=submit]");
		page.waitForLoadState();
		assertThat(page.textContent("#new-cost-error")).contains("eksi olamaz");
		screenshot("muhtar-need-refused");
	}

	@Test
	void theMuhtarsAndTheCoordinatorsPagesInTurkishAndArabic() {
		logIn(MUHTAR, PASSWORD);
		visit("/muhtar", "tr");
		visit("/muhtar", "ar");
		closeContext();
		open();
		logIn();
		visit("/coordinator/needs?district=kadikoy", "tr");
		visit("/coordinator/needs?district=kadikoy", "ar");
		visit("/coordinator/needs/report?district=kadikoy&month=2026-11", "tr");
		visit("/coordinator/needs/report?district=kadikoy&month=2026-11", "ar");
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
		assertThat(page.locator(".site-header").isVisible()).isFalse();
		// Printed on A4, not on a phone: one picture at the desktop width.
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("needs-report-print.png")).setFullPage(true));
	}
}
