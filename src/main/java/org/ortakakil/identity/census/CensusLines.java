package org.ortakakil.identity.census;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The lines of an import file, read through a fixed buffer so that no file, however large or
 * strange, is ever held in memory: a line longer than {@link #MAX_LINE} bytes is reported as too long
 * and skipped. Counts the bytes read, for the progress bar.
 */
final class CensusLines implements Closeable {

	static final int MAX_LINE = 256;

	private final InputStream in;
	private final byte[] buffer = new byte[1 << 16];
	private final byte[] line = new byte[MAX_LINE];
	private int position;
	private int limit;
	private int length;
	private boolean tooLong;
	private long bytesRead;
	private long lineNo;

	CensusLines(InputStream in) {
		this.in = in;
	}

	/** Moves to the next line; false at the end of the file. A byte-order mark before the first line is skipped. */
	boolean next() throws IOException {
		if (Thread.currentThread().isInterrupted()) {
			throw new InterruptedIOException("census import interrupted");
		}
		length = 0;
		tooLong = false;
		boolean any = false;
		while (true) {
			if (position == limit && !fill()) {
				break;
			}
			byte b = buffer[position++];
			bytesRead++;
			any = true;
			if (b == '\n') {
				break;
			}
			if (length < MAX_LINE) {
				line[length++] = b;
			}
			else {
				tooLong = true;
			}
		}
		if (!any) {
			return false;
		}
		lineNo++;
		if (length > 0 && line[length - 1] == '\r') {
			length--;
		}
		if (lineNo == 1 && length >= 3 && (line[0] & 0xff) == 0xef && (line[1] & 0xff) == 0xbb && (line[2] & 0xff) == 0xbf) {
			System.arraycopy(line, 3, line, 0, length - 3);
			length -= 3;
		}
		return true;
	}

	private boolean fill() throws IOException {
		int read = in.read(buffer);
		if (read <= 0) {
			return false;
		}
		position = 0;
		limit = read;
		return true;
	}

	String text() {
		return new String(line, 0, length, StandardCharsets.UTF_8);
	}

	boolean blank() {
		for (int i = 0; i < length; i++) {
			if (line[i] != ' ' && line[i] != '\t') {
				return false;
			}
		}
		return true;
	}

	boolean tooLong() {
		return tooLong;
	}

	/** The number of the current line, the header being line 1. */
	long lineNo() {
		return lineNo;
	}

	long bytesRead() {
		return bytesRead;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
