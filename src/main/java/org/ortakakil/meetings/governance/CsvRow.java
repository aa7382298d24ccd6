package org.ortakakil.meetings.governance;

import java.io.IOException;
import java.io.Writer;

/**
 * One CSV row as RFC 4180 asks: fields separated by commas, a field quoted when it holds a comma, a
 * quote or a line break, quotes doubled inside, CRLF at the end; null is an empty field.
 */
final class CsvRow {

	private CsvRow() {
	}

	static void write(Writer out, Object... fields) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < fields.length; i++) {
			String field = fields[i] == null ? "" : fields[i].toString();
			if (i > 0) {
				line.append(',');
			}
			boolean quote = field.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
			line.append(quote ? '"' + field.replace("\"", "\"\"") + '"' : field);
		}
		out.write(line.append("\r\n").toString());
	}
}
