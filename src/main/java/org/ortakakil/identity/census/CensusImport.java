package org.ortakakil.identity.census;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replaces the resident census with a CSV file ({@code tckn,birth_date,mahalle_id}), in the
 * background. The file is streamed: each line is checked and its number hashed; refused lines are
 * recorded with their line number and reason, accepted ones sorted by hash in temporary runs
 * ({@link CensusSort}; hashes only, the numbers are never written anywhere). Only at the end, in one
 * transaction, does the file replace the census ({@link CensusChanges}): a person still present keeps
 * their id (updated in place, so a move changes their neighbourhood), a person absent from the file is
 * deleted. A failed, rejected (strict mode) or empty import changes nothing.
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
		// an import whose instance died still holds the lock: it failed, unless it had finished already
		jdbc.sql("""
				UPDATE census_import SET status = 'FAILED', failure_code = 'census.import-abandoned', finished_at = ?
				WHERE running = 1 AND status = 'RUNNING' AND updated_at < ?""")
			.params(timestamp(now), timestamp(now.minus(ABANDONED_AFTER)))
			.update();
		jdbc.sql("UPDATE census_import SET running = NULL WHERE running = 1 AND updated_at < ?")
			.param(timestamp(now.minus(ABANDONED_AFTER)))
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
		try (CensusSort sort = new CensusSort()) {
			Reading reading = read(id, file, strict, sort);
			if (strict && reading.rejected > 0) {
				finish(id, Status.REJECTED, "census.import-strict");
			}
			else if (reading.accepted == 0) {
				finish(id, Status.REJECTED, "census.import-empty");
			}
			else {
				replace(id, reading, sort, actor);
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

	private Reading read(long id, Path file, boolean strict, CensusSort sort) throws IOException {
		Reading reading = new Reading();
		LocalDate today = LocalDate.now(clock);
		NumberSet seen = new NumberSet();
		List<CensusProblem> problems = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file); CensusLines lines = new CensusLines(in)) {
			lines.next(); // the header, checked when the import began
			while (lines.next()) {
				if (lines.blank() && !lines.tooLong()) {
					continue;
				}
				reading.rows++;
				CensusSort.Entry[] entry = new CensusSort.Entry[1];
				String reason = lines.tooLong() ? "census.columns" : check(lines.text(), today, seen, entry);
				if (reason == null) {
					reading.accepted++;
					if (!strict || reading.rejected == 0) {
						sort.add(entry[0]);
					}
				}
				else {
					reading.rejected++;
					if (reading.rejected <= MAX_PROBLEMS) {
						problems.add(new CensusProblem(lines.lineNo(), reason));
					}
				}
				if (reading.rows % batchSize == 0 || problems.size() >= 100) {
					flush(id, problems, reading, lines.bytesRead());
				}
			}
			flush(id, problems, reading, lines.bytesRead());
		}
		log.info("Census import {} read {} rows: {} accepted, {} refused", id, reading.rows, reading.accepted,
				reading.rejected);
		return reading;
	}

	/**
	 * Checks one line; null and {@code accepted[0]} filled when it is accepted, else the reason code.
	 */
	private String check(String line, LocalDate today, NumberSet seen, CensusSort.Entry[] accepted) {
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
		accepted[0] = new CensusSort.Entry(hasher.hash(TcKimlikNo.parse(digits)), birthDate, neighbourhood.id(),
				neighbourhood.districtId());
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

	private void flush(long id, List<CensusProblem> problems, Reading reading, long bytesRead) {
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

	/**
	 * The file becomes the census, in one transaction. The sorted file and the census (along its hash
	 * index, so the database sorts nothing) are read side by side, and what differs is noted in a
	 * temporary file; then only the changes are written: a newcomer inserted, a move or correction updated in place (the
	 * person keeps their id), an absent person deleted. Re-importing an unchanged census writes nothing.
	 */
	private void replace(long id, Reading reading, CensusSort sort, Actor actor) throws IOException {
		long began = System.nanoTime();
		try (CensusChanges changes = new CensusChanges(id)) {
			transactions.executeWithoutResult(transaction -> {
				streaming(() -> batches.query(ordered("""
						SELECT tckn_hash, birth_date, neighbourhood_id, district_id, id FROM census_person
						ORDER BY tckn_hash"""), (ResultSetExtractor<Void>) persons -> {
							changes.compare(sort.sorted(), persons);
							return null;
						}));
				changes.apply(batches, batchSize);
				Instant now = clock.instant();
				jdbc.sql("""
						UPDATE census_import SET status = 'SUCCEEDED', running = NULL, persons_added = ?, persons_moved = ?,
						       persons_removed = ?, bytes_read = bytes_total, updated_at = ?, finished_at = ? WHERE id = ?""")
					.params(changes.added(), changes.moved(), changes.removed(), timestamp(now), timestamp(now), id)
					.update();
				events.publishEvent(new CensusImported(id, reading.accepted, reading.rejected, changes.added(),
						changes.moved(), changes.removed(), actor, now));
			});
			log.info("Census import {} replaced the census in {} ms: {} added, {} moved, {} corrected, {} removed", id,
					(System.nanoTime() - began) / 1_000_000, changes.added(), changes.moved(), changes.corrected(),
					changes.removed());
		}
	}

	/**
	 * Runs {@code reads} with H2 streaming its results instead of computing them whole first (H2 would
	 * write a million sorted rows to a temporary file); PostgreSQL streams through the fetch size.
	 */
	private void streaming(Runnable reads) {
		boolean h2 = Boolean.TRUE.equals(batches.execute((ConnectionCallback<Boolean>) connection -> "H2"
			.equals(connection.getMetaData().getDatabaseProductName())));
		if (h2) {
			batches.execute("SET LAZY_QUERY_EXECUTION TRUE");
		}
		try {
			reads.run();
		}
		finally {
			if (h2) {
				batches.execute("SET LAZY_QUERY_EXECUTION FALSE");
			}
		}
	}

	/** A query read row by row (a cursor on PostgreSQL), not loaded whole. */
	private static PreparedStatementCreator ordered(String sql) {
		return connection -> {
			PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
					ResultSet.CONCUR_READ_ONLY);
			statement.setFetchSize(10_000);
			return statement;
		};
	}

	private void finish(long id, Status status, String failureCode) {
		try {
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
