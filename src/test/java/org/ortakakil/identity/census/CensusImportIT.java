package org.ortakakil.identity.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.ortakakil.IntegrationTest;
import org.ortakakil.identity.census.CensusImportStatus.Status;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The census import through its service and its pages, on the test database. Every import replaces
 * the whole census, so each test brings the census it needs and assumes nothing about what was before.
 */
@IntegrationTest
class CensusImportIT {

	static final String HEADER = "tckn,birth_date,mahalle_id\n";
	static final long CAFERAGA = 40512; // Kadıköy
	static final long KUZGUNCUK = 40811; // Üsküdar
	static final long BEBEK = 40232; // Beşiktaş
	static final Actor ADMIN = new Actor("admin", "127.0.0.1");

	@Autowired
	Census census;

	@Autowired
	CensusImport imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	/** A fresh valid number: nine random digits and their two check digits. */
	static String number() {
		long prefix = ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L);
		String nine = Long.toString(prefix);
		int[] d = nine.chars().map(c -> c - '0').toArray();
		int odd = d[0] + d[2] + d[4] + d[6] + d[8];
		int even = d[1] + d[3] + d[5] + d[7];
		int tenth = Math.floorMod(odd * 7 - even, 10);
		return nine + tenth + (odd + even + tenth) % 10;
	}

	static Path file(String content) throws IOException {
		Path file = Files.createTempFile("census-it-", ".csv");
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	CensusImportStatus importAndWait(String content, boolean strict) throws IOException {
		long id = imports.start(file(content), "census.csv", strict, ADMIN);
		return awaitEnd(id);
	}

	CensusImportStatus awaitEnd(long id) {
		await().atMost(Duration.ofSeconds(30)).until(() -> !imports.status(id).orElseThrow().running());
		return imports.status(id).orElseThrow();
	}

	List<Map<String, Object>> persons() {
		return jdbc.sql("SELECT * FROM census_person ORDER BY id").query().listOfRows();
	}

	@Test
	void goodLinesAreImportedAndEachBadLineIsReportedWithItsNumberAndReason() throws IOException {
		String a = number();
		String b = number();
		String content = HEADER
				+ a + ",1980-01-31," + CAFERAGA + "\n" // 2
				+ "12345,1980-01-01," + CAFERAGA + "\n" // 3
				+ "1234567890a,1980-01-01," + CAFERAGA + "\n" // 4
				+ "01000000146,1980-01-01," + CAFERAGA + "\n" // 5
				+ "10000000147,1980-01-01," + CAFERAGA + "\n" // 6
				+ number() + ",1980-13-01," + CAFERAGA + "\n" // 7
				+ number() + ",2999-01-01," + CAFERAGA + "\n" // 8
				+ number() + ",1980-01-01,1\n" // 9
				+ a + ",1980-01-31," + CAFERAGA + "\n" // 10
				+ number() + ",1980-01-01\n" // 11
				+ "\n" // 12: blank, skipped
				+ b + ",1990-02-02," + KUZGUNCUK + "\r\n"; // 13

		CensusImportStatus result = importAndWait(content, false);

		assertThat(result.status()).isEqualTo(Status.SUCCEEDED);
		assertThat(result.rowsRead()).isEqualTo(11);
		assertThat(result.rowsAccepted()).isEqualTo(2);
		assertThat(result.rowsRejected()).isEqualTo(9);
		assertThat(result.percent()).isEqualTo(100);
		assertThat(imports.problems(result.id())).containsExactly(
				new CensusProblem(3, "tckn.length"), new CensusProblem(4, "tckn.digits"),
				new CensusProblem(5, "tckn.first-zero"), new CensusProblem(6, "tckn.check-digit"),
				new CensusProblem(7, "census.birth-date"), new CensusProblem(8, "census.birth-date-future"),
				new CensusProblem(9, "census.mahalle-unknown"), new CensusProblem(10, "census.duplicate"),
				new CensusProblem(11, "census.columns"));
		assertThat(census.size()).isEqualTo(2);
		assertThat(census.match(TcKimlikNo.parse(b), LocalDate.of(1990, 2, 2)))
			.hasValueSatisfying(person -> {
				assertThat(person.neighbourhoodId()).isEqualTo(KUZGUNCUK);
				assertThat(person.districtId()).isEqualTo(1708);
			});
	}

	@Test
	void aStrictImportWithABadLineIsRejectedWholeAndTheCensusStaysAsItWas() throws IOException {
		importAndWait(HEADER + number() + ",1970-05-05," + CAFERAGA + "\n" + number() + ",1971-06-06," + BEBEK + "\n",
				false);
		List<Map<String, Object>> before = persons();

		CensusImportStatus result = importAndWait(HEADER + number() + ",1980-01-01," + KUZGUNCUK + "\n"
				+ "10000000147,1980-01-01," + KUZGUNCUK + "\n" + number() + ",1981-01-01," + KUZGUNCUK + "\n", true);

		assertThat(result.status()).isEqualTo(Status.REJECTED);
		assertThat(result.failureCode()).isEqualTo("census.import-strict");
		assertThat(result.rowsAccepted()).isEqualTo(2);
		assertThat(result.rowsRejected()).isEqualTo(1);
		assertThat(imports.problems(result.id())).containsExactly(new CensusProblem(3, "tckn.check-digit"));
		assertThat(persons()).isEqualTo(before);
	}

	@Test
	void aFileWithNoGoodLineDoesNotEmptyTheCensus() throws IOException {
		importAndWait(HEADER + number() + ",1970-05-05," + CAFERAGA + "\n", false);
		List<Map<String, Object>> before = persons();

		CensusImportStatus result = importAndWait(HEADER + "12345,1970-05-05," + CAFERAGA + "\n", false);

		assertThat(result.status()).isEqualTo(Status.REJECTED);
		assertThat(result.failureCode()).isEqualTo("census.import-empty");
		assertThat(persons()).isEqualTo(before);
	}

	@Test
	void aFileThatIsNotACensusIsRefusedAtOnce() throws IOException {
		long importsBefore = jdbc.sql("SELECT COUNT(*) FROM census_import").query(Long.class).single();
		Path notCensus = file("name,phone\nAyşe,555\n");

		assertThatThrownBy(() -> imports.start(notCensus, "phones.csv", false, ADMIN))
			.isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).code()).isEqualTo("census.header");
		assertThatThrownBy(() -> imports.start(file(""), "empty.csv", false, ADMIN))
			.isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).code()).isEqualTo("census.header");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM census_import").query(Long.class).single()).isEqualTo(importsBefore);
		assertThat(notCensus).doesNotExist();
	}

	@Test
	void aReImportMovesAResidentInPlaceAddsNewcomersAndRemovesTheAbsent() throws IOException {
		String stays = number();
		String moves = number();
		String leaves = number();
		String arrives = number();
		importAndWait(HEADER + stays + ",1960-01-01," + CAFERAGA + "\n" + moves + ",1961-02-02," + CAFERAGA + "\n"
				+ leaves + ",1962-03-03," + KUZGUNCUK + "\n", false);
		CensusPerson mover = census.match(TcKimlikNo.parse(moves), LocalDate.of(1961, 2, 2)).orElseThrow();
		CensusPerson stayer = census.match(TcKimlikNo.parse(stays), LocalDate.of(1960, 1, 1)).orElseThrow();
		CensusPerson leaver = census.match(TcKimlikNo.parse(leaves), LocalDate.of(1962, 3, 3)).orElseThrow();

		CensusImportStatus result = importAndWait(HEADER + moves + ",1961-02-02," + BEBEK + "\n" + stays
				+ ",1960-01-01," + CAFERAGA + "\n" + arrives + ",1999-09-09," + KUZGUNCUK + "\n", false);

		assertThat(result.status()).isEqualTo(Status.SUCCEEDED);
		assertThat(result.personsAdded()).isEqualTo(1);
		assertThat(result.personsMoved()).isEqualTo(1);
		assertThat(result.personsRemoved()).isEqualTo(1);
		assertThat(census.person(mover.id())).hasValue(new CensusPerson(mover.id(), BEBEK, 1183, LocalDate.of(1961, 2, 2)));
		assertThat(census.person(stayer.id())).hasValue(stayer);
		assertThat(census.person(leaver.id())).isEmpty();
		assertThat(census.match(TcKimlikNo.parse(arrives), LocalDate.of(1999, 9, 9))).isPresent();
		assertThat(census.size()).isEqualTo(3);
	}

	@Test
	void aMatchNeedsTheNumberAndTheBirthDateTogether() throws IOException {
		String resident = number();
		importAndWait(HEADER + resident + ",1985-04-23," + CAFERAGA + "\n", false);

		assertThat(census.match(TcKimlikNo.parse(resident), LocalDate.of(1985, 4, 23))).isPresent();
		assertThat(census.match(TcKimlikNo.parse(resident), LocalDate.of(1985, 4, 24))).isEmpty();
		assertThat(census.match(TcKimlikNo.parse(number()), LocalDate.of(1985, 4, 23))).isEmpty();
		assertThat(census.match(TcKimlikNo.parse(resident), null)).isEmpty();
	}

	@Test
	void theCensusStoresAKeyedHashNeverTheNumber() throws IOException {
		String resident = number();
		importAndWait(HEADER + resident + ",1985-04-23," + CAFERAGA + "\n", false);

		List<String> hashes = jdbc.sql("SELECT tckn_hash FROM census_person").query(String.class).list();
		assertThat(hashes).hasSize(1).allSatisfy(hash -> assertThat(hash).matches("[0-9a-f]{64}").doesNotContain(resident));
		assertThat(hashes.get(0)).isNotEqualTo(org.springframework.util.DigestUtils
			.md5DigestAsHex(resident.getBytes(StandardCharsets.US_ASCII)));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM census_person WHERE CAST(tckn_hash AS VARCHAR(64)) LIKE ?")
			.param("%" + resident + "%").query(Long.class).single()).isZero();
	}

	@Test
	void oneImportRunsAtATimeAndAnAbandonedOneIsTakenOver() throws IOException {
		OffsetDateTime now = OffsetDateTime.now();
		long running = jdbc.sql("""
				INSERT INTO census_import (status, running, strict_mode, file_name, bytes_total, bytes_read, rows_read,
				       rows_accepted, rows_rejected, started_by, started_at, updated_at)
				VALUES ('RUNNING', 1, FALSE, 'other.csv', 100, 10, 1, 1, 0, 'other', ?, ?)""")
			.params(now, now).update();
		assertThat(running).isEqualTo(1);

		assertThatThrownBy(() -> imports.start(file(HEADER + number() + ",1980-01-01," + CAFERAGA + "\n"), "census.csv",
				false, ADMIN))
			.isInstanceOf(DomainException.class)
			.satisfies(e -> {
				assertThat(((DomainException) e).code()).isEqualTo("census.import-running");
				assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.CONFLICT);
			});

		jdbc.sql("UPDATE census_import SET updated_at = ? WHERE running = 1").param(now.minusHours(1)).update();
		CensusImportStatus result = importAndWait(HEADER + number() + ",1980-01-01," + CAFERAGA + "\n", false);
		assertThat(result.status()).isEqualTo(Status.SUCCEEDED);
		assertThat(jdbc.sql("SELECT failure_code FROM census_import WHERE file_name = 'other.csv' ORDER BY id DESC LIMIT 1")
			.query(String.class).single()).isEqualTo("census.import-abandoned");
	}

	@Test
	void aSuccessfulImportReachesTheAuditLogWithCountsOnly() throws IOException {
		String resident = number();
		CensusImportStatus result = importAndWait(HEADER + resident + ",1985-04-23," + CAFERAGA + "\n", false);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc
			.sql("SELECT action, summary FROM audit_entry WHERE resource_type = 'census-import' AND resource_id = ?")
			.param(String.valueOf(result.id())).query().listOfRows())
			.singleElement()
			.satisfies(row -> {
				assertThat(row.get("action")).isEqualTo("census.imported");
				assertThat((String) row.get("summary")).contains("accepted 1").doesNotContain(resident);
			}));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void anAdministratorUploadsAFileAndFollowsItsProgressOnThePageAndAsJson() throws Exception {
		mvc.perform(get("/admin/census"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
			.andExpect(content().string(containsString("id=\"census-strict\"")));

		String content = HEADER + number() + ",1980-01-01," + CAFERAGA + "\n" + "12345,1980-01-01," + CAFERAGA + "\n";
		MvcResult upload = mvc.perform(multipart("/admin/census/imports")
				.file(new MockMultipartFile("file", "nufus.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/admin/census/imports/*"))
			.andReturn();
		String page = upload.getResponse().getRedirectedUrl();
		long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
		awaitEnd(id);

		// a logged-in administrator has a session for the footer's CSRF token; a mock user has none, so the
		// token comes from the test's repository (the page is longer than the response buffer)
		mvc.perform(get(page).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<progress")))
			.andExpect(content().string(not(containsString("hx-trigger"))))
			.andExpect(content().string(containsString("data-code=\"tckn.length\"")))
			.andExpect(content().string(containsString("TC Kimlik Numarası 11 haneli olmalı.")));
		mvc.perform(get(page + "/progress"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"import-progress\"")))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get(page).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.status").value("SUCCEEDED"))
			.andExpect(jsonPath("$.percent").value(100))
			.andExpect(jsonPath("$.rowsAccepted").value(1))
			.andExpect(jsonPath("$.rowsRejected").value(1));
		mvc.perform(get(page + ".json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUCCEEDED"));
		mvc.perform(get("/admin/census"))
			.andExpect(content().string(containsString("/admin/census/imports/" + id)));
		mvc.perform(get("/admin/census/imports/999999999")).andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void aRunningImportPollsItsProgressEverySecondAndAFinishedOneStops() throws Exception {
		OffsetDateTime now = OffsetDateTime.now();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO census_import (status, running, strict_mode, file_name, bytes_total, bytes_read, rows_read,
				       rows_accepted, rows_rejected, started_by, started_at, updated_at)
				VALUES ('RUNNING', NULL, FALSE, 'slow.csv', 1000, 420, 12, 12, 0, 'admin', ?, ?)""")
			.params(now, now).update(key, "id");
		long id = key.getKey().longValue();
		try {
			mvc.perform(get("/admin/census/imports/" + id + "/progress"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("hx-trigger=\"every 1s\"")))
				.andExpect(content().string(containsString("hx-get=\"/admin/census/imports/" + id + "/progress\"")))
				.andExpect(content().string(containsString("value=\"42\"")))
				.andExpect(content().string(containsString("42 %")));
			mvc.perform(get("/admin/census/imports/" + id + ".json"))
				.andExpect(jsonPath("$.status").value("RUNNING"))
				.andExpect(jsonPath("$.percent").value(42));
		}
		finally {
			jdbc.sql("UPDATE census_import SET status = 'FAILED', failure_code = 'census.import-failed' WHERE id = ?")
				.param(id).update();
		}
		mvc.perform(get("/admin/census/imports/" + id + "/progress"))
			.andExpect(content().string(not(containsString("hx-trigger"))))
			.andExpect(content().string(containsString("Yükleme bir hata yüzünden yarıda kaldı")));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void aWrongFileIsExplainedOnTheForm() throws Exception {
		mvc.perform(multipart("/admin/census/imports")
				.file(new MockMultipartFile("file", "x.csv", "text/csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("tckn,birth_date,mahalle_id olmalı")));
		mvc.perform(multipart("/admin/census/imports").with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Yüklenecek CSV dosyasını seçin.")));
	}

	@Test
	@WithMockUser(roles = "USER")
	void onlyAdministratorsSeeTheCensus() throws Exception {
		mvc.perform(get("/admin/census")).andExpect(status().isForbidden());
		mvc.perform(multipart("/admin/census/imports")
				.file(new MockMultipartFile("file", "x.csv", "text/csv", HEADER.getBytes(StandardCharsets.UTF_8)))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anonymousVisitorsAreSentToTheLogin() throws Exception {
		mvc.perform(get("/admin/census")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/census/imports/1.json")).andExpect(status().is3xxRedirection());
	}
}
