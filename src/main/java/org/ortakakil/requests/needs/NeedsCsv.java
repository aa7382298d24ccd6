package org.ortakakil.requests.needs;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the monthly needs report as CSV (RFC 4180: commas, CRLF, fields quoted when they hold a comma,
 * quote or line break, quotes doubled), after a byte order mark so Excel reads the Turkish letters.
 * One row per need; a neighbourhood without needs has one row with the need's fields empty. Headers and
 * statuses are in the reader's language; amounts are plain numbers ({@code 1250000.00}).
 */
@Component
class NeedsCsv {

	static final String BOM = "\uFEFF";
	private static final String[] HEADERS = { "neighbourhood", "rank", "title", "status", "cost", "linked-requests",
			"filed", "resolved" };

	private final MessageSource messages;

	NeedsCsv(MessageSource messages) {
		this.messages = messages;
	}

	void write(List<DistrictNeeds.Column> columns, Locale locale, Writer out) throws IOException {
		out.write(BOM);
		List<String> header = new ArrayList<>();
		for (String h : HEADERS) {
			header.add(messages.getMessage("needs.csv." + h, null, locale));
		}
		line(out, header);
		for (DistrictNeeds.Column column : columns) {
			String name = column.neighbourhood().name();
			String filed = String.valueOf(column.month().filed());
			String resolved = String.valueOf(column.month().resolved());
			if (column.needs().isEmpty()) {
				line(out, List.of(name, "", "", "", "", "", filed, resolved));
			}
			for (Need need : column.needs()) {
				line(out, List.of(name, String.valueOf(need.rank()), need.title(),
						messages.getMessage("needs.status." + need.status(), null, locale), amount(need.estimatedCost()),
						String.valueOf(need.linkedRequests()), filed, resolved));
			}
		}
		out.flush();
	}

	private static String amount(BigDecimal cost) {
		return cost == null ? "" : cost.toPlainString();
	}

	private static void line(Writer out, List<String> fields) throws IOException {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(quoted(fields.get(i)));
		}
		out.write("\r\n");
	}

	static String quoted(String value) {
		// A text starting like a formula is not run by a spreadsheet when it starts with an apostrophe.
		String field = value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0 ? value : "'" + value;
		if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
			return "\"" + field.replace("\"", "\"\"") + "\"";
		}
		return field;
	}
}
