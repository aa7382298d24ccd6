package org.ortakakil.proposals.api;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.ortakakil.proposals.internal.Board;
import org.ortakakil.proposals.internal.Boards;
import org.ortakakil.proposals.internal.ProposalStore;
import org.ortakakil.proposals.internal.ProposalStore.ExportRow;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open data: every public proposal of a space as CSV or JSON, written row by row while the database
 * streams them (a million rows never sit in memory). No personal data: no author, no supporter.
 */
@RestController
class ProposalExports {

	static final String[] COLUMNS = { "id", "title", "body", "language", "topic", "sdgs", "scope", "districts",
			"neighbourhood_id", "lat", "lon", "channel", "state", "supports", "published_at", "answer_outcome",
			"answer_cost" };

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Boards boards;
	private final ProposalStore store;

	ProposalExports(Boards boards, ProposalStore store) {
		this.boards = boards;
		this.store = store;
	}

	@GetMapping("/proposals/export.csv")
	ResponseEntity<StreamingResponseBody> csv(@RequestParam String space) {
		Board board = boards.bySpaceParam(space);
		StreamingResponseBody body = out -> {
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
			writer.write('\uFEFF');
			writer.write(String.join(",", COLUMNS));
			writer.write("\r\n");
			store.each(board.id(), row -> {
				try {
					writeCsv(writer, row);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
			writer.flush();
		};
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("proposals-" + board.kind().resourceType() + "-" + board.spaceId() + ".csv").build().toString())
			.body(body);
	}

	@GetMapping("/proposals/export.json")
	ResponseEntity<StreamingResponseBody> json(@RequestParam String space) {
		Board board = boards.bySpaceParam(space);
		StreamingResponseBody body = out -> {
			try (JsonGenerator json = JSON.createGenerator(out)) {
				json.writeStartArray();
				store.each(board.id(), row -> JSON.writeValue(json, row));
				json.writeEndArray();
			}
		};
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("proposals-" + board.kind().resourceType() + "-" + board.spaceId() + ".json").build().toString())
			.body(body);
	}

	static void writeCsv(Writer writer, ExportRow r) throws IOException {
		Object[] values = { r.id(), r.title(), r.body(), r.language(), r.topic(), r.sdgs(), r.scopeType(), r.districts(),
				r.neighbourhoodId(), r.lat(), r.lon(), r.channel(), r.state(), r.supports(), r.publishedAt(),
				r.answerOutcome(), r.answerCost() == null ? null : r.answerCost().toPlainString() };
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				writer.write(',');
			}
			writer.write(cell(values[i]));
		}
		writer.write("\r\n");
	}

	/** A CSV cell, quoted when needed; a leading =, +, - or @ is defused so spreadsheets do not run it. */
	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}
}
