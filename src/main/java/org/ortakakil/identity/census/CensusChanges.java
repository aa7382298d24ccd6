package org.ortakakil.identity.census;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The difference between the import file and the census, found by reading both in hash order side by
 * side (the file sorted by {@link CensusSort}, the census along its index): what is only in the file
 * is to be inserted, what is in both and differs to be updated in place (so the person keeps their
 * id), what is only in the census to be deleted. The changes wait in a
 * temporary file (hashes only, no number) until both readings are closed, then are written in batches
 * on the caller's transaction: writing while reading the census along its index could meet the rows
 * just written.
 */
final class CensusChanges implements Closeable {

	private static final byte INSERT = 'I';
	private static final byte UPDATE = 'U';
	private static final byte DELETE = 'D';

	/** A resident as the census holds them. */
	private record Row(String hash, LocalDate birthDate, long neighbourhoodId, long districtId, long id) {

		static Row of(ResultSet rs) throws SQLException {
			return new Row(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getLong(3), rs.getLong(4), rs.getLong(5));
		}

		boolean sameAs(CensusSort.Entry entry) {
			return birthDate.equals(entry.birthDate()) && neighbourhoodId == entry.neighbourhoodId()
					&& districtId == entry.districtId();
		}
	}

	private final long importId;
	private final Path file;
	private final DataOutputStream out;
	private long added;
	private long moved;
	private long corrected;
	private long removed;

	CensusChanges(long importId) throws IOException {
		this.importId = importId;
		this.file = Files.createTempFile("ortakakil-census-changes-", ".bin");
		this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
	}

	/** Reads both sides to the end and notes what differs. */
	void compare(Iterator<CensusSort.Entry> file, ResultSet persons) throws SQLException {
		try {
			CensusSort.Entry incoming = file.hasNext() ? file.next() : null;
			Row present = next(persons, null);
			while (incoming != null || present != null) {
				int order = incoming == null ? 1 : present == null ? -1 : incoming.hash().compareTo(present.hash());
				if (order < 0) {
					out.writeByte(INSERT);
					out.writeUTF(incoming.hash());
					values(incoming);
					added++;
					incoming = file.hasNext() ? file.next() : null;
				}
				else if (order > 0) {
					out.writeByte(DELETE);
					out.writeLong(present.id());
					removed++;
					present = next(persons, present);
				}
				else {
					if (!present.sameAs(incoming)) {
						out.writeByte(UPDATE);
						out.writeLong(present.id());
						values(incoming);
						if (incoming.neighbourhoodId() != present.neighbourhoodId()) {
							moved++;
						}
						else {
							corrected++;
						}
					}
					incoming = file.hasNext() ? file.next() : null;
					present = next(persons, present);
				}
			}
			out.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void values(CensusSort.Entry row) throws IOException {
		out.writeLong(row.birthDate().toEpochDay());
		out.writeLong(row.neighbourhoodId());
		out.writeLong(row.districtId());
	}

	/**
	 * The next row, checking that the database's order is the order compared here: lower-case hex sorts
	 * the same in every collation, but a merge in a wrong order would delete residents, so it stops.
	 */
	private static Row next(ResultSet rs, Row previous) throws SQLException {
		if (!rs.next()) {
			return null;
		}
		Row row = Row.of(rs);
		if (previous != null && previous.hash().compareTo(row.hash()) >= 0) {
			throw new IllegalStateException("census rows are not in hash order, or a hash is there twice");
		}
		return row;
	}

	/** Writes the noted changes, in batches. */
	void apply(JdbcTemplate jdbc, int batchSize) {
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		List<Object[]> deletes = new ArrayList<>();
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
			while (true) {
				int kind;
				try {
					kind = in.readByte();
				}
				catch (EOFException end) {
					break;
				}
				if (kind == INSERT) {
					String hash = in.readUTF();
					inserts.add(new Object[] { hash, LocalDate.ofEpochDay(in.readLong()), in.readLong(), in.readLong(), importId });
				}
				else if (kind == UPDATE) {
					long id = in.readLong();
					updates.add(new Object[] { LocalDate.ofEpochDay(in.readLong()), in.readLong(), in.readLong(), importId, id });
				}
				else {
					deletes.add(new Object[] { in.readLong() });
				}
				if (inserts.size() + updates.size() + deletes.size() >= batchSize) {
					write(jdbc, inserts, updates, deletes);
				}
			}
			write(jdbc, inserts, updates, deletes);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void write(JdbcTemplate jdbc, List<Object[]> inserts, List<Object[]> updates, List<Object[]> deletes) {
		if (!deletes.isEmpty()) {
			jdbc.batchUpdate("DELETE FROM census_person WHERE id = ?", deletes);
			deletes.clear();
		}
		if (!updates.isEmpty()) {
			jdbc.batchUpdate("""
					UPDATE census_person SET birth_date = ?, neighbourhood_id = ?, district_id = ?, import_id = ?
					WHERE id = ?""", updates);
			updates.clear();
		}
		if (!inserts.isEmpty()) {
			jdbc.batchUpdate("""
					INSERT INTO census_person (tckn_hash, birth_date, neighbourhood_id, district_id, import_id)
					VALUES (?, ?, ?, ?, ?)""", inserts);
			inserts.clear();
		}
	}

	long added() {
		return added;
	}

	/** People whose neighbourhood changed. */
	long moved() {
		return moved;
	}

	/** People whose birth date was corrected, in the same neighbourhood. */
	long corrected() {
		return corrected;
	}

	long removed() {
		return removed;
	}

	@Override
	public void close() throws IOException {
		out.close();
		Files.deleteIfExists(file);
	}
}
