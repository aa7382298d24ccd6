package org.ortakakil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The governance programme in the browser: the administrator plans a cycle for three neighbourhoods of
 * Kadıköy (preview, then confirm), the district's coverage shows their next meetings, and the new pages
 * pass the accessibility check in Turkish and (right to left) in Arabic, with screenshots at 360 px.
 */
class GovernanceBrowserIT extends BrowserSupport {

	static final String[] THREE = { "Rasimpaşa", "Hasanpaşa", "Eğitim" };

	@Test
	void aCoordinatorPlansACycleAndTheCoverageShowsIt() {
		logIn();
		page.navigate(url("/governance/cycles/new?district=kadikoy&lang=tr"));
		LocalDate first = LocalDate.now(ZoneId.of("Europe/Istanbul")).plusDays(90);
		page.fill("#firstDate", first.toString());
		page.fill("#lastDate", first.plusDays(13).toString());
		Locator boxes = page.locator("input[name=neighbourhoods]");
		for (int i = 0; i < boxes.count(); i++) {
			boxes.nth(i).uncheck();
		}
		for (String name : THREE) {
			page.locator("label.choice", new Page.LocatorOptions().setHasText(name)).locator("input").check();
		}
		page.click("button[name=action][value=preview]");
		page.waitForLoadState();
		Locator planned = page.locator(".cycle-plan tbody tr");
		assertThat(planned.count()).isEqualTo(3);
		assertThat(page.textContent(".cycle-plan")).contains(THREE[0]).contains(THREE[1]).contains(THREE[2]);
		screenshot("governance-cycle-preview");
		page.click("button[name=action][value=confirm]");
		page.waitForURL("**/governance/coverage?district=kadikoy**");
		assertThat(page.textContent(".notice")).isNotBlank();
		for (String name : THREE) {
			Locator row = page.locator(".coverage-table tbody tr", new Page.LocatorOptions().setHasText(name));
			assertThat(row.locator("td").nth(3).locator("a").count()).isEqualTo(1);
		}
		page.waitForSelector(".coverage-map path.leaflet-interactive",
				new Page.WaitForSelectorOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
		screenshot("governance-coverage-kadikoy");
	}

	@Test
	void theGovernancePagesInTurkishAndArabic() {
		logIn();
		visit("/governance/cycles/new?district=kadikoy", "tr");
		visit("/governance/cycles/new?district=kadikoy", "ar");
		visit("/governance/coverage", "tr");
		page.waitForSelector(".coverage-map path.leaflet-interactive",
				new Page.WaitForSelectorOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
		screenshot("governance-coverage-city-map");
		visit("/governance/coverage?district=uskudar", "ar");
		Long meeting = application.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
			.sql("SELECT MIN(id) FROM meeting WHERE cycle_id IS NOT NULL AND district_id = 1421").query(Long.class).single();
		visit("/governance/meetings/" + meeting + "/agenda", "tr");
		visit("/governance/meetings/" + meeting + "/agenda", "ar");
		visit("/governance/meetings/" + meeting + "/proposals", "tr");
		visit("/governance/meetings/" + meeting + "/proposals", "ar");
	}
}
