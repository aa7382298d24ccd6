package org.ortakakil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ortakakil.requests.Channel;
import org.ortakakil.requests.RequestState;
import org.ortakakil.requests.internal.RequestDraft;
import org.ortakakil.requests.internal.RequestHandling;
import org.ortakakil.requests.internal.ServiceRequests;
import org.ortakakil.requests.photos.TestPhotos;
import org.ortakakil.shared.Actor;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

/**
 * The motorized teams in a browser: the Anatolian lighting unit's dispatcher picks a street-light
 * request in Kadıköy on the console, sees the suggested teams and assigns the Kadıköy team; the team
 * member, on a 360 px phone, accepts it, sets off, arrives and resolves it with a note and a photo.
 * And the new pages in Turkish and Arabic (right to left, axe, screenshots).
 */
class TeamsBrowserIT extends BrowserSupport {

	static final String UNIT = "aydinlatma-anadolu";
	static final String PASSWORD = "demo-katilim-2050";

	String streetLightInKadikoy() {
		return application.getBean(ServiceRequests.class).create(new RequestDraft("sokak-lambasi-yanmiyor", "40.9880",
				"29.0300", null, null, "sakin@example.org", null, null, null, null, null,
				"Moda Caddesi’nde iki lamba yanmıyor.", null, Map.of("LIGHTS_OUT", List.of("2")), Channel.WEB),
				Actor.SYSTEM).serviceRequestId();
	}

	@Test
	void theDispatcherAssignsAndTheTeamResolvesOnThePhone() throws Exception {
		String id = streetLightInKadikoy();
		logIn("birim@ortakakil.demo", PASSWORD);
		page.navigate(url("/dispatch?unit=" + UNIT));
		Locator link = page.locator("#waiting a", new Page.LocatorOptions().setHasText(id));
		link.click();
		page.locator("#suggestions-title").waitFor();
		assertThat(page.locator("#suggestions").innerText()).contains(id).contains("Kadıköy Aydınlatma 1");
		screenshot("dispatch-suggestions");
		page.locator("#suggestions tr", new Page.LocatorOptions().setHasText("Kadıköy Aydınlatma 1"))
			.locator("button").click();
		page.waitForURL(u -> u.endsWith("/dispatch?unit=" + UNIT));
		assertThat(page.locator(".notice").innerText()).isNotBlank();
		assertThat(page.locator("main").innerText()).contains(id);
		RequestHandling handling = application.getBean(RequestHandling.class);
		assertThat(handling.get(id).state()).isEqualTo(RequestState.ASSIGNED);

		BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740)
			.setLocale("tr-TR").setIsMobile(true).setHasTouch(true));
		try {
			context.close();
			context = phone;
			page = phone.newPage();
			logIn("ekip@ortakakil.demo", PASSWORD);
			page.navigate(url("/team"));
			Locator job = page.locator("article.job", new Page.LocatorOptions().setHasText(id));
			for (int step = 0; step < 3; step++) {
				job.locator("button.step").click();
				page.waitForLoadState();
				job = page.locator("article.job", new Page.LocatorOptions().setHasText(id));
			}
			assertThat(handling.get(id).state()).isEqualTo(RequestState.IN_PROGRESS);
			assertThat(job.locator("button.step").count()).isZero();
			assertThat(page.evaluate("document.documentElement.scrollWidth")).isEqualTo(360);
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("team-on-site-phone.png"))
				.setFullPage(true));
			job.locator("textarea[name=note]").fill("İki lamba ve balast değiştirildi.");
			job.locator("input[name=photo]").setInputFiles(new FilePayload("lamba.png", "image/png", TestPhotos.streetLight()));
			job.locator("form[action$='/resolve'] button").click();
			page.waitForLoadState();
			assertThat(page.locator(".notice").innerText()).isNotBlank();
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("team-resolved-phone.png"))
				.setFullPage(true));
		}
		finally {
			page.setViewportSize(1280, 900);
		}
		assertThat(handling.get(id).state()).isEqualTo(RequestState.RESOLVED);
		assertThat(handling.history(handling.get(id).id(), false)).last()
			.satisfies(update -> assertThat(update.photoKey()).isNotNull());
	}

	@ParameterizedTest
	@ValueSource(strings = { "tr", "ar" })
	void theTeamsPagesInTurkishAndArabic(String language) {
		String id = streetLightInKadikoy();
		logIn("birim@ortakakil.demo", PASSWORD);
		for (String path : List.of("/dispatch?unit=" + UNIT, "/dispatch?unit=" + UNIT + "&request=" + id,
				"/teams?unit=" + UNIT, "/teams/new?unit=" + UNIT)) {
			visit(path, language);
		}
		page.navigate(url("/teams?unit=" + UNIT));
		page.click("tbody a >> nth=0");
		visit(java.net.URI.create(page.url()).getPath(), language);
		context.clearCookies();
		logIn("ekip@ortakakil.demo", PASSWORD);
		visit("/team", language);
	}
}
