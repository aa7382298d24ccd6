package org.ortakakil.search.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ortakakil.shared.LocalizedText;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers a search from the index, best first, one document per thing (in the reader's language when
 * that text matched, else Turkish, else another that matched). The page of documents is chosen on narrow
 * rows (kind, id, score); only its few documents' texts are read afterwards. On PostgreSQL the match is its turkish text search
 * over the folded copies (stems: "parklar" finds "park"), ranked by ts_rank; on the embedded database
 * every word must occur in the ASCII-folded text (LIKE), ranked higher where the title or the exact
 * Turkish form matched. Either way folding is the same, so "istanbul" finds "İSTANBUL" on both.
 */
@Service
@Transactional(readOnly = true)
public class SearchEngine {

	/** One thing found; {@code title} and {@code excerpt} are marked where they matched. */
	public record Hit(String kind, long id, String language, String path, LocalDate dated, List<Integer> districtIds,
			List<Highlighter.Segment> title, List<Highlighter.Segment> excerpt, double rank) {
	}

	/** A page of hits, with how many things matched in all. */
	public record Page(List<Hit> hits, long total, int page, int limit) {

		public boolean hasNext() {
			return (long) page * limit < total && page < SearchQuery.PAGE_MAX;
		}

		public boolean hasPrevious() {
			return page > 1;
		}
	}

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private volatile Boolean postgres;

	SearchEngine(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public Page search(SearchQuery query, String language) {
		Clause score = postgres() ? new Clause("ts_rank(d.tsv, q.q)", List.of()) : embeddedScore(query);
		Clause from = postgres() ? postgresFrom(query) : embeddedFrom(query);
		Clause filters = filters(query);
		List<Object> params = new ArrayList<>(score.params());
		params.addAll(from.params());
		params.addAll(filters.params());
		params.add((query.page() - 1) * query.limit());
		params.add(query.limit());
		// first the page of documents, narrow rows only; their texts after, for these few
		String ranked = "SELECT g.kind, g.doc_id, g.score, COUNT(*) OVER () AS total FROM (SELECT d.kind, d.doc_id, MAX("
				+ score.sql() + ") AS score, MAX(d.dated) AS dated" + from.sql() + filters.sql()
				+ " GROUP BY d.kind, d.doc_id) g"
				+ " ORDER BY g.score DESC, g.dated DESC NULLS LAST, g.kind, g.doc_id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
		long[] total = { 0 };
		List<Key> keys = jdbc.sql(ranked).params(params).query((rs, n) -> {
			total[0] = rs.getLong("total");
			return new Key(rs.getString("kind"), rs.getLong("doc_id"), rs.getDouble("score"));
		}).list();
		if (keys.isEmpty()) {
			if (query.page() > 1) {
				List<Object> countParams = new ArrayList<>(from.params());
				countParams.addAll(filters.params());
				total[0] = jdbc.sql("SELECT COUNT(*) FROM (SELECT DISTINCT d.kind, d.doc_id" + from.sql() + filters.sql()
						+ ") c").params(countParams).query(Long.class).single();
			}
			return new Page(List.of(), total[0], query.page(), query.limit());
		}
		Map<String, Row> texts = texts(keys, from, language);
		Map<String, List<Integer>> districts = districts(keys);
		Highlighter highlighter = new Highlighter(query.keys());
		List<Hit> hits = keys.stream().filter(k -> texts.containsKey(k.ref())).map(k -> {
			Row r = texts.get(k.ref());
			return new Hit(k.kind(), k.id(), r.language(), r.path(), r.dated(),
					districts.getOrDefault(k.ref(), List.of()), highlighter.highlight(r.title()),
					highlighter.excerpt(r.body()), k.score());
		}).toList();
		return new Page(hits, total[0], query.page(), query.limit());
	}

	/**
	 * The text to show of each document: among its languages that matched, the reader's, else Turkish,
	 * else the first by language code.
	 */
	private Map<String, Row> texts(List<Key> keys, Clause from, String language) {
		List<Object> params = new ArrayList<>(from.params());
		String which = keys.stream().map(k -> {
			params.add(k.kind());
			params.add(k.id());
			return "(d.kind = ? AND d.doc_id = ?)";
		}).collect(Collectors.joining(" OR "));
		Map<String, Row> texts = new HashMap<>();
		jdbc.sql("SELECT d.kind, d.doc_id, d.language, d.title, d.body, d.path, d.dated" + from.sql() + " AND (" + which
				+ ") ORDER BY d.language").params(params).query(SearchEngine::row).list().forEach(row -> {
					String ref = row.kind() + ":" + row.id();
					Row held = texts.get(ref);
					if (held == null || preference(row, language) < preference(held, language)) {
						texts.put(ref, row);
					}
				});
		return texts;
	}

	private static int preference(Row row, String language) {
		if (row.language().equals(language)) {
			return 0;
		}
		return row.language().equals(LocalizedText.DEFAULT_LANGUAGE) ? 1 : 2;
	}

	private static Clause filters(SearchQuery query) {
		StringBuilder sql = new StringBuilder();
		List<Object> params = new ArrayList<>();
		if (!query.kinds().isEmpty()) {
			sql.append(" AND d.kind IN (")
				.append(query.kinds().stream().map(kind -> "?").collect(Collectors.joining(", "))).append(")");
			params.addAll(query.kinds().stream().sorted().toList());
		}
		if (query.district() != null) {
			sql.append(" AND EXISTS (SELECT 1 FROM search_document_district x WHERE x.kind = d.kind")
				.append(" AND x.doc_id = d.doc_id AND x.district_id = ?)");
			params.add(query.district().id());
		}
		if (query.from() != null) {
			sql.append(" AND d.dated >= ?");
			params.add(Date.valueOf(query.from()));
		}
		if (query.to() != null) {
			sql.append(" AND d.dated <= ?");
			params.add(Date.valueOf(query.to()));
		}
		return new Clause(sql.toString(), params);
	}

	/** Whether this is PostgreSQL, where the index has its tsvector column. */
	public boolean postgres() {
		if (postgres == null) {
			postgres = template.execute((ConnectionCallback<Boolean>) connection -> "PostgreSQL"
				.equals(connection.getMetaData().getDatabaseProductName()));
		}
		return postgres;
	}

	/** A piece of SQL and its parameters, in order. */
	private record Clause(String sql, List<Object> params) {
	}

	private record Key(String kind, long id, double score) {

		String ref() {
			return kind + ":" + id;
		}
	}

	private static Clause postgresFrom(SearchQuery query) {
		return new Clause(" FROM search_document d, (SELECT plainto_tsquery('turkish', ?) || plainto_tsquery('turkish', ?)"
				+ " AS q) q WHERE d.visible = TRUE AND d.tsv @@ q.q",
				List.of(String.join(" ", query.words()), String.join(" ", query.keys())));
	}

	private static Clause embeddedFrom(SearchQuery query) {
		StringBuilder sql = new StringBuilder(" FROM search_document d WHERE d.visible = TRUE");
		List<Object> params = new ArrayList<>();
		for (String key : query.keys()) {
			sql.append(" AND d.ascii_text LIKE ?");
			params.add("%" + key + "%");
		}
		return new Clause(sql.toString(), params);
	}

	/** Title matches above body matches, the exact Turkish form above the ASCII one. */
	private static Clause embeddedScore(SearchQuery query) {
		StringBuilder sql = new StringBuilder("0");
		List<Object> params = new ArrayList<>();
		for (int i = 0; i < query.keys().size(); i++) {
			String key = "%" + query.keys().get(i) + "%";
			String word = "%" + query.words().get(i) + "%";
			sql.append(" + CASE WHEN d.folded_title LIKE ? THEN 4 WHEN d.ascii_title LIKE ? THEN 3 ELSE 0 END")
				.append(" + CASE WHEN d.folded_text LIKE ? THEN 1 ELSE 0 END");
			params.addAll(List.of(word, key, word));
		}
		return new Clause("(" + sql + ")", params);
	}

	private Map<String, List<Integer>> districts(List<Key> keys) {
		Map<String, List<Integer>> districts = new HashMap<>();
		List<Object> params = new ArrayList<>();
		String where = keys.stream().map(r -> {
			params.add(r.kind());
			params.add(r.id());
			return "(kind = ? AND doc_id = ?)";
		}).collect(Collectors.joining(" OR "));
		jdbc.sql("SELECT kind, doc_id, district_id FROM search_document_district WHERE " + where
				+ " ORDER BY district_id").params(params).query(rs -> {
					districts.computeIfAbsent(rs.getString(1) + ":" + rs.getLong(2), k -> new ArrayList<>())
						.add(rs.getInt(3));
				});
		return districts;
	}

	private record Row(String kind, long id, String language, String title, String body, String path,
			LocalDate dated) {
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		Date dated = rs.getDate("dated");
		return new Row(rs.getString("kind"), rs.getLong("doc_id"), rs.getString("language"), rs.getString("title"),
				rs.getString("body"), rs.getString("path"), dated == null ? null : dated.toLocalDate());
	}
}
