package org.ortakakil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

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
		page.setInputFiles("#photo", new FilePayload("lamba.png", "image/png", png()));
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

	/** A small generated photo of a lamp post's yellow light. */
	static byte[] png() {
		BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(new Color(20, 24, 48));
		g.fillRect(0, 0, 320, 240);
		g.setColor(new Color(120, 120, 120));
		g.fillRect(150, 60, 12, 180);
		g.setColor(new Color(255, 200, 40));
		g.fillOval(130, 30, 50, 40);
		g.dispose();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", bytes);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return bytes.toByteArray();
	}
}
