package org.ortakakil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ortakakil.identity.Accounts;
import org.ortakakil.notifications.internal.Audience;
import org.ortakakil.notifications.internal.Fanout;
import org.ortakakil.notifications.internal.FollowStore;
import org.ortakakil.notifications.internal.NotificationKind;
import org.ortakakil.shared.ResourceRef;

/**
 * A resident's notification centre, mail setting and follows on a 360 px phone, in Turkish and Arabic,
 * each checked with axe: the unread count in the header, opening the centre, marking all read, choosing
 * the daily digest.
 */
class NotificationsBrowserIT extends BrowserSupport {

	@Test
	void theNotificationCentreAndSettingsOnAPhone() {
		String resident = application.getBean(Accounts.class).byEmail("sakin@ortakakil.demo").orElseThrow().principal();
		FollowStore follows = application.getBean(FollowStore.class);
		Fanout fanout = application.getBean(Fanout.class);
		long run = System.nanoTime();
		ResourceRef district = ResourceRef.of("district", 1183);
		follows.follow(resident, district);
		ResourceRef only = ResourceRef.of("assembly", run);
		follows.follow(resident, only);
		fanout.notify("browser/" + run + "/1", NotificationKind.PROPOSAL_PUBLISHED, ResourceRef.of("proposal", run),
				Map.of("title", "Beşiktaş çarşısına gölgelik", "path", "/districts/besiktas"),
				Audience.followersOf(List.of(only), null));
		fanout.notify("browser/" + run + "/2", NotificationKind.PROPOSAL_ANSWERED, ResourceRef.of("proposal", run + 1),
				Map.of("title", "Abbasağa Parkı’na çeşme", "state", "ACCEPTED", "path", "/districts/besiktas"),
				Audience.followersOf(List.of(only), null));
		fanout.notify("browser/" + run + "/3", NotificationKind.CONTENT_HIDDEN, ResourceRef.of("comment", run),
				Map.of("title", "Çok uzun bir yorumun ilk satırı, kırılmadan sığmalı", "reason", "OFFENSIVE"),
				Audience.followersOf(List.of(only), null));

		page.setViewportSize(360, 740);
		logIn("sakin@ortakakil.demo", "demo-katilim-2050");
		page.navigate(url("/?lang=tr"));
		assertThat(page.textContent("header a[href='/notifications']")).contains("Bildirimlerim", "okunmamış");
		visit("/notifications", "tr");
		assertThat(page.textContent("main")).contains("“Abbasağa Parkı’na çeşme” önerisi yanıtlandı: kabul edildi.",
				"Neden: saldırgan içerik.");
		visit("/notifications", "ar");
		assertThat(page.textContent("main")).contains("تمت الإجابة عن المقترح «Abbasağa Parkı’na çeşme»: مقبول.");
		visit("/notifications?order=date", "ar");
		page.setViewportSize(360, 740);
		page.click("main form[action$='/notifications/read-all'] button");
		page.waitForURL("**/notifications");
		assertThat(page.textContent("main .notice")).isNotBlank();
		assertThat(page.locator("main li.notification.unread").count()).isZero();
		assertNoSeriousAccessibilityViolations("all read (ar)");
		screenshot("notifications-all-read-ar");

		visit("/account/notifications", "tr");
		page.setViewportSize(360, 740);
		page.check("#mode-DAILY");
		page.click("main form button[type=submit]");
		page.waitForURL("**/account/notifications");
		assertThat(page.isChecked("#mode-DAILY")).isTrue();
		visit("/account/notifications", "ar");
		visit("/account/follows", "tr");
		assertThat(page.textContent("main")).contains("Beşiktaş");
		visit("/account/follows", "ar");
		page.setViewportSize(360, 740);
		page.click("main form[action$='/follows']:has(input[value='district:1183']) button");
		page.waitForURL("**/account/follows**");
		assertThat(follows.follows(resident, district)).isFalse();
		page.navigate(url("/account/notifications?lang=tr"));
		page.check("#mode-IMMEDIATE");
		page.click("main form button[type=submit]");
	}
}
