package org.ortakakil.meetings.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.meetings.MeetingType;
import org.ortakakil.meetings.OrganiserKind;
import org.ortakakil.meetings.internal.MeetingDraft;
import org.ortakakil.meetings.internal.Meetings;
import org.ortakakil.meetings.internal.Minutes;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.shared.Slug;
import org.ortakakil.spaces.ScopeType;
import org.ortakakil.spaces.SpaceKind;
import org.ortakakil.spaces.internal.ProcessAdministration;
import org.ortakakil.spaces.internal.ProcessDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The coverage view on a small hand-made set in Beykoz (1185, used by no other test): Gümüşsuyu met
 * ten days ago (34 counted, two published decisions, one done) and 200 days ago, and meets again in five
 * days; İncirköy met 120 days ago with two people checked in and unpublished decisions; Paşabahçe never
 * met. Meetings are created in the future, as creation requires, and moved into the past in SQL.
 */
@IntegrationTest
class CoverageIT {

	static final int BEYKOZ = 1185;
	static final int GUMUSSUYU = 40237;
	static final int INCIRKOY = 40238;
	static final int PASABAHCE = 40239;
	static final Actor ORGANISER = new Actor("coverage-test", "127.0.0.1");
	static long process;
	static Map<String, Long> ids;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Meetings meetings;

	@Autowired
	Minutes minutes;

	@Autowired
	ProcessAdministration processes;

	long meeting(int neighbourhood, String name) {
		OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(5).truncatedTo(ChronoUnit.HOURS);
		return meetings.create(new MeetingDraft(SpaceKind.PROCESS, process, LocalizedText.of(name), null,
				MeetingType.IN_PERSON, name + ", Beykoz", null, null, null, BEYKOZ, neighbourhood, null, start,
				start.plusHours(2), OrganiserKind.DISTRICT_COORDINATOR, neighbourhood, false, false, false, List.of("tr"),
				true, null, 0, List.of()), null, ORGANISER);
	}

	void daysAgo(long meeting, int days) {
		OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusDays(days);
		jdbc.sql("UPDATE meeting SET starts_at = ?, ends_at = ? WHERE id = ?").params(start, start.plusHours(2), meeting)
			.update();
	}

	@BeforeEach
	void data() {
		if (ids != null) {
			return;
		}
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		process = processes.createProcess(new ProcessDraft(new Slug("kapsam-" + suffix), LocalizedText.of("Kapsam"), null,
				ScopeType.CITY, Set.of(), null), Actor.SYSTEM);
		processes.setProcessPublished(process, true, Actor.SYSTEM);
		long recent = meeting(GUMUSSUYU, "Gümüşsuyu yakın");
		long old = meeting(GUMUSSUYU, "Gümüşsuyu eski");
		long next = meeting(GUMUSSUYU, "Gümüşsuyu sonraki");
		long incirkoy = meeting(INCIRKOY, "İncirköy");
		daysAgo(recent, 10);
		daysAgo(old, 200);
		daysAgo(incirkoy, 120);
		minutes.record(recent, LocalizedText.of("Tutanak"), "34", Map.of(), List.of(
				new Minutes.DecisionDraft("Park aydınlatılacak", "Muhtarlık", "", ""),
				new Minutes.DecisionDraft("Pazar yeri, taşınacak", "Belediye", "", "")));
		minutes.record(old, LocalizedText.of("Eski tutanak"), "12", Map.of(), List.of(
				new Minutes.DecisionDraft("Eski karar", "Muhtarlık", "", "")));
		minutes.publish(recent, ORGANISER);
		minutes.publish(old, ORGANISER);
		minutes.setDone(minutes.decisions(recent).get(0).id(), true);
		minutes.record(incirkoy, LocalizedText.of("Taslak"), "", Map.of(), List.of(
				new Minutes.DecisionDraft("Yayımlanmamış karar", "Muhtarlık", "", "")));
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		for (int i = 0; i < 3; i++) {
			jdbc.sql("""
					INSERT INTO meeting_registration (meeting_id, principal, status, code, created_at, changed_at, checked_in_at)
					VALUES (?, ?, 'REGISTERED', ?, ?, ?, ?)""")
				.params(incirkoy, "kapsam-" + suffix + "-" + i, ("K" + suffix + i).substring(0, 10), now, now,
						i < 2 ? now : null)
				.update();
		}
		ids = Map.of("recent", recent, "old", old, "next", next, "incirkoy", incirkoy);
	}

	List<String> csvLines(String query) throws Exception {
		byte[] body = mvc.perform(get("/governance/coverage.csv" + query)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
		assertThat(text).endsWith("\r\n");
		return List.of(text.split("\r\n"));
	}

	static String row(List<String> lines, int neighbourhood) {
		return lines.stream().filter(l -> l.startsWith("Beykoz," + neighbourhood + ",")).findFirst().orElseThrow();
	}

	@Test
	void theNumbersOfEachNeighbourhood() throws Exception {
		List<String> lines = csvLines("?district=beykoz");
		assertThat(lines.get(0)).isEqualTo("district,neighbourhood_id,neighbourhood,last_meeting_id,last_held,attended,"
				+ "decisions_open,decisions_done,next_meeting_id,next_starts,recency");
		assertThat(lines).hasSize(1 + 45);
		String gumussuyu = row(lines, GUMUSSUYU);
		assertThat(gumussuyu).startsWith("Beykoz,40237,Gümüşsuyu," + ids.get("recent") + ",")
			.contains(",34,2,1," + ids.get("next") + ",").endsWith(",recent");
		assertThat(row(lines, INCIRKOY)).startsWith("Beykoz,40238,İncirköy," + ids.get("incirkoy") + ",")
			.contains(",2,0,0,,,").endsWith(",older");
		assertThat(row(lines, PASABAHCE)).isEqualTo("Beykoz,40239,Paşabahçe,,,,0,0,,,never");

		assertThat(csvLines("?district=beykoz&recency=older")).hasSize(2);
		assertThat(csvLines("?district=beykoz&recency=recent")).hasSize(2).last().asString().startsWith("Beykoz,40237,");
		assertThat(csvLines("")).hasSize(1 + 960);
	}

	@Test
	void thePageShowsTheTableTheMapAndTheDistrictShares() throws Exception {
		String district = mvc.perform(get("/governance/coverage").param("district", "beykoz"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(district).contains("Gümüşsuyu").contains("/meetings/" + ids.get("recent"))
			.contains("/meetings/" + ids.get("next")).contains("<caption").contains("scope=\"col\"")
			.contains("data-shares=\"{&quot;beykoz&quot;:2}\"");
		String city = mvc.perform(get("/governance/coverage")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(city).contains("Paşabahçe").contains("2 % (1/45)");
	}

	@Test
	void badFiltersAreRefused() throws Exception {
		mvc.perform(get("/governance/coverage").param("district", "atlantis")).andExpect(status().isNotFound());
		mvc.perform(get("/governance/coverage.csv").param("district", "atlantis")).andExpect(status().isNotFound());
		mvc.perform(get("/governance/coverage").param("recency", "yesterday")).andExpect(status().is4xxClientError());
	}

	@Test
	void csvFieldsAreQuotedAsRfc4180Asks() throws Exception {
		StringWriter out = new StringWriter();
		CsvRow.write(out, "plain", "a,b", "say \"hi\"", "two\nlines", null, 7);
		assertThat(out.toString()).isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,7\r\n");
	}
}
