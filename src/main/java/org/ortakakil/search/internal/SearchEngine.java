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

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers a search from the index, best first, one document per thing (in the reader's language when
 * that text matched, else the best matching one). On PostgreSQL the match is its turkish text search
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
		List<Object> params = new ArrayList<>();
		params.add(language);
		String match = postgres() ? postgresMatch(query, params) : embeddedMatch(query, params);
		StringBuilder sql = new StringBuilder("SELECT CASE WHEN d.language = ? THEN 0 WHEN d.language = 'tr' THEN 1")
			.append(" ELSE 2 END AS preference, ").append(match.substring("SELECT ".length()));
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
		List<Object> all = new ArrayList<>(params);
		all.add((query.page() - 1) * query.limit());
		all.add(query.limit());
		String ranked = "SELECT r.kind, r.doc_id, r.language, r.title, r.body, r.path, r.dated, r.score,"
				+ " COUNT(*) OVER () AS total FROM (SELECT m.*, ROW_NUMBER() OVER (PARTITION BY m.kind, m.doc_id"
				+ " ORDER BY m.preference, m.score DESC, m.language) AS position FROM (" + sql
				+ ") m) r WHERE r.position = 1"
				+ " ORDER BY r.score DESC, r.dated DESC NULLS LAST, r.kind, r.doc_id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
		Highlighter highlighter = new Highlighter(query.keys());
		long[] total = { 0 };
		List<Row> rows = jdbc.sql(ranked).params(all).query((rs, n) -> {
			total[0] = rs.getLong("total");
			return row(rs);
		}).list();
		if (rows.isEmpty() && query.page() > 1) {
			total[0] = count(sql.toString(), params);
		}
		Map<String, List<Integer>> districts = districts(rows);
		List<Hit> hits = rows.stream()
			.map(r -> new Hit(r.kind, r.id, r.language, r.path, r.dated,
					districts.getOrDefault(r.kind + ":" + r.id, List.of()), highlighter.highlight(r.title),
					highlighter.excerpt(r.body), r.score))
			.toList();
		return new Page(hits, total[0], query.page(), query.limit());
	}

	/** Whether this is PostgreSQL, where the index has its tsvector column. */
	public boolean postgres() {
		if (postgres == null) {
			postgres = template.execute((ConnectionCallback<Boolean>) connection -> "PostgreSQL"
				.equals(connection.getMetaData().getDatabaseProductName()));
		}
		return postgres;
	}

	private static String postgresMatch(SearchQuery query, List<Object> params) {
		params.add(String.join(" ", query.words()));
		params.add(String.join(" ", query.keys()));
		return "SELECT d.kind, d.doc_id, d.language, d.title, d.body, d.path, d.dated, ts_rank(d.tsv, q.q) AS score"
				+ " FROM search_document d, (SELECT plainto_tsquery('turkish', ?) || plainto_tsquery('turkish', ?)"
				+ " AS q) q WHERE d.visible = TRUE AND d.tsv @@ q.q";
	}

	private static String embeddedMatch(SearchQuery query, List<Object> params) {
		StringBuilder score = new StringBuilder("0");
		StringBuilder match = new StringBuilder();
		List<Object> scoreParams = new ArrayList<>();
		List<Object> matchParams = new ArrayList<>();
		for (int i = 0; i < query.keys().size(); i++) {
			String key = "%" + query.keys().get(i) + "%";
			String word = "%" + query.words().get(i) + "%";
			score.append(" + CASE WHEN d.folded_title LIKE ? THEN 4 WHEN d.ascii_title LIKE ? THEN 3 ELSE 0 END")
				.append(" + CASE WHEN d.folded_text LIKE ? THEN 1 ELSE 0 END");
			scoreParams.addAll(List.of(word, key, word));
			match.append(" AND d.ascii_text LIKE ?");
			matchParams.add(key);
		}
		params.addAll(scoreParams);
		params.addAll(matchParams);
		return "SELECT d.kind, d.doc_id, d.language, d.title, d.body, d.path, d.dated, (" + score + ") AS score"
				+ " FROM search_document d WHERE d.visible = TRUE" + match;
	}

	private long count(String inner, List<Object> params) {
		String sql = "SELECT COUNT(*) FROM (SELECT DISTINCT m.kind, m.doc_id FROM (" + inner + ") m) c";
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private Map<String, List<Integer>> districts(List<Row> rows) {
		Map<String, List<Integer>> districts = new HashMap<>();
		if (rows.isEmpty()) {
			return districts;
		}
		List<Object> params = new ArrayList<>();
		String where = rows.stream().map(r -> {
			params.add(r.kind);
			params.add(r.id);
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
			LocalDate dated, double score) {
	}

	private static Row row(ResultSet rs) throws SQLException {
		Date dated = rs.getDate("dated");
		return new Row(rs.getString("kind"), rs.getLong("doc_id"), rs.getString("language"), rs.getString("title"),
				rs.getString("body"), rs.getString("path"), dated == null ? null : dated.toLocalDate(),
				rs.getDouble("score"));
	}
}
