package org.ortakakil.meetings.governance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import org.ortakakil.geography.District;
import org.ortakakil.geography.Geography;
import org.ortakakil.geography.Neighbourhood;
import org.ortakakil.meetings.MeetingType;
import org.ortakakil.meetings.OrganiserKind;
import org.ortakakil.meetings.internal.MeetingDraft;
import org.ortakakil.meetings.internal.Meetings;
import org.ortakakil.meetings.internal.Minutes;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.spaces.AssemblyView;
import org.ortakakil.spaces.SpaceKind;
import org.ortakakil.spaces.Spaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo data for the governance programme (profile demo): a cycle planned for every neighbourhood of
 * Kadıköy over the coming weeks (at the muhtar offices the demo knows, elsewhere at the neighbourhood's
 * name), and past meetings in Kadıköy and Üsküdar with minutes, attendance and decisions, so that the
 * coverage map shows colours. It runs once the application is ready, after every demo runner has put
 * the councils, places and accounts in place, and does nothing when a Kadıköy cycle exists already.
 */
@Component
@Profile("demo")
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoGovernance {

	private static final Logger log = LoggerFactory.getLogger(DemoGovernance.class);
	private static final Actor DEMO = new Actor("demo", "-");

	private final Cycles cycles;
	private final Meetings meetings;
	private final Minutes minutes;
	private final Spaces spaces;
	private final Geography geography;
	private final JdbcClient jdbc;

	DemoGovernance(Cycles cycles, Meetings meetings, Minutes minutes, Spaces spaces, Geography geography,
			JdbcClient jdbc) {
		this.cycles = cycles;
		this.meetings = meetings;
		this.minutes = minutes;
		this.spaces = spaces;
		this.geography = geography;
		this.jdbc = jdbc;
	}

	/** A meeting held some days ago: neighbourhood, days ago, attendance, decisions (text, responsible, done). */
	private record Held(String district, String neighbourhood, int daysAgo, int attended, List<String[]> decisions) {
	}

	private static final List<Held> HELD = List.of(
			new Held("kadikoy", "Caferağa", 21, 46, List.of(new String[] { "Moda sahilinde iki yeni bank", "Muhtarlık", "done" },
					new String[] { "Bahariye Caddesi’nde bisiklet park yeri", "Kadıköy Belediyesi", "open" })),
			new Held("kadikoy", "Osmanağa", 40, 28, List.<String[]>of(new String[] { "Söğütlüçeşme durağına gölgelik", "İETT", "open" })),
			new Held("kadikoy", "Fenerbahçe", 75, 35, List.<String[]>of(new String[] { "Parkta gece aydınlatması", "Muhtarlık", "done" })),
			new Held("kadikoy", "Koşuyolu", 160, 19, List.<String[]>of(new String[] { "Pazar yeri düzeni", "Zabıta", "open" })),
			new Held("uskudar", "Kuzguncuk", 30, 52, List.of(new String[] { "Bostan için gönüllü takvimi", "Muhtarlık", "open" },
					new String[] { "İskele önünde yaya geçidi", "İBB Ulaşım", "done" })),
			new Held("uskudar", "Salacak", 55, 23, List.<String[]>of(new String[] { "Sahil yolunda kaldırım onarımı", "Üsküdar Belediyesi", "open" })),
			new Held("uskudar", "Beylerbeyi", 120, 17, List.<String[]>of()));

	@EventListener(ApplicationReadyEvent.class)
	public void create() {
		District kadikoy = geography.requireDistrict("kadikoy");
		boolean exists = jdbc.sql("SELECT COUNT(*) FROM meeting_cycle WHERE district_id = ?").param(kadikoy.id())
			.query(Long.class).single() > 0;
		if (exists || spaces.assembly("kadikoy-kent-konseyi").isEmpty()) {
			return;
		}
		for (Held held : HELD) {
			held(held);
		}
		LocalDate monday = LocalDate.now(CyclePlanner.ISTANBUL).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		CycleForm blank = cycles.blank(kadikoy);
		cycles.confirm(kadikoy, new CycleForm(blank.space(), blank.titleTr(), blank.titleEn(),
				"Mahallenin sorunları, öncelikleri ve muhtarlığın önerileri; herkes davetlidir.", monday.toString(),
				monday.plusDays(32).toString(), List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
				List.of("19:00"), "90", "60", "6", true, false, true, blank.neighbourhoods(), CycleForm.AT_MUHTAR_OFFICES),
				DEMO);
		log.info("Demo governance: a cycle for Kadıköy and {} past meetings", HELD.size());
	}

	private void held(Held held) {
		District district = geography.requireDistrict(held.district());
		Neighbourhood neighbourhood = geography.neighbourhoods(district.slug()).stream()
			.filter(n -> n.name().equals(held.neighbourhood())).findFirst().orElseThrow();
		AssemblyView council = spaces.assembly(district.slug() + "-kent-konseyi").orElseThrow();
		OffsetDateTime later = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).truncatedTo(ChronoUnit.HOURS);
		LocalizedText title = Cycles.title(LocalizedText.of(Cycles.PLACEHOLDER + " Mahalle Yönetişim Toplantısı",
				Cycles.PLACEHOLDER + " Neighbourhood Governance Meeting"), neighbourhood);
		long id = meetings.create(new MeetingDraft(SpaceKind.ASSEMBLY, council.id(), title, null, MeetingType.IN_PERSON,
				neighbourhood.name() + " Muhtarlığı, " + district.name(), null, null, null, district.id(),
				neighbourhood.id(), null, later, later.plusMinutes(90), OrganiserKind.DISTRICT_COORDINATOR,
				neighbourhood.id(), true, false, false, List.of("tr"), true, 60, 6, List.of()), null, DEMO);
		OffsetDateTime start = LocalDate.now(CyclePlanner.ISTANBUL).minusDays(held.daysAgo()).atTime(19, 0)
			.atZone(CyclePlanner.ISTANBUL).toOffsetDateTime();
		jdbc.sql("UPDATE meeting SET starts_at = ?, ends_at = ? WHERE id = ?").params(start, start.plusMinutes(90), id)
			.update();
		minutes.record(id, LocalizedText.of("Mahallenin öncelikleri konuşuldu; sakinlerin önerileri dinlendi.",
				"The neighbourhood’s priorities were discussed; residents’ proposals were heard."),
				String.valueOf(held.attended()), Map.of("Mahalle sakinleri", String.valueOf(held.attended() - 3),
						"Muhtarlık", "1", "Kent konseyi", "2"),
				held.decisions().stream().map(d -> new Minutes.DecisionDraft(d[0], d[1], "", "")).toList());
		minutes.publish(id, DEMO);
		List<Minutes.Decision> decisions = minutes.decisions(id);
		for (int i = 0; i < decisions.size(); i++) {
			if ("done".equals(held.decisions().get(i)[2])) {
				minutes.setDone(decisions.get(i).id(), true);
			}
		}
	}
}
