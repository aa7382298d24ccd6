package org.ortakakil.comments.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.ortakakil.shared.DomainException;

/** Where a page of a thread ends: the last comment's time (in microseconds) and id, as text for an address. */
record Cursor(OffsetDateTime at, long id) {

	static Cursor parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String[] parts = text.split("-");
		try {
			if (parts.length != 2) {
				throw new NumberFormatException(text);
			}
			long micros = Long.parseLong(parts[0]);
			Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000);
			return new Cursor(at.atOffset(ZoneOffset.UTC), Long.parseLong(parts[1]));
		}
		catch (NumberFormatException | java.time.DateTimeException e) {
			throw DomainException.invalid("comments.cursor-invalid");
		}
	}

	@Override
	public String toString() {
		Instant instant = at.toInstant();
		return (instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1000) + "-" + id;
	}
}
