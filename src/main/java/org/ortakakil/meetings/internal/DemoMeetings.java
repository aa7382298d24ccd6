package org.ortakakil.meetings.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.ortakakil.meetings.MeetingType;
import org.ortakakil.meetings.OrganiserKind;
import org.ortakakil.places.PlaceView;
import org.ortakakil.places.Places;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.spaces.SpaceKind;
import org.ortakakil.spaces.Spaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's meetings, made once when there are none, after the demo spaces and places: upcoming
 * meetings of the city council, the Kadıköy seafront process and Vizyon 2050, one online, one hybrid,
 * one with sign-language interpretation, one nearly full, and one in Caferağa co-hosted by its muhtar
 * (so `muhtar@ortakakil.demo` can check people in).
 */
@Component
@Profile("demo")
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoMeetings implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoMeetings.class);
	private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
	private static final int KADIKOY = 1421;
	private static final int CAFERAGA = 40512;
	private static final Actor DEMO = new Actor("demo", "-");

	private final Meetings meetings;
	private final Registrations registrations;
	private final Agendas agendas;
	private final Spaces spaces;
	private final Places places;
	private final JdbcClient jdbc;

	DemoMeetings(Meetings meetings, Registrations registrations, Agendas agendas, Spaces spaces, Places places,
			JdbcClient jdbc) {
		this.meetings = meetings;
		this.registrations = registrations;
		this.agendas = agendas;
		this.spaces = spaces;
		this.places = places;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("SELECT COUNT(*) FROM meeting").query(Long.class).single() > 0) {
			return;
		}
		Long council = spaces.assembly("istanbul-kent-konseyi").map(a -> a.id()).orElse(null);
		Long seafront = spaces.process("kadikoy-sahil-duzenlemesi").map(p -> p.id()).orElse(null);
		Long vision = spaces.process("vizyon-2050").map(p -> p.id()).orElse(null);
		if (council == null || seafront == null || vision == null) {
			log.warn("Demo meetings not made: the demo spaces are missing");
			return;
		}
		PlaceView office = places.place("kadikoy-katilim-ofisi").orElse(null);

		long moda = meeting(SpaceKind.PROCESS, seafront, "Moda sahili için mahalle buluşması",
				"Neighbourhood meeting on the Moda seafront",
				"Sahil düzenlemesinin taslağını birlikte konuşuyoruz: oturma alanları, bisiklet yolu, gölgelik.",
				MeetingType.IN_PERSON, "Caferağa Mahalle Muhtarlığı, Moda Caddesi, Kadıköy", 40.9870, 29.0290, null, 4,
				18, OrganiserKind.MUHTAR, CAFERAGA, true, false, true, 40, 5);
		agendas.add(moda, new Agendas.ItemDraft("Açılış ve tanışma", null, "10", "Caferağa Muhtarı", null));
		agendas.add(moda, new Agendas.ItemDraft("Sahil düzenlemesi taslağının sunumu", null, "30",
				"İBB Şehir Planlama", null));
		agendas.add(moda, new Agendas.ItemDraft("Soru ve öneriler", null, "45", null, null));
		agendas.publish(moda, DEMO);
		meeting(SpaceKind.ASSEMBLY, council, "İstanbul Kent Konseyi Genel Kurulu", "İstanbul City Council plenary",
				"Kent konseyinin dönem toplantısı; gündemde afet hazırlığı ve bütçe önerileri var.", MeetingType.HYBRID,
				"Taksim Gezi Parkı Sergi Salonu, Beyoğlu", 41.0370, 28.9850, "https://toplanti.ibb.istanbul/kent-konseyi",
				9, 14, OrganiserKind.COUNCIL, null, true, true, false, 300, 20);
		meeting(SpaceKind.PROCESS, vision, "Vizyon 2050: gençlerle çevrim içi atölye",
				"Vision 2050: online workshop with young people",
				"Üniversite öğrencileriyle 2050 için ulaşım ve konut üzerine atölye.", MeetingType.ONLINE, null, null,
				null, "https://toplanti.ibb.istanbul/vizyon-2050-genclik", 6, 20, OrganiserKind.SPACE, null, false, false,
				false, null, 0);
		long full = meeting(SpaceKind.PROCESS, seafront, "Yelken Kulübü önünde yerinde inceleme",
				"Site visit at the sailing club",
				"Kıyı yapılarını yerinde birlikte geziyoruz; yer sınırlı.", MeetingType.IN_PERSON,
				office == null ? "Söğütlü Çeşme Caddesi, Kadıköy" : office.address(), 40.9900, 29.0300, null, 11, 10,
				OrganiserKind.SPACE, null, false, false, false, 5, 0);
		for (int i = 1; i <= 4; i++) {
			registrations.register(full, "demo-katilimci-" + i, "tr", Map.of(), null);
		}
		meeting(SpaceKind.ASSEMBLY, council, "Engelsiz İstanbul çalışma grubu", "Accessible İstanbul working group",
				"Erişilebilirlik çalışma grubunun toplantısı; Türk İşaret Dili çevirisi var.", MeetingType.IN_PERSON,
				"İBB Saraçhane Binası, Fatih", 41.0115, 28.9510, null, 16, 15, OrganiserKind.COUNCIL, null, true, true,
				true, 60, 10);
	}

	private long meeting(SpaceKind kind, long spaceId, String turkish, String english, String description,
			MeetingType type, String address, Double lat, Double lon, String link, int inDays, int hour,
			OrganiserKind organiser, Integer coHost, boolean stepFree, boolean signLanguage, boolean childcare,
			Integer capacity, int reserved) {
		OffsetDateTime starts = LocalDate.now(ISTANBUL).plusDays(inDays).atTime(LocalTime.of(hour, 0))
			.atZone(ISTANBUL).toOffsetDateTime();
		return meetings.create(new MeetingDraft(kind, spaceId, LocalizedText.of(turkish, english),
				LocalizedText.of(description), type, address, lat, lon, null, coHost == null ? null : KADIKOY, coHost, link,
				starts, starts.plusHours(2), organiser, coHost, stepFree, signLanguage, childcare,
				signLanguage ? List.of("tr", "en") : List.of("tr"), true, capacity, reserved, List.of()), null, DEMO);
	}
}
