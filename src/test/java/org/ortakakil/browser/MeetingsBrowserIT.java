package org.ortakakil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every meetings page in Turkish and in Arabic (right to left), on a phone and a desktop, with the
 * accessibility check: the public list, calendar and meeting page, a registration with its code and QR
 * code, my meetings and my calendar link, and the organiser's pages (form, agenda, attendees, door,
 * minutes), on the demo's meetings.
 */
class MeetingsBrowserIT extends BrowserSupport {

	@ParameterizedTest
	@ValueSource(strings = { "tr", "ar" })
	void everyMeetingsPageInTurkishAndArabic(String language) {
		for (String path : List.of("/meetings", "/meetings?when=past", "/meetings/calendar")) {
			visit(path, language);
		}
		page.navigate(url("/meetings"));
		page.click("main ol a[href^='/meetings/'] >> nth=0");
		String meeting = URI.create(page.url()).getPath();
		visit(meeting, language);

		logIn("sakin@ortakakil.demo", "demo-katilim-2050");
		page.navigate(url(meeting));
		if (page.locator("form[action$='/register'] button").count() > 0) {
			page.click("form[action$='/register'] button");
			page.waitForLoadState();
		}
		visit(meeting + "/registration", language);
		assertThat(page.locator("main svg").count()).as("the QR code of the check-in code").isPositive();
		visit("/account/meetings", language);
		visit("/account/calendar", language);

		context.clearCookies();
		logIn();
		for (String path : List.of("/meetings/new?space=kadikoy-sahil-duzenlemesi", meeting + "/edit",
				meeting + "/agenda", meeting + "/attendees", meeting + "/checkin", meeting + "/minutes")) {
			visit(path, language);
		}
	}
}
