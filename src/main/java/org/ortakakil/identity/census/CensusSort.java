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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * The accepted lines of an import, sorted by hash without holding the file in memory: runs of
 * {@link #RUN} rows are sorted in memory and written to temporary files (hashes only, never a number),
 * then merged. Sorted, they can be compared with the census read along its hash index, so the
 * database sorts nothing and stores only what changed (measured: a staging table with an index, or a
 * database sort of a million rows, took H2 a minute by itself).
 */
final class CensusSort implements Closeable {

	static final int RUN = 100_000;

	/** An accepted line: its hash and what the census keeps about the person. */
	record Entry(String hash, LocalDate birthDate, long neighbourhoodId, long districtId) implements Comparable<Entry> {

		@Override
		public int compareTo(Entry other) {
			return hash.compareTo(other.hash);
		}
	}

	private final int run;
	private final List<Entry> buffer = new ArrayList<>();
	private final List<Path> runs = new ArrayList<>();
	private final List<DataInputStream> open = new ArrayList<>();

	CensusSort() {
		this(RUN);
	}

	CensusSort(int run) {
		this.run = run;
	}

	void add(Entry entry) {
		buffer.add(entry);
		if (buffer.size() >= run) {
			spill();
		}
	}

	private void spill() {
		buffer.sort(null);
		try {
			Path run = Files.createTempFile("ortakakil-census-run-", ".bin");
			runs.add(run);
			try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
				for (Entry entry : buffer) {
					out.writeUTF(entry.hash());
					out.writeLong(entry.birthDate().toEpochDay());
					out.writeLong(entry.neighbourhoodId());
					out.writeLong(entry.districtId());
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		buffer.clear();
	}

	/** Every entry added, in hash order; once. */
	Iterator<Entry> sorted() {
		if (runs.isEmpty()) {
			buffer.sort(null);
			return buffer.iterator();
		}
		if (!buffer.isEmpty()) {
			spill();
		}
		return new Merge();
	}

	/** Merges the sorted runs, reading each one entry ahead. */
	private final class Merge implements Iterator<Entry> {

		private record Head(Entry entry, DataInputStream in) {
		}

		private final PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> a.entry().compareTo(b.entry()));

		Merge() {
			try {
				for (Path run : runs) {
					DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), 1 << 16));
					open.add(in);
					advance(in);
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		private void advance(DataInputStream in) throws IOException {
			String hash;
			try {
				hash = in.readUTF();
			}
			catch (EOFException end) {
				in.close();
				return;
			}
			heads.add(new Head(new Entry(hash, LocalDate.ofEpochDay(in.readLong()), in.readLong(), in.readLong()), in));
		}

		@Override
		public boolean hasNext() {
			return !heads.isEmpty();
		}

		@Override
		public Entry next() {
			Head head = heads.poll();
			if (head == null) {
				throw new NoSuchElementException();
			}
			try {
				advance(head.in());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return head.entry();
		}
	}

	@Override
	public void close() throws IOException {
		buffer.clear();
		for (DataInputStream in : open) {
			in.close();
		}
		for (Path run : runs) {
			Files.deleteIfExists(run);
		}
	}
}
