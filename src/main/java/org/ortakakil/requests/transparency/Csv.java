package org.ortakakil.requests.transparency;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A CSV file written straight to the response as RFC 4180 asks: CRLF line ends, a field quoted when it
 * holds a comma, a quote or a line break, a quote doubled inside quotes. UTF-8 with a byte order mark,
 * so spreadsheet programs read Turkish letters right.
 */
final class Csv {

	private final Writer out;

	private Csv(Writer out) {
		this.out = out;
	}

	/** Starts the download of {@code fileName} and writes the BOM and the header row. */
	static Csv start(HttpServletResponse response, String fileName, String... header) throws IOException {
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
		Csv csv = new Csv(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
		csv.out.write('\uFEFF');
		csv.row((Object[]) header);
		return csv;
	}

	/** One row; null is an empty field. */
	void row(Object... fields) {
		try {
			for (int i = 0; i < fields.length; i++) {
				if (i > 0) {
					out.write(',');
				}
				out.write(quoted(fields[i] == null ? "" : fields[i].toString()));
			}
			out.write("\r\n");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	void finish() throws IOException {
		out.flush();
	}

	static String quoted(String field) {
		if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
			return field;
		}
		return '"' + field.replace("\"", "\"\"") + '"';
	}
}
