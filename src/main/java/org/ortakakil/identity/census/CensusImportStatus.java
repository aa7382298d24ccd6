package org.ortakakil.identity.census;

import java.time.Instant;

/**
 * One import as any instance sees it in the database: how far it got and what it found.
 * The person counts are null until the import replaced the census.
 */
public record CensusImportStatus(long id, Status status, boolean strict, String fileName, long bytesTotal,
		long bytesRead, long rowsRead, long rowsAccepted, long rowsRejected, Long personsAdded, Long personsMoved,
		Long personsRemoved, String failureCode, String startedBy, Instant startedAt, Instant finishedAt) {

	/** RUNNING until the census is replaced (SUCCEEDED) or left as it was (REJECTED, FAILED). */
	public enum Status { RUNNING, SUCCEEDED, REJECTED, FAILED }

	public boolean running() {
		return status == Status.RUNNING;
	}

	/** How much of the file was read, 0 to 100; 100 while the census is being replaced. */
	public int percent() {
		if (status == Status.SUCCEEDED || bytesTotal <= 0) {
			return status == Status.RUNNING ? 0 : 100;
		}
		return (int) Math.min(100, bytesRead * 100 / bytesTotal);
	}

	/** True once every line was read and the census is being replaced. */
	public boolean replacing() {
		return running() && bytesTotal > 0 && bytesRead >= bytesTotal;
	}

	/** Problems beyond the first {@value CensusImport#MAX_PROBLEMS} are counted but not listed. */
	public boolean problemsTruncated() {
		return rowsRejected > CensusImport.MAX_PROBLEMS;
	}
}
