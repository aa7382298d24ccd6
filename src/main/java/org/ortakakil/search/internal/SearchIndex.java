package org.ortakakil.search.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the search index: a document is replaced whole (all its languages and districts) in one
 * transaction, hidden, or removed. Two writers of the same document at once (an event and the startup
 * pass) are resolved by trying the loser again; each write is its own transaction.
 */
@Component
public class SearchIndex {

	static final int TITLE_MAX = 500;
	static final int BODY_MAX = 12000;

	private static final Pattern LINK_TARGETS = Pattern.compile("\\]\\([^)\\s]*\\)");
	private static final Pattern QUOTES = Pattern.compile("(?m)^\\s*>+");
	private static final Pattern MARKUP = Pattern.compile("[*_#`~\\[\\]|]+");
	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final String INSERT = "INSERT INTO search_document (kind, doc_id, language, title, body, path, dated,"
			+ " visible, folded_title, ascii_title, folded_text, ascii_text, indexed_at)"
			+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final TransactionTemplate transaction;
	private final Clock clock;

	SearchIndex(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** Replaces the document, or adds it. */
	public void put(SearchDocument document) {
		putAll(List.of(document));
	}

	/** Replaces or adds the documents, in batches. */
	public void putAll(List<SearchDocument> documents) {
		try {
			transaction.executeWithoutResult(status -> write(documents));
		}
		catch (DuplicateKeyException e) {
			// another writer added one of them between our delete and insert: ours is as recent
			transaction.executeWithoutResult(status -> write(documents));
		}
	}

	/** Whether the public may find the document; the index keeps it either way. */
	public void setVisible(String kind, long id, boolean visible) {
		jdbc.sql("UPDATE search_document SET visible = ? WHERE kind = ? AND doc_id = ?")
			.params(visible, kind, id).update();
	}

	public void remove(String kind, long id) {
		transaction.executeWithoutResult(status -> {
			jdbc.sql("DELETE FROM search_document_district WHERE kind = ? AND doc_id = ?").params(kind, id).update();
			jdbc.sql("DELETE FROM search_document WHERE kind = ? AND doc_id = ?").params(kind, id).update();
		});
	}

	/** The ids of the documents of a kind, for the startup pass over spaces. */
	List<Long> ids(String kind) {
		return jdbc.sql("SELECT DISTINCT doc_id FROM search_document WHERE kind = ?").param(kind).query(Long.class).list();
	}

	private void write(List<SearchDocument> documents) {
		List<Object[]> deletes = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> districts = new ArrayList<>();
		Timestamp now = Timestamp.from(Instant.now(clock));
		for (SearchDocument d : documents) {
			deletes.add(new Object[] { d.kind(), d.id() });
			for (SearchDocument.Text text : d.texts()) {
				String title = cut(SPACES.matcher(text.title() == null ? "" : text.title()).replaceAll(" ").strip(),
						TITLE_MAX);
				String body = cut(plain(text.body()), BODY_MAX);
				String foldedTitle = cut(TurkishFolding.fold(title), TITLE_MAX);
				String foldedText = TurkishFolding.fold(title + "\n" + body);
				rows.add(new Object[] { d.kind(), d.id(), text.language(), title, body, d.path(),
						d.dated() == null ? null : Date.valueOf(d.dated()), d.visible(), foldedTitle,
						cut(TurkishFolding.ascii(foldedTitle), TITLE_MAX), cut(foldedText, BODY_MAX + 600),
						cut(TurkishFolding.ascii(foldedText), BODY_MAX + 600), now });
			}
			d.districtIds().forEach(district -> districts.add(new Object[] { d.kind(), d.id(), district }));
		}
		template.batchUpdate("DELETE FROM search_document_district WHERE kind = ? AND doc_id = ?", deletes);
		template.batchUpdate("DELETE FROM search_document WHERE kind = ? AND doc_id = ?", deletes);
		template.batchUpdate(INSERT, rows);
		template.batchUpdate("INSERT INTO search_document_district (kind, doc_id, district_id) VALUES (?, ?, ?)",
				districts);
	}

	/**
	 * A Markdown body as plain text: link targets, quote marks and emphasis removed, white space collapsed.
	 * Anything else, markup included, stays as text; pages escape it.
	 */
	static String plain(String text) {
		if (text == null) {
			return "";
		}
		String plain = LINK_TARGETS.matcher(text).replaceAll("]");
		plain = QUOTES.matcher(plain).replaceAll(" ");
		plain = MARKUP.matcher(plain).replaceAll(" ");
		return SPACES.matcher(plain).replaceAll(" ").strip();
	}

	private static String cut(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int end = max;
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end);
	}
}
