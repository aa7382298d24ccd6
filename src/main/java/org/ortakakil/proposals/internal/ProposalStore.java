package org.ortakakil.proposals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.ortakakil.proposals.ProposalState;
import org.ortakakil.proposals.ProposalView;
import org.ortakakil.shared.DomainException;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.spaces.SpaceKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads proposals: one with everything its page needs, pages of a board's list (newest first, by cursor),
 * and every public proposal of a board one row at a time for the open-data exports.
 */
@Repository
@Transactional(readOnly = true)
public class ProposalStore {

	static final String COLUMNS = "p.id, p.board_id, p.title, p.body, p.body_html, p.language, p.topic, p.sdgs,"
			+ " p.scope_type, p.neighbourhood_id, p.lat, p.lon, p.author, p.channel, p.state, p.custom_state_id,"
			+ " p.support_count, p.hidden, p.qualified_at, p.answer_due, p.evaluator, p.answer_text, p.answer_cost,"
			+ " p.answer_outcome, p.answer_published_at, p.created_at, p.published_at, p.updated_at";
	private static final Pattern CURSOR = Pattern.compile("(\\d{1,19})-(\\d{1,19})");

	/** A line of the list: what a card shows. */
	public record Listed(long id, String title, String topic, ProposalState state, Long customStateId,
			int supportCount, List<Integer> districtIds, Integer neighbourhoodId, Instant publishedAt,
			boolean answered) {

		String cursor() {
			return ChronoUnit.MICROS.between(Instant.EPOCH, publishedAt) + "-" + id;
		}
	}

	/** A page of the list and the cursor of the next one (null on the last). */
	public record Page(List<Listed> proposals, String next) {
	}

	/** What the list may be narrowed to; null fields do not narrow. */
	public record Filter(ProposalState state, String topic, Integer districtId, String query) {

		/** A state a reader may filter by (any but DRAFT), from a parameter; null when blank. */
		public static ProposalState state(String value) {
			if (value == null || value.isBlank()) {
				return null;
			}
			try {
				ProposalState state = ProposalState.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
				if (state != ProposalState.DRAFT) {
					return state;
				}
			}
			catch (IllegalArgumentException e) {
				// falls through to the refusal
			}
			throw DomainException.invalid("proposals.state-unknown");
		}
	}

	private final JdbcClient jdbc;
	private final JdbcClient streaming;

	ProposalStore(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(1000);
		this.streaming = JdbcClient.create(template);
	}

	public Proposal get(long id) {
		return find(id).orElseThrow(() -> DomainException.notFound("proposals.not-found", id));
	}

	/** What supporting a proposal needs to know of it, read in one query (supports come by the thousand). */
	public record SupportTarget(long boardId, ProposalState state, boolean hidden, int supportCount) {
	}

	public SupportTarget supportTarget(long id) {
		return jdbc.sql("SELECT board_id, state, hidden, support_count FROM proposal WHERE id = ?").param(id)
			.query((rs, n) -> new SupportTarget(rs.getLong(1), ProposalState.valueOf(rs.getString(2)), rs.getBoolean(3),
					rs.getInt(4)))
			.optional()
			.orElseThrow(() -> DomainException.notFound("proposals.not-found", id));
	}

	public Optional<Proposal> find(long id) {
		Optional<Proposal> found = jdbc.sql("SELECT " + COLUMNS + " FROM proposal p WHERE p.id = ?").param(id)
			.query((rs, n) -> row(rs, districts(id), coauthors(id))).optional();
		return found;
	}

	public Optional<ProposalView> view(long id) {
		return jdbc.sql("SELECT p.id, p.board_id, b.space_kind, b.space_id, p.title, p.body, p.language, p.topic,"
				+ " p.neighbourhood_id, p.lat, p.lon, p.author, p.state, p.support_count, p.hidden, p.published_at,"
				+ " p.updated_at FROM proposal p JOIN proposal_board b ON b.id = p.board_id"
				+ " WHERE p.id = ? AND p.state <> 'DRAFT'")
			.param(id)
			.query((rs, n) -> new ProposalView(rs.getLong(1), rs.getLong(2), SpaceKind.valueOf(rs.getString(3)),
					rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), districts(id),
					(Integer) rs.getObject(9), (Double) rs.getObject(10), (Double) rs.getObject(11), rs.getString(12),
					ProposalState.valueOf(rs.getString(13)), rs.getInt(14), rs.getBoolean(15), instant(rs, 16),
					instant(rs, 17)))
			.optional();
	}

	List<Integer> districts(long id) {
		return jdbc.sql("SELECT district_id FROM proposal_district WHERE proposal_id = ? ORDER BY district_id")
			.param(id).query(Integer.class).list();
	}

	List<String> coauthors(long id) {
		return jdbc.sql("SELECT principal FROM proposal_coauthor WHERE proposal_id = ? ORDER BY principal").param(id)
			.query(String.class).list();
	}

	public List<String> supporters(long id) {
		return jdbc.sql("SELECT principal FROM proposal_support WHERE proposal_id = ? ORDER BY created_at, principal")
			.param(id).query(String.class).list();
	}

	public boolean supported(long id, String principal) {
		return principal != null && jdbc.sql("SELECT COUNT(*) FROM proposal_support WHERE proposal_id = ? AND principal = ?")
			.params(id, principal).query(Integer.class).single() > 0;
	}

	/** How many proposals of the board the resident supports now. */
	public int supportsOf(long boardId, String principal) {
		return principal == null ? 0 : jdbc.sql("SELECT COALESCE(MAX(supports), 0) FROM proposal_supporter"
				+ " WHERE board_id = ? AND principal = ?").params(boardId, principal).query(Integer.class).single();
	}

	/** The drafts of an author on a board, newest first. */
	public List<Listed> draftsOf(long boardId, String principal) {
		return jdbc.sql("SELECT p.id, p.title, p.topic, p.state, p.custom_state_id, p.support_count, p.neighbourhood_id,"
				+ " p.created_at, p.answer_published_at FROM proposal p WHERE p.board_id = ? AND p.author = ?"
				+ " AND p.state = 'DRAFT' ORDER BY p.id DESC")
			.params(boardId, principal).query((rs, n) -> listed(rs)).list();
	}

	/** A page of the board's published proposals, newest first; hidden ones are left out. */
	public Page page(long boardId, Filter filter, String cursor, int size) {
		StringBuilder sql = new StringBuilder("SELECT p.id, p.title, p.topic, p.state, p.custom_state_id,"
				+ " p.support_count, p.neighbourhood_id, p.published_at, p.answer_published_at FROM proposal p");
		List<Object> params = new ArrayList<>();
		where(boardId, filter, sql, params);
		if (cursor != null && !cursor.isBlank()) {
			Matcher matcher = CURSOR.matcher(cursor.strip());
			if (!matcher.matches()) {
				throw DomainException.invalid("proposals.cursor-invalid");
			}
			OffsetDateTime time = Instant.EPOCH.plus(Long.parseLong(matcher.group(1)), ChronoUnit.MICROS)
				.atOffset(ZoneOffset.UTC);
			sql.append(" AND p.published_at <= ? AND (p.published_at < ? OR p.id < ?)");
			params.add(time);
			params.add(time);
			params.add(Long.parseLong(matcher.group(2)));
		}
		else {
			// true of every proposal but drafts; a range on published_at, like the cursor's, makes H2 walk the
			// newest-first index instead of the board's foreign-key index and a sort of the whole board
			sql.append(" AND p.published_at > ?");
			params.add(Instant.EPOCH.atOffset(ZoneOffset.UTC));
		}
		// newest first; the columns the filter holds equal are named too, so that H2 (like PostgreSQL) reads the
		// index in order and stops after one page
		boolean byTopic = filter.topic() != null && !filter.topic().isBlank();
		sql.append(byTopic ? " ORDER BY p.board_id, p.topic," : " ORDER BY p.board_id,")
			.append(" p.published_at DESC, p.id DESC FETCH FIRST ? ROWS ONLY");
		params.add(size + 1);
		List<Listed> rows = jdbc.sql(sql.toString()).params(params).query((rs, n) -> listed(rs)).list();
		List<Listed> page = rows.size() > size ? rows.subList(0, size) : rows;
		List<Listed> withDistricts = withDistricts(page);
		return new Page(withDistricts, rows.size() > size ? page.get(size - 1).cursor() : null);
	}

	private List<Listed> withDistricts(List<Listed> page) {
		if (page.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Integer>> districts = new HashMap<>();
		String ids = String.join(",", page.stream().map(l -> String.valueOf(l.id())).toList());
		jdbc.sql("SELECT proposal_id, district_id FROM proposal_district WHERE proposal_id IN (" + ids + ")")
			.query(rs -> {
				districts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getInt(2));
			});
		return page.stream().map(l -> new Listed(l.id(), l.title(), l.topic(), l.state(), l.customStateId(),
				l.supportCount(), List.copyOf(districts.getOrDefault(l.id(), List.of())), l.neighbourhoodId(),
				l.publishedAt(), l.answered())).toList();
	}

	/** Every public proposal of the board, oldest first, one row at a time (never all in memory). */
	public void each(long boardId, Consumer<ExportRow> consumer) {
		streaming.sql("SELECT p.id, p.title, p.body, p.language, p.topic, p.sdgs, p.scope_type, p.neighbourhood_id,"
				+ " p.lat, p.lon, p.channel, p.state, p.support_count, p.published_at, p.answer_outcome,"
				+ " p.answer_published_at, p.answer_cost,"
				+ " (SELECT STRING_AGG(CAST(d.district_id AS VARCHAR), ' ' ORDER BY d.district_id)"
				+ " FROM proposal_district d WHERE d.proposal_id = p.id) AS districts"
				+ " FROM proposal p WHERE p.board_id = ? AND p.state <> 'DRAFT' AND p.hidden = FALSE ORDER BY p.id")
			.param(boardId)
			.query(rs -> {
				consumer.accept(new ExportRow(rs.getLong(1), rs.getString(2), SafeMarkdown.plain(rs.getString(3)),
						rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(18),
						(Integer) rs.getObject(8), (Double) rs.getObject(9), (Double) rs.getObject(10),
						rs.getString(11), rs.getString(12), rs.getInt(13), instant(rs, 14),
						rs.getTimestamp(16) == null ? null : rs.getString(15), rs.getTimestamp(16) == null ? null
								: rs.getBigDecimal(17)));
			});
	}

	/** A proposal as the open data shows it: no author, no supporters. */
	public record ExportRow(long id, String title, String body, String language, String topic, String sdgs,
			String scopeType, String districts, Integer neighbourhoodId, Double lat, Double lon, String channel,
			String state, int supports, Instant publishedAt, String answerOutcome, java.math.BigDecimal answerCost) {
	}

	private void where(long boardId, Filter filter, StringBuilder sql, List<Object> params) {
		sql.append(" WHERE p.board_id = ? AND p.state <> 'DRAFT' AND p.hidden = FALSE");
		params.add(boardId);
		if (filter.state() != null) {
			sql.append(" AND p.state = ?");
			params.add(filter.state().name());
		}
		if (filter.topic() != null && !filter.topic().isBlank()) {
			sql.append(" AND p.topic = ?");
			params.add(filter.topic());
		}
		if (filter.districtId() != null) {
			sql.append(" AND EXISTS (SELECT 1 FROM proposal_district d WHERE d.proposal_id = p.id AND d.district_id = ?)");
			params.add(filter.districtId());
		}
		if (filter.query() != null && !filter.query().isBlank()) {
			for (String word : TitleSimilarity.words(TitleSimilarity.fold(filter.query())).stream().limit(5).toList()) {
				sql.append(" AND p.title_folded LIKE ?");
				params.add("%" + word + "%");
			}
		}
	}

	/** Published titles of the board sharing a word with the typed one, for the similarity score. */
	record Candidate(long id, String title, String folded, int supportCount) {
	}

	List<Candidate> candidates(long boardId, List<String> words, int limit) {
		StringBuilder sql = new StringBuilder("SELECT p.id, p.title, p.title_folded, p.support_count"
				+ " FROM proposal p WHERE p.board_id = ? AND p.state NOT IN ('DRAFT', 'WITHDRAWN') AND p.hidden = FALSE AND (");
		List<Object> params = new ArrayList<>(List.of(boardId));
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			sql.append(i == 0 ? "" : " OR ").append("p.title_folded LIKE ?");
			params.add("%" + (word.length() > 5 ? word.substring(0, 5) : word) + "%");
		}
		sql.append(") ORDER BY p.support_count DESC FETCH FIRST ? ROWS ONLY");
		params.add(limit);
		return jdbc.sql(sql.toString()).params(params)
			.query((rs, n) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4))).list();
	}

	static Listed listed(ResultSet rs) throws SQLException {
		return new Listed(rs.getLong(1), rs.getString(2), rs.getString(3), ProposalState.valueOf(rs.getString(4)),
				rs.getObject(5) == null ? null : rs.getLong(5), rs.getInt(6), List.of(), (Integer) rs.getObject(7),
				instant(rs, 8), rs.getTimestamp(9) != null);
	}

	static Proposal row(ResultSet rs, List<Integer> districts, List<String> coauthors) throws SQLException {
		String sdgs = rs.getString("sdgs");
		String outcome = rs.getString("answer_outcome");
		java.sql.Date due = rs.getDate("answer_due");
		return new Proposal(rs.getLong("id"), rs.getLong("board_id"), rs.getString("title"), rs.getString("body"),
				rs.getString("body_html"), rs.getString("language"), rs.getString("topic"),
				sdgs.isBlank() ? List.of() : Arrays.stream(sdgs.split(",")).map(Integer::valueOf).toList(),
				rs.getString("scope_type"), districts, (Integer) rs.getObject("neighbourhood_id"),
				(Double) rs.getObject("lat"), (Double) rs.getObject("lon"), rs.getString("author"), coauthors,
				rs.getString("channel"), ProposalState.valueOf(rs.getString("state")),
				rs.getObject("custom_state_id") == null ? null : rs.getLong("custom_state_id"), rs.getInt("support_count"),
				rs.getBoolean("hidden"), instant(rs, "qualified_at"), due == null ? null : due.toLocalDate(),
				rs.getString("evaluator"), LocalizedText.fromJson(rs.getString("answer_text")),
				rs.getBigDecimal("answer_cost"), outcome == null ? null : ProposalState.valueOf(outcome),
				instant(rs, "answer_published_at"), instant(rs, "created_at"), instant(rs, "published_at"),
				instant(rs, "updated_at"));
	}

	static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp time = rs.getTimestamp(column);
		return time == null ? null : time.toInstant();
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp time = rs.getTimestamp(column);
		return time == null ? null : time.toInstant();
	}
}
