package org.ortakakil.identity.census;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.ortakakil.geography.Geography;
import org.ortakakil.geography.Neighbourhood;
import org.ortakakil.identity.census.CensusImportStatus.Status;
import org.ortakakil.shared.Actor;
import org.ortakakil.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replaces the resident census with a CSV file ({@code tckn,birth_date,mahalle_id}), in the
 * background. The file is streamed: each line is checked, its number hashed and the accepted lines
 * written in batches to {@code census_staging}; refused lines are recorded with their line number
 * and reason. Only at the end, in one transaction, does the staging replace the census: a person
 * still present keeps their id (updated in place, so a move changes their neighbourhood), a person
 * absent from the file is deleted. A failed, rejected (strict mode) or empty import changes nothing.
 *
 * <p>Progress lives in {@code census_import}, so every instance can show it; a unique column lets one
 * import run at a time across instances. The import thread is this service's own, not a shared
 * executor bean: a second {@code Executor} bean would make Spring Boot's application task executor,
 * which runs the module listeners, back off.
 */
@Service
public class CensusImport implements DisposableBean {

	static final List<String> HEADER = List.of("tckn", "birth_date", "mahalle_id");
	static final int MAX_PROBLEMS = 1000;
	/** An import whose progress has not moved for this long died with its instance. */
	static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

	private static final Logger log = LoggerFactory.getLogger(CensusImport.class);

	private final JdbcClient jdbc;
	private final JdbcTemplate batches;
	private final TransactionTemplate transactions;
	private final CensusHasher hasher;
	private final Geography geography;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final int batchSize;
	private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "census-import");
		thread.setDaemon(true);
		return thread;
	});

	CensusImport(JdbcClient jdbc, JdbcTemplate batches, TransactionTemplate transactions, CensusHasher hasher,
			Geography geography, ApplicationEventPublisher events, Clock clock, CensusProperties properties) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.transactions = transactions;
		this.hasher = hasher;
		this.geography = geography;
		this.events = events;
		this.clock = clock;
		this.batchSize = Math.max(1, properties.censusBatchSize());
	}

	/**
	 * Starts importing {@code file} in the background and returns the import's id. The file becomes
	 * this service's: it is deleted when the import ends (or at once, if it is refused here). INVALID
	 * {@code census.header} when the file is not a census CSV; CONFLICT {@code census.import-running}
	 * while another import runs.
	 */
	public long start(Path file, String fileName, boolean strict, Actor actor) {
		long id;
		try {
			id = begin(file, fileName, strict, actor);
		}
		catch (RuntimeException e) {
			delete(file);
			throw e;
		}
		worker.execute(() -> run(id, file, strict, actor));
		return id;
	}

	/** Imports {@code file} in the calling thread, for the demo data at start-up; the file is deleted after. */
	CensusImportStatus importNow(Path file, String fileName, Actor actor) {
		long id;
		try {
			id = begin(file, fileName, true, actor);
		}
		catch (RuntimeException e) {
			delete(file);
			throw e;
		}
		run(id, file, true, actor);
		return status(id).orElseThrow();
	}

	public Optional<CensusImportStatus> status(long id) {
		return jdbc.sql("SELECT * FROM census_import WHERE id = ?").param(id).query(CensusImport::status).optional();
	}

	/** The latest imports, newest first. */
	public List<CensusImportStatus> latest(int limit) {
		return jdbc.sql("SELECT * FROM census_import ORDER BY id DESC LIMIT ?").param(limit)
			.query(CensusImport::status).list();
	}

	/** The recorded problems of an import (the first {@value #MAX_PROBLEMS}), by line number. */
	public List<CensusProblem> problems(long importId) {
		return jdbc.sql("SELECT line_no, reason_code FROM census_import_problem WHERE import_id = ? ORDER BY line_no")
			.param(importId)
			.query((rs, row) -> new CensusProblem(rs.getLong("line_no"), rs.getString("reason_code")))
			.list();
	}

	private long begin(Path file, String fileName, boolean strict, Actor actor) {
		long size;
		try (CensusLines lines = new CensusLines(Files.newInputStream(file))) {
			if (!lines.next() || lines.tooLong() || !isHeader(lines.text())) {
				throw DomainException.invalid("census.header");
			}
			size = Files.size(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Instant now = clock.instant();
		jdbc.sql("""
				UPDATE census_import SET status = 'FAILED', running = NULL, failure_code = 'census.import-abandoned',
				       finished_at = ? WHERE running = 1 AND updated_at < ?""")
			.params(timestamp(now), timestamp(now.minus(ABANDONED_AFTER)))
			.update();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		try {
			jdbc.sql("""
					INSERT INTO census_import (status, running, strict_mode, file_name, bytes_total, bytes_read, rows_read,
					       rows_accepted, rows_rejected, started_by, started_at, updated_at)
					VALUES ('RUNNING', 1, ?, ?, ?, 0, 0, 0, 0, ?, ?, ?)""")
				.params(strict, name(fileName), size, actor.name(), timestamp(now), timestamp(now))
				.update(key, "id");
		}
		catch (DuplicateKeyException e) {
			throw DomainException.conflict("census.import-running");
		}
		long id = key.getKey().longValue();
		log.info("Census import {} started by {} ({} bytes, strict: {})", id, actor.name(), size, strict);
		return id;
	}

	static boolean isHeader(String line) {
		String[] names = line.split(",", -1);
		if (names.length != HEADER.size()) {
			return false;
		}
		for (int i = 0; i < names.length; i++) {
			if (!HEADER.get(i).equals(unquote(names[i]).toLowerCase(Locale.ROOT))) {
				return false;
			}
		}
		return true;
	}

	private void run(long id, Path file, boolean strict, Actor actor) {
		try {
			// what an abandoned import left behind; one import runs at a time, so nothing else is there
			jdbc.sql("DELETE FROM census_staging").update();
			Reading reading = read(id, file, strict);
			if (strict && reading.rejected > 0) {
				finish(id, Status.REJECTED, "census.import-strict");
			}
			else if (reading.accepted == 0) {
				finish(id, Status.REJECTED, "census.import-empty");
			}
			else {
				replace(id, reading, actor);
			}
		}
		catch (RuntimeException | IOException e) {
			log.error("Census import {} failed", id, e);
			finish(id, Status.FAILED, "census.import-failed");
		}
		finally {
			delete(file);
		}
	}

	/** What reading the file found. */
	private static final class Reading {
		long rows;
		long accepted;
		long rejected;
	}

	private Reading read(long id, Path file, boolean strict) throws IOException {
		Reading reading = new Reading();
		LocalDate today = LocalDate.now(clock);
		NumberSet seen = new NumberSet();
		List<Object[]> staged = new ArrayList<>(batchSize);
		List<CensusProblem> problems = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file); CensusLines lines = new CensusLines(in)) {
			lines.next(); // the header, checked when the import began
			while (lines.next()) {
				if (lines.blank() && !lines.tooLong()) {
					continue;
				}
				reading.rows++;
				Object[] row = new Object[5];
				String reason = lines.tooLong() ? "census.columns" : check(lines.text(), today, seen, row);
				if (reason == null) {
					reading.accepted++;
					if (!strict || reading.rejected == 0) {
						row[0] = id;
						staged.add(row);
					}
				}
				else {
					reading.rejected++;
					if (reading.rejected <= MAX_PROBLEMS) {
						problems.add(new CensusProblem(lines.lineNo(), reason));
					}
				}
				if (staged.size() >= batchSize || problems.size() >= 100) {
					flush(id, staged, problems, reading, lines.bytesRead());
				}
			}
			flush(id, staged, problems, reading, lines.bytesRead());
		}
		log.info("Census import {} read {} rows: {} accepted, {} refused", id, reading.rows, reading.accepted,
				reading.rejected);
		return reading;
	}

	/**
	 * Checks one line; null and {@code row} filled (hash, birth date, neighbourhood, district) when it
	 * is accepted, else the reason code.
	 */
	private String check(String line, LocalDate today, NumberSet seen, Object[] row) {
		String[] fields = line.split(",", -1);
		if (fields.length != HEADER.size()) {
			return "census.columns";
		}
		String digits = unquote(fields[0]).replace(" ", "");
		String problem = TcKimlikNo.problem(digits);
		if (problem != null) {
			return problem;
		}
		LocalDate birthDate = date(unquote(fields[1]));
		if (birthDate == null) {
			return "census.birth-date";
		}
		if (birthDate.isAfter(today)) {
			return "census.birth-date-future";
		}
		Neighbourhood neighbourhood = neighbourhood(unquote(fields[2]));
		if (neighbourhood == null) {
			return "census.mahalle-unknown";
		}
		if (!seen.add(Long.parseLong(digits))) {
			return "census.duplicate";
		}
		row[1] = hasher.hash(TcKimlikNo.parse(digits));
		row[2] = birthDate;
		row[3] = (long) neighbourhood.id();
		row[4] = (long) neighbourhood.districtId();
		return null;
	}

	/** An ISO date {@code yyyy-MM-dd}, or null. */
	static LocalDate date(String text) {
		if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 7);
		int day = digits(text, 8, 10);
		if (year < 0 || month < 0 || day < 0) {
			return null;
		}
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException e) {
			return null;
		}
	}

	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	private Neighbourhood neighbourhood(String text) {
		if (text.isEmpty() || text.length() > 9) {
			return null;
		}
		int id = digits(text, 0, text.length());
		return id < 0 ? null : geography.neighbourhood(id).orElse(null);
	}

	private static String unquote(String field) {
		String value = field.strip();
		if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
			value = value.substring(1, value.length() - 1).strip();
		}
		return value;
	}

	private void flush(long id, List<Object[]> staged, List<CensusProblem> problems, Reading reading, long bytesRead) {
		if (!staged.isEmpty()) {
			batches.batchUpdate("""
					INSERT INTO census_staging (import_id, tckn_hash, birth_date, neighbourhood_id, district_id)
					VALUES (?, ?, ?, ?, ?)""", new BatchPreparedStatementSetter() {

				@Override
				public void setValues(PreparedStatement statement, int i) throws SQLException {
					Object[] row = staged.get(i);
					statement.setLong(1, (Long) row[0]);
					statement.setString(2, (String) row[1]);
					statement.setObject(3, row[2]);
					statement.setLong(4, (Long) row[3]);
					statement.setLong(5, (Long) row[4]);
				}

				@Override
				public int getBatchSize() {
					return staged.size();
				}
			});
			staged.clear();
		}
		if (!problems.isEmpty()) {
			batches.batchUpdate("INSERT INTO census_import_problem (import_id, line_no, reason_code) VALUES (?, ?, ?)",
					problems.stream().map(p -> new Object[] { id, p.lineNo(), p.reasonCode() }).toList());
			problems.clear();
		}
		jdbc.sql("""
				UPDATE census_import SET bytes_read = ?, rows_read = ?, rows_accepted = ?, rows_rejected = ?, updated_at = ?
				WHERE id = ?""")
			.params(bytesRead, reading.rows, reading.accepted, reading.rejected, timestamp(clock.instant()), id)
			.update();
	}

	/** The staging becomes the census, in one transaction. */
	private void replace(long id, Reading reading, Actor actor) {
		transactions.executeWithoutResult(status -> {
			long added = jdbc.sql("""
					SELECT COUNT(*) FROM census_staging s WHERE s.import_id = ?
					AND NOT EXISTS (SELECT 1 FROM census_person p WHERE p.tckn_hash = s.tckn_hash)""")
				.param(id).query(Long.class).single();
			long moved = jdbc.sql("""
					SELECT COUNT(*) FROM census_staging s JOIN census_person p ON p.tckn_hash = s.tckn_hash
					WHERE s.import_id = ? AND p.neighbourhood_id <> s.neighbourhood_id""")
				.param(id).query(Long.class).single();
			jdbc.sql("""
					MERGE INTO census_person p
					USING (SELECT tckn_hash, birth_date, neighbourhood_id, district_id FROM census_staging WHERE import_id = ?) s
					ON p.tckn_hash = s.tckn_hash
					WHEN MATCHED THEN UPDATE SET birth_date = s.birth_date, neighbourhood_id = s.neighbourhood_id,
					     district_id = s.district_id, import_id = ?
					WHEN NOT MATCHED THEN INSERT (tckn_hash, birth_date, neighbourhood_id, district_id, import_id)
					     VALUES (s.tckn_hash, s.birth_date, s.neighbourhood_id, s.district_id, ?)""")
				.params(id, id, id).update();
			long removed = jdbc.sql("DELETE FROM census_person WHERE import_id <> ?").param(id).update();
			jdbc.sql("DELETE FROM census_staging WHERE import_id = ?").param(id).update();
			Instant now = clock.instant();
			jdbc.sql("""
					UPDATE census_import SET status = 'SUCCEEDED', running = NULL, persons_added = ?, persons_moved = ?,
					       persons_removed = ?, bytes_read = bytes_total, updated_at = ?, finished_at = ? WHERE id = ?""")
				.params(added, moved, removed, timestamp(now), timestamp(now), id)
				.update();
			events.publishEvent(new CensusImported(id, reading.accepted, reading.rejected, added, moved, removed, actor,
					now));
			log.info("Census import {} replaced the census: {} added, {} moved, {} removed", id, added, moved, removed);
		});
	}

	private void finish(long id, Status status, String failureCode) {
		try {
			jdbc.sql("DELETE FROM census_staging WHERE import_id = ?").param(id).update();
			Instant now = clock.instant();
			jdbc.sql("""
					UPDATE census_import SET status = ?, running = NULL, failure_code = ?, updated_at = ?, finished_at = ?
					WHERE id = ?""")
				.params(status.name(), failureCode, timestamp(now), timestamp(now), id)
				.update();
			log.info("Census import {} ended {}: {}; the census is unchanged", id, status, failureCode);
		}
		catch (RuntimeException e) {
			log.error("Census import {} could not record its end; it will count as abandoned", id, e);
		}
	}

	private static CensusImportStatus status(java.sql.ResultSet rs, int row) throws SQLException {
		return new CensusImportStatus(rs.getLong("id"), Status.valueOf(rs.getString("status")),
				rs.getBoolean("strict_mode"), rs.getString("file_name"), rs.getLong("bytes_total"),
				rs.getLong("bytes_read"), rs.getLong("rows_read"), rs.getLong("rows_accepted"),
				rs.getLong("rows_rejected"), rs.getObject("persons_added", Long.class),
				rs.getObject("persons_moved", Long.class), rs.getObject("persons_removed", Long.class),
				rs.getString("failure_code"), rs.getString("started_by"), instant(rs.getTimestamp("started_at")),
				instant(rs.getTimestamp("finished_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static Timestamp timestamp(Instant instant) {
		return Timestamp.from(instant);
	}

	private static String name(String fileName) {
		String name = fileName == null ? "" : fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
			.strip();
		name = name.isEmpty() ? "census.csv" : name;
		return name.length() > 255 ? name.substring(0, 255) : name;
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			log.warn("Could not delete the census upload {}", file, e);
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		worker.shutdownNow();
		worker.awaitTermination(10, TimeUnit.SECONDS);
	}
}
