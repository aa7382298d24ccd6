package org.ortakakil.requests.teams;

import java.util.Collections;
import java.util.List;

import org.ortakakil.geography.GeoPoint;
import org.ortakakil.geography.Geography;
import org.ortakakil.identity.Accounts;
import org.ortakakil.identity.CurrentAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ortakakil.shared.Actor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo's motorized teams, created once when there are none, after the demo catalogue and accounts
 * exist: lighting teams on both sides of the Bosphorus (one per side on shift day and night, so the demo
 * always has a team to send), a road team and a water team, with positions. {@code ekip@ortakakil.demo}
 * is in the Kadıköy lighting team; {@code birim@ortakakil.demo} dispatches for the Anatolian lighting unit.
 */
@Component
@Profile("demo")
class DemoTeams {

	private static final Logger log = LoggerFactory.getLogger(DemoTeams.class);
	private static final int KADIKOY = 1421;
	private static final int USKUDAR = 1708;
	private static final int ATASEHIR = 2049;
	private static final int FATIH = 1327;
	private static final int BEYOGLU = 1186;
	private static final List<String> ALL_DAY = Collections.nCopies(7, "00:00");
	private static final List<String> DAYTIME = Collections.nCopies(7, "08:00");
	private static final List<String> EVENING = Collections.nCopies(7, "20:00");

	private final TeamAdministration administration;
	private final TeamStore store;
	private final Geography geography;
	private final Accounts accounts;

	DemoTeams(TeamAdministration administration, TeamStore store, Geography geography, Accounts accounts) {
		this.administration = administration;
		this.store = store;
		this.geography = geography;
		this.accounts = accounts;
	}

	@EventListener(ApplicationReadyEvent.class)
	void create() {
		if (!store.ofUnit("aydinlatma-anadolu").isEmpty()) {
			return;
		}
		String member = accounts.byEmail("ekip@ortakakil.demo").map(CurrentAccount::principal).orElse("");
		List<String> lighting = List.of("sokak-lambasi-yanmiyor");
		team("Kadıköy Aydınlatma 1", "aydinlatma-anadolu", "34 KDK 101", KADIKOY, lighting, member, ALL_DAY, ALL_DAY, 0.004);
		team("Üsküdar Aydınlatma", "aydinlatma-anadolu", "34 USK 202", USKUDAR, lighting, "", DAYTIME, EVENING, -0.006);
		team("Ataşehir Aydınlatma", "aydinlatma-anadolu", "34 ATS 303", ATASEHIR, lighting, "", DAYTIME, EVENING, null);
		team("Fatih Aydınlatma", "aydinlatma", "34 FTH 404", FATIH, lighting, "", ALL_DAY, ALL_DAY, 0.003);
		team("Beyoğlu Yol Bakım", "yol-bakim", "34 BYG 505", BEYOGLU, List.of("yolda-cukur", "kaldirimda-kar-buz",
				"rogar-kapagi-yok"), "", DAYTIME, EVENING, 0.002);
		team("Üsküdar İSKİ Acil", "iski", "34 ISK 606", USKUDAR, List.of("su-kacagi", "su-baskini", "rogar-kapagi-yok"),
				"", ALL_DAY, ALL_DAY, 0.005);
	}

	private void team(String name, String unit, String plate, int districtId, List<String> categories, String member,
			List<String> starts, List<String> ends, Double moved) {
		GeoPoint base = geography.district(districtId).orElseThrow().centroid();
		try {
			long id = administration.save(0, unit, new TeamDraft(name, plate, "VAN", String.valueOf(base.lat()),
					String.valueOf(base.lon()), "3", true, member, categories, starts, ends, ""), Actor.SYSTEM);
			if (moved != null) {
				store.report(id, base.lat() + moved, base.lon() + moved, java.time.Instant.now());
			}
		}
		catch (RuntimeException e) {
			log.warn("Demo team {} not created: {}", name, e.getMessage());
		}
	}
}
