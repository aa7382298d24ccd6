package org.ortakakil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.ortakakil.requests.photos.TestPhotos;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.Geolocation;

/**
 * A resident on a 360 px phone reports a broken street light in Kadıköy: chooses the category, answers
 * its question (swapped in by htmx), uses the device's location (which fills the district and then its
 * neighbourhoods), adds a photo and files it; then sees the request page and their list of requests.
 * Every new page passes the accessibility check in Turkish and in Arabic (right to left).
 */
class IntakeBrowserIT extends BrowserSupport {

	@Test
	void aResidentReportsABrokenStreetLightOnAPhone() {
		context.grantPermissions(List.of("geolocation"));
		context.setGeolocation(new Geolocation(40.9862, 29.0271));
		logIn("sakin@ortakakil.demo", "demo-katilim-2050");
		page.setViewportSize(360, 740);
		page.navigate(url("/requests/new?lang=tr"));
		page.selectOption("#serviceCode", "sokak-lambasi-yanmiyor");
		page.waitForSelector("#attribute-LIGHTS_OUT");
		page.fill("#attribute-LIGHTS_OUT", "2");
		page.click("#use-location");
		page.waitForCondition(() -> "1421".equals(page.inputValue("#districtId")));
		page.waitForSelector("#neighbourhoodId option[value='40512']", new com.microsoft.playwright.Page.WaitForSelectorOptions()
			.setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
		page.selectOption("#neighbourhoodId", "40512");
		assertThat(page.inputValue("#lat")).startsWith("40.986");
		assertThat(page.textContent("#located")).contains("Kadıköy");
		page.fill("#address", "Moda Caddesi, 12 numaranın önü");
		page.fill("#description", "İki sokak lambası akşamdan beri yanmıyor, köşe çok karanlık.");
		page.setInputFiles("#photo", new FilePayload("lamba.png", "image/png", TestPhotos.streetLight()));
		screenshot("intake-street-light-filled");

		page.click("button[name=step][value=submit]");
		page.waitForURL(u -> u.matches(".*/requests/[A-Z0-9]{12}$"));
		String path = page.url().substring(page.url().indexOf("/requests/"));
		assertThat(page.textContent("h1")).contains("Sokak lambası yanmıyor");
		assertThat(page.textContent("main")).contains("Yeni").contains("Kadıköy").contains("Caferağa");
		assertThat(page.isVisible("img.request-photo")).isTrue();
		assertThat((Boolean) page.evaluate("document.querySelector('img.request-photo').naturalWidth > 0")).isTrue();
		screenshot("intake-street-light-request");

		for (String language : List.of("tr", "ar")) {
			visit("/requests/new", language);
			visit(path, language);
			visit("/account/requests", language);
		}
		assertThat(page.locator("main a[href=\"" + path + "\"]").count()).isEqualTo(1);
	}

}
