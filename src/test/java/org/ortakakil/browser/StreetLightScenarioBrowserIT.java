package org.ortakakil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ortakakil.requests.RequestState;
import org.ortakakil.requests.internal.RequestHandling;
import org.ortakakil.requests.photos.TestPhotos;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.Geolocation;

/**
 * Issue 6 from end to end, as its people do it, with a screenshot at every step: a resident reports a
 * broken street light in Kadıköy on a phone; the Anatolian lighting unit accepts it; its dispatcher
 * assigns the suggested motorized team; the team member resolves it on a phone with a note and a photo;
 * the resident is told by mail and confirms the fix on the request's page.
 */
class StreetLightScenarioBrowserIT extends BrowserSupport {

	static final String PASSWORD = "demo-katilim-2050";

	@Test
	void aBrokenStreetLightIsReportedAcceptedAssignedResolvedAndConfirmed() {
		RequestHandling handling = application.getBean(RequestHandling.class);

		// 1. The resident, on a phone, reports it.
		usePhone();
		context.grantPermissions(List.of("geolocation"));
		context.setGeolocation(new Geolocation(40.9868, 29.0262));
		logIn("sakin@ortakakil.demo", PASSWORD);
		page.navigate(url("/requests/new?lang=tr"));
		page.selectOption("#serviceCode", "sokak-lambasi-yanmiyor");
		page.waitForSelector("#attribute-LIGHTS_OUT");
		page.fill("#attribute-LIGHTS_OUT", "1");
		page.click("#use-location");
		page.waitForCondition(() -> "1421".equals(page.inputValue("#districtId")));
		page.fill("#description", "Bahariye Caddesi’nin köşesindeki lamba üç gündür yanmıyor.");
		page.setInputFiles("#photo", new FilePayload("lamba.png", "image/png", TestPhotos.streetLight()));
		screenshot("scenario-1-resident-reports");
		page.click("button[name=step][value=submit]");
		page.waitForURL(u -> u.matches(".*/requests/[A-Z0-9]{12}$"));
		String id = page.url().substring(page.url().lastIndexOf('/') + 1);
		assertThat(handling.get(id).unit()).isEqualTo("aydinlatma-anadolu");
		assertThat(handling.get(id).state()).isEqualTo(RequestState.NEW);
		screenshot("scenario-2-resident-sees-the-request");

		// 2. The unit accepts it.
		useDesktop();
		logIn("birim@ortakakil.demo", PASSWORD);
		page.navigate(url("/staff/requests?unit=aydinlatma-anadolu"));
		page.click("a:text('" + id + "')");
		assertThat(page.textContent("main")).contains("Bahariye Caddesi").contains("sakin@ortakakil.demo");
		screenshot("scenario-3-unit-sees-the-request");
		page.click("form[action$='/accept'] button");
		page.waitForLoadState();
		assertThat(handling.get(id).state()).isEqualTo(RequestState.ACCEPTED);

		// 3. The dispatcher assigns the suggested team.
		page.navigate(url("/dispatch?unit=aydinlatma-anadolu&request=" + id));
		page.locator("#suggestions-title").waitFor();
		Locator best = page.locator("#suggestions tbody tr").first();
		assertThat(best.innerText()).contains("Kadıköy Aydınlatma 1");
		screenshot("scenario-4-dispatcher-sees-suggestions");
		best.locator("button").click();
		page.waitForLoadState();
		assertThat(handling.get(id).state()).isEqualTo(RequestState.ASSIGNED);

		// 4. The team member resolves it on a phone.
		usePhone();
		logIn("ekip@ortakakil.demo", PASSWORD);
		page.navigate(url("/team"));
		Locator job = page.locator("article.job", new Page.LocatorOptions().setHasText(id));
		for (int step = 0; step < 3; step++) {
			job.locator("button.step").click();
			page.waitForLoadState();
			job = page.locator("article.job", new Page.LocatorOptions().setHasText(id));
		}
		job.locator("textarea[name=note]").fill("Lamba ve duy değiştirildi, çalışıyor.");
		job.locator("input[name=photo]").setInputFiles(new FilePayload("yeni-lamba.png", "image/png",
				TestPhotos.streetLight()));
		screenshot("scenario-5-team-resolves");
		job.locator("form[action$='/resolve'] button").click();
		page.waitForLoadState();
		assertThat(handling.get(id).state()).isEqualTo(RequestState.RESOLVED);

		// 5. The resident is told, and confirms.
		logIn("sakin@ortakakil.demo", PASSWORD);
		page.navigate(url("/dev/mailbox"));
		page.waitForCondition(() -> {
			page.reload();
			return page.locator("article.mail", new Page.LocatorOptions().setHasText(id)).count() >= 2;
		});
		assertThat(page.locator("article.mail", new Page.LocatorOptions().setHasText(id)).first().innerText())
			.contains("sakin@ortakakil.demo").contains("Lamba ve duy değiştirildi");
		screenshot("scenario-6-resident-is-told");
		page.navigate(url("/requests/" + id));
		assertThat(page.textContent("main")).contains("Çözüldü").contains("Lamba ve duy değiştirildi");
		assertThat(page.locator("img.request-photo").count()).as("the resident's photo and the team's").isEqualTo(2);
		assertThat((Boolean) page.evaluate("[...document.querySelectorAll('img.request-photo')]"
				+ ".every(img => img.complete && img.naturalWidth > 0)")).isTrue();
		page.click("section.confirm form[action$='/confirm'] button");
		page.waitForLoadState();
		assertThat(handling.get(id).confirmedAt()).isNotNull();
		assertThat(page.textContent("main")).contains("Bildiren çözümü onayladı");
		screenshot("scenario-7-resident-confirms");
	}
}
