package org.ortakakil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.ortakakil.identity.census.CensusFixtures;
import org.ortakakil.meetings.RegistrationStatus;
import org.ortakakil.meetings.internal.RegistrationView;
import org.ortakakil.meetings.internal.Registrations;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * Issue 7 from end to end, with a screenshot at every step: Kadıköy's district coordinator plans a
 * cycle of neighbourhood meetings; a resident registers on a phone and another through the Kadıköy
 * participation office; Caferağa's muhtar checks them in at the door by their codes; the minutes with
 * a decision are published; and the coverage view shows Caferağa's meeting as held.
 */
class NeighbourhoodGovernanceScenarioBrowserIT extends BrowserSupport {

	static final String PASSWORD = "demo-katilim-2050";
	static final int CAFERAGA = 40512;
	static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

	@Test
	void aCycleIsPlannedResidentsRegisterTheMuhtarChecksThemInAndTheMinutesAndCoverageShowIt() {
		JdbcClient jdbc = application.getBean(JdbcClient.class);
		Registrations registrations = application.getBean(Registrations.class);

		// 1. The district coordinator plans a cycle for three neighbourhoods of Kadıköy.
		logIn("koordinator@ortakakil.demo", PASSWORD);
		page.navigate(url("/governance/coverage?district=kadikoy"));
		page.click("a[href^='/governance/cycles/new']");
		LocalDate first = LocalDate.now(ISTANBUL).plusDays(120);
		page.fill("#firstDate", first.toString());
		page.fill("#lastDate", first.plusDays(13).toString());
		Locator boxes = page.locator("input[name=neighbourhoods]");
		for (int i = 0; i < boxes.count(); i++) {
			boxes.nth(i).uncheck();
		}
		for (String name : new String[] { "Caferağa", "Osmanağa", "Rasimpaşa" }) {
			page.locator("label.choice", new Page.LocatorOptions().setHasText(name)).locator("input").check();
		}
		page.click("button[name=action][value=preview]");
		page.waitForLoadState();
		assertThat(page.locator(".cycle-plan tbody tr").count()).isEqualTo(3);
		screenshot("governance-scenario-1-cycle-preview");
		page.click("button[name=action][value=confirm]");
		page.waitForURL("**/governance/coverage?district=kadikoy**");
		long meeting = jdbc.sql("""
				SELECT id FROM meeting WHERE neighbourhood_id = ? AND cycle_id = (SELECT MAX(id) FROM meeting_cycle)""")
			.param(CAFERAGA).query(Long.class).single();
		screenshot("governance-scenario-2-cycle-planned");

		// 2. A resident registers on a phone.
		usePhone();
		logIn("sakin@ortakakil.demo", PASSWORD);
		page.navigate(url("/meetings/" + meeting));
		page.click("form[action$='/register'] button");
		page.waitForURL("**/meetings/" + meeting + "/registration");
		assertThat(page.locator("main svg").count()).isPositive();
		screenshot("governance-scenario-3-resident-registered");

		// 3. Another is registered at the participation office, in an assisted session.
		useDesktop();
		String tckn = CensusFixtures.randomTckn();
		CensusFixtures.add(application, tckn, LocalDate.of(1958, 3, 14), CAFERAGA, 1421);
		logIn("ofis@ortakakil.demo", PASSWORD);
		page.navigate(url("/office"));
		page.fill("#tckn", tckn);
		page.fill("#birthDate", "1958-03-14");
		page.fill("#displayName", "Caferağalı Nermin");
		page.check("input[name=informed]");
		page.click("main form button[type=submit]");
		page.waitForURL("**/office/assist");
		page.navigate(url("/meetings/" + meeting));
		page.click("form[action$='/register'] button");
		page.waitForURL("**/meetings/" + meeting + "/registration");
		assertThat(page.isVisible(".assisted-banner")).isTrue();
		screenshot("governance-scenario-4-registered-at-the-office");
		page.click(".assisted-banner button");
		assertThat(registrations.ofMeeting(meeting)).filteredOn(r -> r.assistedBy() != null).hasSize(1);

		// 4. The muhtar checks both in at the door, on a phone, by typing their codes.
		usePhone();
		logIn("muhtar@ortakakil.demo", PASSWORD);
		page.navigate(url("/meetings/" + meeting + "/checkin"));
		int checkedIn = 0;
		for (RegistrationView registration : registrations.ofMeeting(meeting)) {
			assertThat(registration.status()).isEqualTo(RegistrationStatus.REGISTERED);
			page.fill("#code", registration.code());
			page.click(".checkin-form button[type=submit]");
			int expected = ++checkedIn;
			// the door page empties the field for the next person once the answer is shown
			page.waitForCondition(() -> registrations.checkedIn(meeting) == expected && page.inputValue("#code").isEmpty());
			assertThat(page.locator("#checkin-result .checkin-ok").count()).isEqualTo(1);
		}
		page.waitForCondition(() -> page.textContent("#checkin-count").contains("2"));
		assertThat(registrations.checkedIn(meeting)).isEqualTo(2);
		screenshot("governance-scenario-5-muhtar-checks-in");

		// 5. The meeting is held; the muhtar publishes the minutes with a decision.
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		jdbc.sql("UPDATE meeting SET starts_at = ?, ends_at = ? WHERE id = ?")
			.params(now.minusHours(3), now.minusHours(1), meeting).update();
		useDesktop();
		logIn("muhtar@ortakakil.demo", PASSWORD);
		page.navigate(url("/meetings/" + meeting + "/minutes"));
		page.fill("#minutes-tr", "Moda Caddesi’nin yayalaştırılması ve parktaki aydınlatma konuşuldu.");
		page.fill("#attendance", "27");
		page.fill("#decision-0", "Moda Parkı’na iki aydınlatma direği eklenmesi İBB’ye önerilecek.");
		page.fill("#responsible-0", "Caferağa Muhtarlığı");
		page.fill("#due-0", LocalDate.now(ISTANBUL).plusDays(30).toString());
		screenshot("governance-scenario-6-minutes");
		page.click("button[name=then][value=publish]");
		page.waitForLoadState();
		page.navigate(url("/meetings/" + meeting));
		assertThat(page.textContent("#minutes")).contains("Moda Parkı’na iki aydınlatma direği").contains("27");
		screenshot("governance-scenario-7-minutes-published");

		// 6. The coverage view shows Caferağa's meeting as held, with its attendance and open decision.
		page.navigate(url("/governance/coverage?district=kadikoy"));
		Locator caferaga = page.locator(".coverage-table tbody tr", new Page.LocatorOptions().setHasText("Caferağa"));
		assertThat(caferaga.locator("td").nth(0).innerText()).isEqualTo(LocalDate.now(ISTANBUL).toString());
		assertThat(caferaga.locator("td").nth(1).innerText()).isEqualTo("27");
		int open = jdbc.sql("""
				SELECT COUNT(*) FROM meeting_decision d JOIN meeting m ON m.id = d.meeting_id
				WHERE m.neighbourhood_id = ? AND m.minutes_published_at IS NOT NULL AND d.status = 'OPEN'""")
			.param(CAFERAGA).query(Integer.class).single();
		assertThat(open).as("this meeting's decision is among them").isPositive();
		assertThat(caferaga.locator("td").nth(2).innerText()).startsWith(open + " / ");
		page.waitForSelector(".coverage-map path.leaflet-interactive", new Page.WaitForSelectorOptions()
			.setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
		screenshot("governance-scenario-8-coverage");
	}
}
